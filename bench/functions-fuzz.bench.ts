// Fuzz of every custom function (issue 13): 10^5 Excel-shaped calls from source and 10^5 through the built
// bundle (dist/, build first), spread evenly over all ids in dist/functions.json, data functions against the
// loopback e-Stat/OECD fakes. Prints calls, uncaught exceptions, NaN/Infinity results, calls over 1 s, the
// slowest call and the share answered with a CustomFunctions.Error. Exit 1 when any of the three is non-zero.
// Run: npx tsx bench/functions-fuzz.bench.ts [calls]   (default 100000)
import { installCustomFunctionsShim } from "../src/playground/customFunctionsRuntime";
import { fuzzFunctions, type FuzzStats } from "../test/support/functionFuzz";
import { bundleTarget, sourceTarget, startFuzzServers } from "../test/support/functionFuzzTargets";

installCustomFunctionsShim();
const CALLS = Number(process.argv[2] ?? 100_000);
const SEED = Number(process.env.SEED ?? 2026);

function report(name: string, s: FuzzStats, wallMs: number): boolean {
  const ids = Object.keys(s.byFunction);
  console.log(
    `${name}: ${s.calls.toLocaleString("en")} calls over ${ids.length} functions in ${(wallMs / 1000).toFixed(1)} s ` +
      `(mean ${(s.totalMs / s.calls).toFixed(3)} ms/call)`,
  );
  console.log(`  uncaught exceptions: ${s.uncaught.length}`);
  console.log(`  NaN/Infinity in results: ${s.nonFinite.length}`);
  console.log(`  calls over 1 s: ${s.slow.length}`);
  console.log(`  slowest call: ${s.maxMs.toFixed(1)} ms (${s.maxAt})`);
  console.log(
    `  answered with CustomFunctions.Error: ${s.excelErrors.toLocaleString("en")} (${((100 * s.excelErrors) / s.calls).toFixed(1)} %)`,
  );
  const worst = Object.entries(s.byFunction)
    .sort((a, b) => b[1].maxMs - a[1].maxMs)
    .slice(0, 5)
    .map(([id, f]) => `${id} ${f.maxMs.toFixed(1)} ms`);
  console.log(`  slowest functions: ${worst.join(", ")}`);
  for (const u of s.uncaught.slice(0, 10))
    console.log(`  UNCAUGHT ${u.id} (seed ${u.seed}, call ${u.index}): ${u.message}`);
  for (const u of s.nonFinite.slice(0, 10))
    console.log(`  NON-FINITE ${u.id} (seed ${u.seed}, call ${u.index}): ${u.where}`);
  for (const u of s.slow.slice(0, 10))
    console.log(`  SLOW ${u.id} (seed ${u.seed}, call ${u.index}): ${u.ms.toFixed(0)} ms`);
  return s.uncaught.length + s.nonFinite.length + s.slow.length === 0;
}

async function main() {
  const servers = await startFuzzServers();
  let ok = true;
  try {
    for (const [name, make] of [
      ["source", () => sourceTarget(servers)],
      ["bundle (dist/)", async () => bundleTarget(servers)],
    ] as const) {
      if (process.env.FUZZ_TARGETS && !process.env.FUZZ_TARGETS.split(",").some((t) => name.startsWith(t)))
        continue;
      const target = await make();
      const t0 = performance.now();
      const stats = await fuzzFunctions(target, CALLS, SEED);
      ok = report(name, stats, performance.now() - t0) && ok;
    }
  } finally {
    await servers.close();
  }
  process.exit(ok ? 0 : 1);
}

void main();
