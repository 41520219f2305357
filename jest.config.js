// Three projects so `npm test` can run the fast ones first:
// unit (pure core, adapters against the Excel fake, React components in jsdom),
// bundle (the built dist/ loaded in Node), e2e (the playground in Chromium).
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];
const base = {
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/support/setupCustomFunctions.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/support/preloadLazy.ts"],
};

// The custom-function suites again with blanks passed as 0, as Excel desktop does (test/support/blankAsZero.ts).
const BLANK0_UNIT = [
  "measures.functions",
  "measures.cases",
  "measures.properties",
  "subsidyFunctions",
  "subsidyCases",
  "dataFunctions",
].map((n) => `<rootDir>/test/unit/${n}.test.ts`);
const BLANK0_BUNDLE = ["measuresFunctions", "subsidyCases", "dataFunctions", "functionsRegistry"].map(
  (n) => `<rootDir>/test/bundle/${n}.test.ts`,
);
const blank0 = {
  setupFilesAfterEnv: ["<rootDir>/test/support/preloadLazy.ts", "<rootDir>/test/support/setupBlankAsZero.ts"],
};

module.exports = {
  projects: [
    {
      ...base,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/unit/**/*.test.ts"],
    },
    { ...base, ...blank0, displayName: "unit-blank0", testEnvironment: "node", testMatch: BLANK0_UNIT },
    {
      ...base,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/**/*.test.tsx"],
    },
    {
      ...base,
      displayName: "bundle",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/bundle/**/*.test.ts"],
    },
    { ...base, ...blank0, displayName: "bundle-blank0", testEnvironment: "node", testMatch: BLANK0_BUNDLE },
    {
      ...base,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
