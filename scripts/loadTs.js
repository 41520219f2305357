// Loads a TypeScript module of the project into the build (webpack config runs in plain Node):
// esbuild bundles it to CommonJS in memory and it runs in a fresh VM context.
const esbuild = require("esbuild");
const vm = require("vm");

function loadTsModule(entry) {
  const out = esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", write: false });
  const module = { exports: {} };
  vm.runInNewContext(out.outputFiles[0].text, {
    module,
    exports: module.exports,
    require,
    console,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
  });
  return module.exports;
}

module.exports = { loadTsModule };
