// `npm run bench`: runs every bench/*.bench.ts in its own process (so memory figures are not
// polluted by the others) and prints their output. Pass names to run a subset: npm run bench -- estat
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";

const filter = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n### ${f}`);
  const r = spawnSync("npx", ["tsx", "--expose-gc", `bench/${f}`], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
