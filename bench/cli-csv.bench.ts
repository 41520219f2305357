// The sme-stats CLI writing CSV end to end (process start, read or fetch, parse, tidy, write):
// 1. `estat parse` of one saved 100,000-row getStatsData response (6 dimensions, markers), long and wide;
// 2. `estat get` of a generated 200,000-row table from the e-Stat fake (its own process, LATENCY ms per
//    request, default 300) in 4 pages of 50,000, through the shared e-Stat client (rate limit 200 ms).
// 3. issue 15: `estat parse` to wide CSV against a bare `node -e JSON.parse` process on the same file, for
//    the built CLI of this tree and of BASE_COMMIT (BASE_SRC=<repo with dist/cli>, default the worktree
//    bench/startup.bench.ts makes); goal ≤ 1.5× (ratio of the medians; RATIO_RUNS rounds, default 11).
// Run: npx tsx bench/cli-csv.bench.ts   (node scripts/build-cli.mjs first to include the built bundle)
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { generateStatsData } from "../test/servers/estatGenerate";
import { renderStatsData } from "../test/servers/estatRender";

const ROWS = 100_000;
const GET_ROWS = 200_000;
const GET_PAGE = 50_000;
/** Rounds of the built CLI's estat get with and without page parse workers. */
const GET_AB_ROUNDS = Number(process.env.GET_AB_ROUNDS ?? 7);
const LATENCY = Number(process.env.LATENCY ?? 300);
const dir = mkdtempSync(join(tmpdir(), "sme-cli-bench-"));
const input = join(dir, "getStatsData-100k.json");
const table = generateStatsData({ rows: ROWS, id: "BENCH00001" });
writeFileSync(input, renderStatsData(table, new URLSearchParams({ statsDataId: "BENCH00001" })));
const inBytes = statSync(input).size;

