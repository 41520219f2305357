// `npm test`: everything, fast checks first so a failure shows early:
// lint → type check → unit/dom tests → production build → bundle tests (dist/ in Node) → browser tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync, rmSync } from "node:fs";

const steps = [
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "src/**/*.{ts,tsx}", "test/**/*.ts"]],
  ["typecheck", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["unit", "npx", ["jest", "--selectProjects", "unit", "unit-blank0", "dom", "--json", "--outputFile=test-results/jest-unit.json"]],
  ["build", "npm", ["run", "build"]],
  ["bundle+e2e", "npx", ["jest", "--selectProjects", "bundle", "bundle-blank0", "e2e", "--runInBand", "--json", "--outputFile=test-results/jest-e2e.json"]],
];

mkdirSync("test-results", { recursive: true });
for (const f of ["test-results/jest-unit.json", "test-results/jest-e2e.json"]) rmSync(f, { force: true });
const started = Date.now();
let failedStep = null;
for (const [name, cmd, args] of steps) {
  const t = Date.now();
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(" ")}\n`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
  process.stdout.write(`=== ${name}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) {
    failedStep = name;
    break;
  }
}
let passed = 0;
let failed = 0;
for (const f of ["test-results/jest-unit.json", "test-results/jest-e2e.json"]) {
  if (!existsSync(f)) continue;
  const j = JSON.parse(readFileSync(f, "utf8"));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
}
console.log(`\nnpm test: ${failedStep ? `failed at ${failedStep}` : "all steps ok"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
