// Per-page timeline of one 1,000,000-row load (10 pages, 300 ms latency, 4 at once) against the e-Stat fake in
// its own process, for finding where bench/estat-paging.bench.ts's time goes (issue 15): when each request
// leaves, its headers arrive, its body has been read, and each page is done (parsed and written).
// Run: npx tsx bench/estat-paging-timeline.ts   (LATENCY=ms to change the latency, WORKERS=n for parse workers;
// the last of 3 runs is shown)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createHttpClient } from "../src/core/stats/http/createHttpClient";
import { createEstatClient } from "../src/core/stats/estat/createEstatClient";
import type { FetchLike } from "../src/core/stats/http/types";
import { createNodePageParsePool } from "../src/cli/estatPageWorkers";
import { pageWorkerFile } from "../test/support/pageWorkerFile";

const LATENCY = Number(process.env.LATENCY ?? 300);
let t0 = 0;
const events: string[] = [];
const log = (what: string) => events.push(`${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${what}`);
const page = (u: string) =>
  `page ${Math.ceil(Number(new URL(u).searchParams.get("startPosition")) / 100_000)}`;

const tracing: FetchLike = async (url, init) => {
  log(`${page(url)} requested`);
  const r = await fetch(url, init);
  log(`${page(url)} headers`);
  const flush = () => {
    log(`${page(url)} body read`);
  };
  return {
    status: r.status,
    ok: r.ok,
    headers: r.headers,
    text: () => r.text(),
    body: r.body?.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush })),
  };
};

async function main() {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/servers/estatFakeMain.ts", "--latency", String(LATENCY)],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  const { baseUrl } = JSON.parse(line) as { baseUrl: string };
  // WORKERS=n: pages 2… parsed in n worker threads (the pool lives across the runs, as in a long session)
  const workers = Number(process.env.WORKERS ?? 0);
  const pool = workers > 0 ? createNodePageParsePool(pageWorkerFile(), workers) : undefined;
  try {
    for (let k = 0; k < 3; k++) {
      events.length = 0;
      const http = createHttpClient({ fetch: tracing, timeoutMs: 60_000, retries: 1 });
      const client = createEstatClient({ http, baseUrl, concurrency: 4, parsePool: pool });
      t0 = performance.now();
      const { table } = await client.getStatsData(
        { appId: "bench", statsDataId: "GEN-1000000" },
        { onProgress: (p) => log(`${p.pagesDone}/${p.pagesTotal} pages done, ${p.rows} rows`) },
      );
      log(`finished: ${table.rowCount} rows`);
    }
    console.log(events.join("\n"));
  } finally {
    pool?.close();
    child.kill("SIGTERM");
  }
}

void main();
