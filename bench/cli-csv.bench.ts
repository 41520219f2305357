// The sme-stats CLI converting one saved 100,000-row getStatsData response (6 dimensions, markers) to CSV,
// end to end: process start, read, parse, tidy, write. The response comes from the e-Stat fake's generator.
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateStatsData } from "../test/servers/estatGenerate";
import { renderStatsData } from "../test/servers/estatRender";

const ROWS = 100_000;
const dir = mkdtempSync(join(tmpdir(), "sme-cli-bench-"));
const input = join(dir, "getStatsData-100k.json");
const table = generateStatsData({ rows: ROWS, id: "BENCH00001" });
writeFileSync(input, renderStatsData(table, new URLSearchParams({ statsDataId: "BENCH00001" })));
const inBytes = statSync(input).size;

function once(layout: string, runtime: string[]): number {
  const out = join(dir, `out-${layout}.csv`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    runtime[0],
    [...runtime.slice(1), "estat", "parse", input, "--layout", layout, "--format", "csv", "--out", out],
    {
      encoding: "utf8",
    },
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
  return ms;
}

const runtimes: [string, string[]][] = [["tsx src/cli/sme-stats.ts", ["npx", "tsx", "src/cli/sme-stats.ts"]]];
const built = "dist/cli/sme-stats.js";
try {
  statSync(built);
  runtimes.push([`node ${built}`, ["node", built]]);
} catch {
  console.log(`(${built} not built: run node scripts/build-cli.mjs to include it)`);
}
console.log(`input: ${ROWS} rows, ${(inBytes / 1e6).toFixed(1)} MB JSON`);
for (const [name, cmd] of runtimes) {
  for (const layout of ["long", "wide"]) {
    once(layout, cmd); // warm the file cache
    const times = [once(layout, cmd), once(layout, cmd), once(layout, cmd)].sort((a, b) => a - b);
    const median = times[1];
    const outBytes = statSync(join(dir, `out-${layout}.csv`)).size;
    console.log(
      `${name} ${layout}: median ${median.toFixed(0)} ms of 3, ${Math.round(ROWS / (median / 1000)).toLocaleString("en")} rows/s, ` +
        `${(inBytes / 1e6 / (median / 1000)).toFixed(1)} MB/s in, ${(outBytes / 1e6).toFixed(1)} MB CSV out`,
    );
  }
}
