// Issue 16: an office behind the organisation's nginx cache (deploy/nginx) against the same office going to
// e-Stat directly. 200 concurrent clients (autocannon connections) ask for 20 tables of 100,000 rows each,
// e-Stat answering after 300 ms (the loopback fake). Reports upstream requests, p50/p95 latency and throughput.
// Scale with BENCH_PROXY_REQUESTS (default 400: every table 20 times; a 100,000-row page is ~13 MB, so the
// issue's 200 × 20 = 4,000 requests would move ~52 GB through loopback) and BENCH_PROXY_ROWS.
import { spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";
import { startOecdFake } from "../test/servers/oecdFake";
import { startProxy } from "../test/support/nginxProxy";

const CONNECTIONS = 200;
const TABLES = 20;
const ROWS = Number(process.env.BENCH_PROXY_ROWS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_PROXY_REQUESTS ?? 400);
const LATENCY_MS = 300;

const paths = Array.from(
  { length: TABLES },
  (_, i) =>
    `/rest/3.0/app/json/getStatsData?appId=benchuser${i}&statsDataId=GEN-${ROWS + i}&limit=${ROWS + i}`,
);

interface Run {
  r: autocannon.Result;
  latencies: number[];
  upstream: number;
  ms: number;
}

async function load(origin: string, prefix: string): Promise<Omit<Run, "upstream" | "ms">> {
  let n = 0;
  const latencies: number[] = [];
  const r = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: origin,
        connections: CONNECTIONS,
        amount: REQUESTS,
        timeout: 600,
        requests: [
          {
            method: "GET",
            // every request takes the next table, so each table is asked REQUESTS / TABLES times, all at once
            setupRequest: (req) => ({ ...req, path: `${prefix}${paths[n++ % TABLES]}` }),
          },
        ],
      },
      (err, result) => (err ? fail(err) : done(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { r, latencies: latencies.sort((a, b) => a - b) };
}

const pct = (sorted: number[], p: number) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))])
    : NaN;

function line(name: string, run: Run) {
  const { r, latencies } = run;
  return `${name.padEnd(16)} ${r.requests.total} answers (non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}) · upstream requests ${run.upstream} · p50 ${pct(latencies, 50)} ms · p95 ${pct(latencies, 95)} ms · ${(r.throughput.average / 1e6).toFixed(1)} MB/s · ${(r.requests.total / (run.ms / 1000)).toFixed(1)} req/s over ${(run.ms / 1000).toFixed(1)} s`;
}

async function main() {
  // The fake e-Stat runs in its own process with its own heap: 200 sockets each holding a 13 MB answer do not
  // fit in the load generator's heap. Upstream requests are counted from nginx's access log (cache=MISS) and,
  // directly, are every request.
  const fake = spawn(
    process.execPath,
    [
      "--max-old-space-size=8192",
      "--import",
      "tsx",
      "test/servers/estatFakeMain.ts",
      "--latency",
      String(LATENCY_MS),
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const [first] = (await once(fake.stdout!, "data")) as [Buffer];
  const estat = { baseUrl: (JSON.parse(first.toString().split("\n")[0]) as { baseUrl: string }).baseUrl };
  const oecd = await startOecdFake({});
  try {
    // Through the proxy (cold cache): 20 upstream requests expected, whatever the number of clients.
    const proxy = await startProxy({
      estatUpstream: estat.baseUrl,
      oecdUpstream: oecd.baseUrl.replace(/\/public\/rest$/, ""),
      env: { ESTAT_RATE: "100r/s", ESTAT_BURST: "100" },
    });
    let t = Date.now();
    const proxied: Run = { ...(await load(proxy.baseUrl, "/estat")), upstream: 0, ms: 0 };
    proxied.upstream = (proxy.stateFiles().find((f) => f.path.endsWith("access.log"))?.text ?? "")
      .split("\n")
      .filter((l) => l.includes("cache=MISS") && l.includes("getStatsData")).length;
    proxied.ms = Date.now() - t;
    await proxy.stop();

    // Directly: every request reaches "e-Stat" (the fake's own page cache spares it the rendering only).
    t = Date.now();
    const straight: Run = { ...(await load(estat.baseUrl, "")), upstream: 0, ms: 0 };
    straight.upstream = straight.r.requests.total;
    straight.ms = Date.now() - t;

    console.log(
      `${CONNECTIONS} clients, ${TABLES} tables × ${ROWS.toLocaleString("en")} rows, ${REQUESTS} requests, e-Stat latency ${LATENCY_MS} ms`,
    );
    console.log(line("via nginx cache", proxied));
    console.log(line("direct", straight));
    if (proxied.upstream !== TABLES) {
      console.error(`expected ${TABLES} upstream requests through the proxy, got ${proxied.upstream}`);
      process.exitCode = 1;
    }
  } finally {
    fake.kill("SIGTERM");
    await oecd.close();
  }
}

void main();
