// Pages 2… of a getStatsData load parsed in real worker threads (src/cli/estatPageWorkers.ts, the worker file
// built the way scripts/build-cli.mjs builds it), against the loopback e-Stat fake: the same table, issues and
// requests as one thread, through retries, cancels and a worker that dies.
import { Worker } from "node:worker_threads";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { pageWorkerFile } from "../support/pageWorkerFile";
import { createHttpClient } from "../../src/core/stats/http/createHttpClient";
import { createEstatClient, type EstatClientOptions } from "../../src/core/stats/estat/createEstatClient";
import { createNodePageParsePool } from "../../src/cli/estatPageWorkers";
import {
  createPageParsePool,
  type FromWorker,
  type PageParsePool,
  type ToWorker,
} from "../../src/core/stats/estat/pageParsePool";
import { AppError } from "../../src/core/errors/AppError";

const APP_ID = "test-app-id-SECRET";
let fake: EstatFake;
let file: string;
const pools: PageParsePool[] = [];

beforeAll(async () => {
  file = pageWorkerFile();
  fake = await startEstatFake({});
  fake.setTable("T3000", { rows: 3000, markerEvery: 50, numericMarkerEvery: 70, annotationEvery: 45 });
});
afterAll(() => {
  for (const p of pools) p.close();
  return fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.setOptions({ failures: [], latencyMs: 0, omitClassInf: false });
});

const pool = (size = 2) => {
  const p = createNodePageParsePool(file, size);
  pools.push(p);
  return p;
};

function load(extra: Partial<EstatClientOptions>, signal?: AbortSignal, onProgress?: () => void) {
  const http = createHttpClient({ fetch: globalThis.fetch, timeoutMs: 5000, retries: 0 });
  return createEstatClient({
    http,
    baseUrl: fake.baseUrl,
    pageSize: 300,
    concurrency: 4,
    ...extra,
  }).getStatsData({ appId: APP_ID, statsDataId: "T3000" }, { signal, onProgress });
}

/** The table without its fetch time. */
const comparable = (r: Awaited<ReturnType<typeof load>>) => ({
  ...r,
  table: { ...r.table, meta: { ...r.table.meta, fetchedAt: "" } },
});

describe("getStatsData with parse workers", () => {
  it("gives the table, issues and requests one thread gives (markers, numeric markers, annotations)", async () => {
    const one = await load({});
    const workers = await load({ parsePool: pool() });
    expect(workers.table.rowCount).toBe(3000);
    expect(workers.requests).toBe(10);
    expect(workers.table.annotations?.filter((a) => a !== null).length).toBeGreaterThan(0);
    expect(comparable(workers)).toEqual(comparable(one));
  });

  it("names the dimensions from page 1's rows when a proxy stripped CLASS_INF, and the workers use them", async () => {
    fake.setOptions({ omitClassInf: true });
    const one = await load({});
    const workers = await load({ parsePool: pool() });
    expect(comparable(workers)).toEqual(comparable(one));
  });

  it("retries a page whose body is broken and still gives the whole table", async () => {
    const one = await load({});
    const before = fake.requests.length;
    fake.setOptions({
      failures: [{ kind: "badJson", times: 1, when: { params: { startPosition: "1201" } } }],
    });
    const workers = await load({ parsePool: pool() });
    const asked = fake.requests.slice(before).filter((r) => r.query.get("startPosition") === "1201");
    expect(asked).toHaveLength(2);
    expect(workers.requests).toBe(11);
    expect(comparable(workers)).toEqual({ ...comparable(one), requests: 11 });
  });

  it("stops on cancel with CANCELLED, and the same workers load the next table whole", async () => {
    const p = pool();
    fake.setOptions({ latencyMs: 100 });
    const ac = new AbortController();
    const err = await load({ parsePool: p }, ac.signal, () => ac.abort()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CANCELLED");
    fake.setOptions({ latencyMs: 0 });
    const again = await load({ parsePool: p });
    expect(again.table.rowCount).toBe(3000);
  });

  it("parses on this thread when a worker dies mid-load: the pages it held are retried, nothing is lost", async () => {
    const one = await load({});
    let killed = 0;
    const dying = createPageParsePool({
      size: 2,
      spawn: () => {
        const port = createNodePagePort(file);
        return {
          ...port,
          postMessage(m, transfer) {
            port.postMessage(m, transfer);
            if ((m.t === "text" || m.t === "bytes") && killed++ === 0) port.kill();
          },
        };
      },
    });
    pools.push(dying);
    const workers = await load({ parsePool: dying });
    expect(killed).toBeGreaterThan(0);
    expect(dying.open({ dims: [], markers: [], secrets: [], url: "", rows: 0 })).toBeUndefined();
    expect(workers.requests).toBeGreaterThan(one.requests); // the failed pages were asked for again
    expect(comparable(workers)).toEqual({ ...comparable(one), requests: workers.requests });
  });
});

/** A port over a real worker thread that the test can kill (terminate, as a crash would end it). */
function createNodePagePort(f: string) {
  const w = new Worker(f);
  return {
    postMessage: (m: ToWorker, transfer?: ArrayBuffer[]) => w.postMessage(m, transfer),
    listen(onMessage: (m: FromWorker) => void, onGone: (e: Error) => void) {
      w.on("message", onMessage);
      w.on("error", onGone);
      w.on("exit", (code) => onGone(new Error(`exited ${code}`)));
    },
    terminate: () => void w.terminate(),
    kill: () => void w.terminate(),
  };
}