/** Runs the CLI once; returns the wall time. */
function runCli(runtime: string[], args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(runtime[0], [...runtime.slice(1), ...args], { encoding: "utf8", env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** One warm-up run (file cache, the fake's page cache), then the median of 3. */
function median3(run: () => number): { median: number; times: number[] } {
  run();
  const times = [run(), run(), run()].sort((a, b) => a - b);
  return { median: times[1], times };
}

async function startFakeProcess() {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/servers/estatFakeMain.ts", "--latency", String(LATENCY)],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const rl = createInterface({ input: child.stdout! });
  const [line] = (await once(rl, "line")) as [string];
  const { baseUrl } = JSON.parse(line) as { baseUrl: string };
  return { baseUrl, stop: () => child.kill("SIGTERM") };
}

async function main() {
  const runtimes: [string, string[]][] = [
    ["tsx src/cli/sme-stats.ts", ["npx", "tsx", "src/cli/sme-stats.ts"]],
  ];
  const built = "dist/cli/sme-stats.js";
  try {
    statSync(built);
    runtimes.push([`node ${built}`, ["node", built]]);
  } catch {
    console.log(`(${built} not built: run node scripts/build-cli.mjs to include it)`);
  }

  console.log(`estat parse: ${ROWS} rows, ${(inBytes / 1e6).toFixed(1)} MB JSON`);
  for (const [name, cmd] of runtimes) {
    for (const layout of ["long", "wide"]) {
      const out = join(dir, `out-${layout}.csv`);
      const args = ["estat", "parse", input, "--layout", layout, "--format", "csv", "--out", out];
      const { median } = median3(() => runCli(cmd, args));
      const outBytes = statSync(out).size;
      console.log(
        `${name} ${layout}: median ${median.toFixed(0)} ms of 3, ${Math.round(ROWS / (median / 1000)).toLocaleString("en")} rows/s, ` +
          `${(inBytes / 1e6 / (median / 1000)).toFixed(1)} MB/s in, ${(outBytes / 1e6).toFixed(1)} MB CSV out`,
      );
    }
  }

  // issue 15: the built CLI's wide CSV against a bare JSON.parse process (start-up + read + parse)
  const baseCli = join(
    process.env.BASE_SRC ?? `/tmp/sme-startup-base-${process.env.BASE_COMMIT ?? "e73f5f3"}`,
    "dist/cli/sme-stats.js",
  );
  const clis: [string, string][] = [];
  try {
    statSync(baseCli);
    clis.push(["before", baseCli]);
  } catch {
    console.log(`(no ${baseCli}: set BASE_SRC to compare with the base commit's CLI)`);
  }
  try {
    statSync(built);
    clis.push(["after", built]);
  } catch {
    /* reported above */
  }
  if (clis.length) {
    const bare = ["node", "-e", 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))', input];
    const wide = (cli: string) => () =>
      runCli(
        ["node", cli],
        ["estat", "parse", input, "--layout", "wide", "--format", "csv", "--out", join(dir, "w.csv")],
      );
    const bareRun = () => runCli(bare.slice(0, 3), [input]);
    // Interleaved, so machine load hits all alike. RATIO_RUNS rounds (default 11): on a shared VM one process
    // varies by ±15 %, and a median of 5 moved the ratio by ±0.15 from run to run (session 5).
    const rounds = Number(process.env.RATIO_RUNS ?? 11);
    const times: Record<string, number[]> = { bare: [] };
    for (const [name] of clis) times[name] = [];
    bareRun();
    for (const [, cli] of clis) wide(cli)();
    for (let k = 0; k < rounds; k++) {
      times.bare.push(bareRun());
      for (const [name, cli] of clis) times[name].push(wide(cli)());
    }
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const med = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)];
    const min = (xs: number[]) => sorted(xs)[0];
    console.log(
      `estat parse → wide CSV vs a bare node -e JSON.parse (${rounds} interleaved rounds): ` +
        `bare median ${med(times.bare).toFixed(0)} ms, min ${min(times.bare).toFixed(0)} ms`,
    );
    for (const [name] of clis)
      console.log(
        `  ${name.padEnd(6)} median ${med(times[name]).toFixed(0)} ms = ${(med(times[name]) / med(times.bare)).toFixed(2)}× bare` +
          ` (min ${min(times[name]).toFixed(0)} ms = ${(min(times[name]) / min(times.bare)).toFixed(2)}×)   goal ≤ 1.5×`,
      );
  }

  const fake = await startFakeProcess();
  try {
    console.log(
      `estat get: ${GET_ROWS} rows in ${GET_ROWS / GET_PAGE} pages of ${GET_PAGE} from the fake, ${LATENCY} ms latency per request`,
    );
    const out = join(dir, "out-get.csv");
    const args = ["estat", "get", `GEN-${GET_ROWS}`, "--limit", String(GET_PAGE), "--out", out];
    const env = { ...process.env, ESTAT_APP_ID: "bench" };
    for (const [name, cmd] of runtimes) {
      const { median, times } = median3(() => runCli(cmd, [...args, "--base-url", fake.baseUrl], env));
      console.log(
        `${name} get: median ${median.toFixed(0)} ms of 3 (${times.map((t) => t.toFixed(0)).join(", ")}), ` +
          `${Math.round(GET_ROWS / (median / 1000)).toLocaleString("en")} rows/s, ${(statSync(out).size / 1e6).toFixed(1)} MB CSV out`,
      );
    }
    // The built CLI with and without its page parse workers (SME_STATS_PAGE_WORKER=built; off by default), interleaved.
    const built = runtimes.find(([name]) => name.includes("dist/"));
    if (built) {
      const runs = { workers: [] as number[], none: [] as number[] };
      for (let k = 0; k < GET_AB_ROUNDS; k++) {
        runs.workers.push(
          runCli(built[1], [...args, "--base-url", fake.baseUrl], { ...env, SME_STATS_PAGE_WORKER: "built" }),
        );
        runs.none.push(runCli(built[1], [...args, "--base-url", fake.baseUrl], env));
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(
        `  built CLI get, ${GET_AB_ROUNDS} interleaved rounds: parse workers median ${med(runs.workers).toFixed(0)} ms ` +
          `(min ${Math.min(...runs.workers).toFixed(0)}), none median ${med(runs.none).toFixed(0)} ms (min ${Math.min(...runs.none).toFixed(0)})`,
      );
    }
  } finally {
    fake.stop();
  }
}

void main();
