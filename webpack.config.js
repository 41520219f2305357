/* eslint-disable */
// One build for the add-in (task pane + custom functions + commands in one shared runtime page)
// and the offline playground. ADDIN_BASE_URL sets the host written into manifest.xml and the
// help URLs (default https://localhost:3000/); nothing here needs certificates.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsJaPlugin } = require("./scripts/functionsJa");
const { ValidateProgramsPlugin } = require("./scripts/validatePrograms");
const { deploymentMeta, proxyOrigins } = require("./scripts/csp");
const { ValidateDataPlugin } = require("./scripts/validateData");
const { renderFunctionDocs, renderGettingStarted } = require("./scripts/functionDocs");

const DEV_BASE_URL = "https://localhost:3000/";
const FUNCTION_FILES = [
  "./src/functions/measures.ts",
  "./src/functions/subsidy.ts",
  "./src/functions/data.ts",
  "./src/functions/rdtax.ts",
];

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = (process.env.ADDIN_BASE_URL || DEV_BASE_URL).replace(/\/?$/, "/");
  // SME_PROXY_ORIGIN (scripts/csp.js): proxies the pages' CSP allows; a bad entry fails the build here.
  const proxies = proxyOrigins();
  const cspMeta = (page) => deploymentMeta(page, proxies);
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      // zod runs in the pages only for stored queries (src/excel/storedQueries.ts imports zodJitless first);
      // the data files are validated by the build (ValidateProgramsPlugin, ValidateDataPlugin).
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTION_FILES,
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Lazy chunks (import(): src/core/lazy.ts) sit beside the page that loads them; "" (relative to the
      // page) rather than "auto" also lets the bundle tests run functions.js in a vm with no document.
      publicPath: "",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the page: the task pane, commands and functions share module
      // instances (one cache, one refresh registry), as the shared runtime intends.
      runtimeChunk: "single",
      // React and Fluent are shared by the task pane and the playground: one copy each,
      // tree-shaken (no vendor entry listing all of Fluent: Office-Addin-TaskPane-React#169).
      splitChunks: {
        chunks: "all",
        name: (module, chunks) =>
          chunks
            .map((c) => c.name)
            .sort()
            .join("~"),
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTION_FILES, output: "functions.json" }),
      new FunctionsJaPlugin({ root: __dirname, baseUrl }),
      new ValidateProgramsPlugin({ root: __dirname }),
      new ValidateDataPlugin({ root: __dirname }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions entry first: deferred scripts run in document order, so SME.* are associated as
        // soon as their (small) chunks arrive instead of after the pane's (issue 15).
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { csp: cspMeta("taskpane") },
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        templateParameters: { csp: cspMeta("playground") },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_BASE_URL).join(baseUrl),
          },
        ],
      }),
      {
        apply(compiler) {
          const { sources, Compilation } = compiler.webpack;
          compiler.hooks.thisCompilation.tap("FunctionDocs", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "FunctionDocs", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
              () => {
                compilation.emitAsset(
                  "docs/functions.html",
                  new sources.RawSource(renderFunctionDocs(__dirname)),
                );
                compilation.emitAsset(
                  "docs/getting-started.html",
                  new sources.RawSource(renderGettingStarted(__dirname)),
                );
              },
            );
            // Which files each entry needs, in load order: the bundle tests load functions.js with them in Node.
            compilation.hooks.processAssets.tap(
              { name: "Entrypoints", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
              () => {
                const out = {};
                for (const [name, ep] of compilation.entrypoints)
                  out[name] = ep.getFiles().filter((f) => f.endsWith(".js"));
                compilation.emitAsset(
                  "entrypoints.json",
                  new sources.RawSource(JSON.stringify(out, null, 2)),
                );
              },
            );
          });
        },
      },
    ],
  };
};
