// 1,000,000 rows in 10 pages of 100,000 from the e-Stat fake with 300 ms injected latency per request:
// concurrent paging (4 at once) vs sequential. Target (issue 6): concurrent ≥ 3× faster.
// Run: npx tsx bench/estat-paging.bench.ts   (the fake runs in its own process, so rendering pages on the
// server side does not compete with parsing on the client's thread; the machine has 2 cores.)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createHttpClient } from "../src/core/stats/http/createHttpClient";
import { createEstatClient } from "../src/core/stats/estat/createEstatClient";

const LATENCY = Number(process.env.LATENCY ?? 300);
const ROWS = 1_000_000;

async function startFakeProcess() {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/servers/estatFakeMain.ts", "--latency", String(LATENCY)],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const rl = createInterface({ input: child.stdout! });
  const [line] = (await once(rl, "line")) as [string];
  const { baseUrl } = JSON.parse(line) as { baseUrl: string };
  return { baseUrl, stop: () => child.kill("SIGTERM") };
}

async function run(baseUrl: string, concurrency: number) {
  const http = createHttpClient({ fetch: globalThis.fetch, timeoutMs: 60_000, retries: 1 });
  const client = createEstatClient({ http, baseUrl, concurrency });
  const t = performance.now();
  const { table, requests } = await client.getStatsData({ appId: "bench", statsDataId: `GEN-${ROWS}` });
  const ms = performance.now() - t;
  if (table.rowCount !== ROWS) throw new Error(`expected ${ROWS} rows, got ${table.rowCount}`);
  return { ms, requests };
}

async function main() {
  const fake = await startFakeProcess();
  try {
    await run(fake.baseUrl, 4); // warm-up: JIT on both sides
    const results: Record<string, number[]> = { sequential: [], concurrent: [] };
    let requests = 0;
    for (let k = 0; k < 2; k++) {
      const s = await run(fake.baseUrl, 1);
      const c = await run(fake.baseUrl, 4);
      results.sequential.push(s.ms);
      results.concurrent.push(c.ms);
      requests = c.requests;
    }
    const best = (xs: number[]) => Math.min(...xs);
    console.log(`${ROWS} rows, ${requests} requests (1 count + 10 pages), ${LATENCY} ms latency per request`);
    console.log(`sequential (1 at a time): ${results.sequential.map((x) => x.toFixed(0)).join(", ")} ms`);
    console.log(`concurrent (4 at once):   ${results.concurrent.map((x) => x.toFixed(0)).join(", ")} ms`);
    console.log(
      `speed-up (best vs best):  ${(best(results.sequential) / best(results.concurrent)).toFixed(2)}×   target ≥ 3×`,
    );
    // Latency alone bounds the ratio: sequential = (1 + pages) × L, concurrent ≥ (1 + ceil(pages / 4)) × L.
    console.log(
      `latency-only upper bound at 4 at once: ${((1 + 10) / (1 + Math.ceil(10 / 4))).toFixed(2)}× (client CPU per page lowers it further)`,
    );
  } finally {
    fake.stop();
  }
}

void main();
