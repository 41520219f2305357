// The e-Stat client against the loopback fake (real HTTP on 127.0.0.1, no fetch mocks).
import fc from "fast-check";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startLoopbackServer, type LoopbackServer, type RecordedRequest } from "../servers/common";
import { generateStatsData } from "../servers/estatGenerate";
import { renderStatsData } from "../servers/estatRender";
import { createHttpClient } from "../../src/core/stats/http/createHttpClient";
import {
  createEstatClient,
  type EstatClientOptions,
  type JsonpTransport,
} from "../../src/core/stats/estat/createEstatClient";
import { EstatStatusError } from "../../src/core/stats/estat/statusError";
import { AppError } from "../../src/core/errors/AppError";
import { describeError } from "../../src/core/errors/messages";
import { toLongMatrix } from "../../src/core/stats/table/toLongMatrix";
import type { FetchLike } from "../../src/core/stats/http/types";

const APP_ID = "test-app-id-SECRET";
let fake: EstatFake;

beforeAll(async () => {
  fake = await startEstatFake({});
  fake.setTable("T2500", { rows: 2500, markerEvery: 50, numericMarkerEvery: 70 });
  fake.setTable("T400", {
    rows: 500,
    dims: [
      { id: "cat01", name: "品目", size: 250 },
      { id: "time", name: "時間", size: 2 },
    ],
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.setOptions({ failures: [], latencyMs: 0, cors: true, honourCntGetFlg: true, omitClassInf: false });
});

function client(extra: Partial<EstatClientOptions> = {}, fetchImpl: FetchLike = globalThis.fetch) {
  const http = createHttpClient({
    fetch: fetchImpl,
    timeoutMs: 3000,
    retries: 1,
    backoff: { baseMs: 5, maxMs: 10 },
  });
  return createEstatClient({ http, baseUrl: fake.baseUrl, ...extra });
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(JSON.stringify([err.message, err.params, describeError(err)])).not.toContain(APP_ID);
    return err;
  }
  throw new Error("expected a rejection");
}

const dataRequests = () => fake.requests.filter((r) => r.path.endsWith("/getStatsData"));

describe("getStatsData against the fake", () => {
  it("a multi-page fetch equals the one-page result: page 1 with the metadata and the count, no count request, then the others with metaGetFlg=N", async () => {
    const paged = await client({ pageSize: 300 }).getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    const reqs = dataRequests();
    expect(reqs.some((r) => r.query.has("cntGetFlg"))).toBe(false);
    expect(reqs[0].query.get("startPosition")).toBe("1");
    expect(reqs[0].query.get("metaGetFlg")).toBeNull(); // the API's default: Y
    expect(reqs.slice(1).every((r) => r.query.get("metaGetFlg") === "N")).toBe(true);
    expect(
      reqs
        .slice(1)
        .map((r) => Number(r.query.get("startPosition")))
        .sort((a, b) => a - b),
    ).toEqual([301, 601, 901, 1201, 1501, 1801, 2101, 2401]);
    expect(paged.requests).toBe(9);
    const single = await client().getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(single.requests).toBe(1);
    expect(paged.table.rowCount).toBe(2500);
    expect(toLongMatrix(paged.table)).toEqual(toLongMatrix(single.table));
    expect(paged.table.meta).toMatchObject({ id: "T2500", credit: expect.stringContaining("e-Stat") });
    expect(paged.table.meta.query).not.toContain(APP_ID);
  });

  it("keeps markers as null values and numeric markers as numbers with their flag", async () => {
    const { table, issues } = await client().getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(issues).toEqual([]);
    const dash = table.markers.indexOf("-");
    expect(table.values[dash]).toBeNull();
    const zero = table.markers.indexOf("0");
    expect(table.values[zero]).toBe(0);
    expect(table.values.filter((v, i) => v === null && table.markers[i] === null)).toHaveLength(0);
  });

  it("reports progress for every page", async () => {
    const seen: number[] = [];
    await client({ pageSize: 1000 }).getStatsData(
      { appId: APP_ID, statsDataId: "T2500" },
      { onProgress: (p) => seen.push(p.pagesDone * 10000 + p.rows) },
    );
    expect(seen.sort((a, b) => a - b)).toEqual([11000, 22000, 32500]);
  });

  it("retries a page that fails once and still returns the whole table", async () => {
    fake.setOptions({
      failures: [
        { kind: "http500", times: 1, when: { fn: "getStatsData", params: { startPosition: "1001" } } },
      ],
    });
    const { table } = await client({ pageSize: 1000 }).getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(table.rowCount).toBe(2500);
    expect(dataRequests().filter((r) => r.query.get("startPosition") === "1001")).toHaveLength(2);
  });

  it("retries a page whose body is cut off", async () => {
    fake.setOptions({ failures: [{ kind: "badJson", times: 1, when: { params: { startPosition: "1" } } }] });
    const { table } = await client({ pageSize: 1000 }).getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(table.rowCount).toBe(2500);
  });

  it("fails the whole load with a clear error when a page always fails, never a partial table", async () => {
    fake.setOptions({ failures: [{ kind: "reset", when: { params: { startPosition: "2001" } } }] });
    const err = await rejection(
      client({ pageSize: 1000 }).getStatsData({ appId: APP_ID, statsDataId: "T2500" }),
    );
    expect(err.code).toBe("ESTAT_PAGE_FAILED");
    expect(err.params).toMatchObject({ page: 3, pages: 3 });
    expect(describeError(err, "ja")).toContain("3/3 ページ目が失敗");
  });

  it("stops sending requests when cancelled", async () => {
    fake.setOptions({ latencyMs: 150 });
    const ac = new AbortController();
    const p = client({ pageSize: 100, concurrency: 2 }).getStatsData(
      { appId: APP_ID, statsDataId: "T2500" },
      { signal: ac.signal },
    );
    setTimeout(() => ac.abort(), 250);
    const err = await rejection(p);
    expect(err.code).toBe("CANCELLED");
    const count = fake.requests.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(fake.requests.length).toBe(count);
    expect(count).toBeLessThan(6);
  });

  it("splits a code list longer than 100 into several requests and merges them", async () => {
    const codes = Array.from({ length: 250 }, (_, k) => String(k + 1).padStart(3, "0"));
    const { table } = await client().getStatsData({
      appId: APP_ID,
      statsDataId: "T400",
      filters: { cat01: { cd: codes.slice(0, 230) } },
    });
    const cdRequests = dataRequests().filter((r) => r.query.get("startPosition") === "1");
    expect(cdRequests.map((r) => r.query.get("cdCat01")!.split(",").length)).toEqual([100, 100, 30]);
    expect(table.rowCount).toBe(460);
    expect(new Set(table.codes[0]).size).toBe(230);
  });

  it("gives an empty table for STATUS 1", async () => {
    const { table, issues } = await client().getStatsData({ appId: APP_ID, statsDataId: "STATUS-1" });
    expect(table.rowCount).toBe(0);
    expect(issues).toEqual([]);
  });

  it("gives the application-ID error for STATUS 100 sent with HTTP 403", async () => {
    const err = await rejection(client().getStatsData({ appId: "invalid-SECRET", statsDataId: "T2500" }));
    expect(err).toBeInstanceOf(EstatStatusError);
    expect(err.code).toBe("ESTAT_STATUS_AUTH");
    expect((err as EstatStatusError).httpStatus).toBe(403);
    expect(describeError(err, "ja")).toContain("アプリケーションID");
  });

  it.each([
    [101, "ESTAT_STATUS_PARAM"],
    [200, "ESTAT_STATUS_SERVER"],
    [300, "ESTAT_STATUS_NOT_FOUND"],
    [400, "ESTAT_STATUS_TOO_MANY"],
  ])("maps STATUS %i to %s with ERROR_MSG kept", async (status, code) => {
    const err = await rejection(client().getStatsData({ appId: APP_ID, statsDataId: `STATUS-${status}` }));
    expect(err.code).toBe(code);
    expect(err.params.status).toBe(status);
    expect(String(err.params.errorMsg).length).toBeGreaterThan(0);
  });

  it("follows NEXT_KEY page by page when the server sends no TOTAL_NUMBER", async () => {
    fake.setOptions({ omitTotalNumber: true });
    const { table, requests } = await client({ pageSize: 1000 }).getStatsData({
      appId: APP_ID,
      statsDataId: "T2500",
    });
    expect(requests).toBe(3);
    expect(dataRequests().map((r) => r.query.get("startPosition"))).toEqual(["1", "1001", "2001"]);
    fake.setOptions({ omitTotalNumber: false });
    const reference = await client().getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(toLongMatrix(table)).toEqual(toLongMatrix(reference.table));
  });

  it("stops with a paging error when NEXT_KEY does not advance", async () => {
    const err = await rejection(client().getStatsData({ appId: APP_ID, statsDataId: "0009999999" }));
    expect(err.code).toBe("ESTAT_PAGING_MISMATCH");
  });

  it("names the dimensions from the first page when CLASS_INF is missing", async () => {
    fake.setOptions({ omitClassInf: true });
    const { table, issues } = await client({ pageSize: 1000 }).getStatsData({
      appId: APP_ID,
      statsDataId: "T2500",
    });
    expect(issues).toEqual([]);
    expect(table.dimensions.map((d) => d.id)).toEqual(["tab", "cat01", "cat02", "cat03", "area", "time"]);
    fake.setOptions({ omitClassInf: false });
    const full = await client().getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(table.codes).toEqual(full.table.codes);
    expect(table.values).toEqual(full.table.values);
  });

  it("times out a page whose body stalls and succeeds on the retry", async () => {
    fake.setOptions({
      slowBodyMs: 2000,
      failures: [{ kind: "slowBody", times: 1, when: { params: { startPosition: "1" } } }],
    });
    const http = createHttpClient({
      fetch: globalThis.fetch,
      timeoutMs: 300,
      retries: 1,
      backoff: { baseMs: 5 },
    });
    const { table } = await createEstatClient({ http, baseUrl: fake.baseUrl }).getStatsData({
      appId: APP_ID,
      statsDataId: "T2500",
    });
    expect(table.rowCount).toBe(2500);
  });

  it("fails with TIMEOUT inside a page error when the server never answers a page", async () => {
    fake.setOptions({ failures: [{ kind: "hang", when: { params: { startPosition: "1001" } } }] });
    const http = createHttpClient({ fetch: globalThis.fetch, timeoutMs: 150, retries: 0 });
    const err = await rejection(
      createEstatClient({ http, baseUrl: fake.baseUrl, pageRetries: 1, pageSize: 1000 }).getStatsData({
        appId: APP_ID,
        statsDataId: "T2500",
      }),
    );
    expect(err.code).toBe("ESTAT_PAGE_FAILED");
    expect(String(err.params.detail)).toContain("150");
    expect(dataRequests().filter((r) => r.query.get("startPosition") === "1001")).toHaveLength(2);
  });

  it("retries page 1 too, and reports its own TIMEOUT when it never answers (nothing was loaded)", async () => {
    fake.setOptions({ failures: [{ kind: "hang", when: { params: { startPosition: "1" } } }] });
    const http = createHttpClient({ fetch: globalThis.fetch, timeoutMs: 150, retries: 0 });
    const err = await rejection(
      createEstatClient({ http, baseUrl: fake.baseUrl, pageRetries: 1 }).getStatsData({
        appId: APP_ID,
        statsDataId: "T2500",
      }),
    );
    expect(err.code).toBe("TIMEOUT");
    expect(dataRequests().filter((r) => r.query.get("startPosition") === "1")).toHaveLength(2);
  });

  it("never puts the appId in errors, even for network failures", async () => {
    const dead = createEstatClient({
      http: createHttpClient({ fetch: globalThis.fetch, retries: 0 }),
      baseUrl: "http://127.0.0.1:9",
    });
    const err = await rejection(dead.getStatsData({ appId: APP_ID, statsDataId: "T2500" }));
    expect(err.code).toBe("NETWORK");
  });
});

describe("page order", () => {
  it("does not change the result (random per-page latency)", async () => {
    const reference = toLongMatrix(
      (await client().getStatsData({ appId: APP_ID, statsDataId: "T2500" })).table,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 5 }),
        async (delays) => {
          fake.setOptions({
            latencyMs: (r) => delays[Math.floor((Number(r.query.get("startPosition") ?? 1) - 1) / 500) % 5],
          });
          const { table } = await client({ pageSize: 500, concurrency: 4 }).getStatsData({
            appId: APP_ID,
            statsDataId: "T2500",
          });
          expect(toLongMatrix(table)).toEqual(reference);
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe("getStatsList and getMetaInfo", () => {
  it("searches the fake's tables with paging", async () => {
    const list = await client().getStatsList({ appId: APP_ID, searchWord: "生成表", limit: 1 });
    expect(list.tables).toHaveLength(1);
    expect(list.nextKey).toBe(2);
  });

  it("reads a recorded meta body with levels and parents", async () => {
    const meta = await client().getMetaInfo({ appId: APP_ID, statsDataId: "0004052037" });
    expect(meta.dimensions.map((d) => d.id)).toContain("time");
    expect(meta.meta.query).not.toContain(APP_ID);
  });
});

describe("CORS and JSONP", () => {
  /** Behaves like a browser: a cross-origin answer without Access-Control-Allow-Origin is a TypeError. */
  const browserFetch: FetchLike = async (url, init) => {
    const res = await fetch(url, init);
    if (!res.headers.get("access-control-allow-origin")) throw new TypeError("Failed to fetch");
    return res;
  };
  /** A Node stand-in for the <script> loader: loads the JSONP text and calls the named callback. */
  const nodeJsonp: JsonpTransport = async (url, { callbackName, signal }) => {
    const text = await (await fetch(url, { signal })).text();
    let got: unknown;
    new Function(callbackName, text)((x: unknown) => (got = x));
    return got;
  };

  it("uses JSONP when the browser blocks fetch, and keeps using it", async () => {
    fake.setOptions({ cors: false });
    const c = client({ jsonp: nodeJsonp }, browserFetch);
    const { table } = await c.getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(table.rowCount).toBe(2500);
    const paths = fake.requests.map((r) => r.path.split("/")[4]);
    expect(paths[0]).toBe("json");
    expect(paths.slice(1).every((p) => p === "jsonp")).toBe(true);
    expect(fake.requests.slice(1).every((r) => /^__smeEstat\d+$/.test(r.query.get("callback") ?? ""))).toBe(
      true,
    );
  });

  it("uses plain fetch when CORS is allowed", async () => {
    const c = client({ jsonp: nodeJsonp }, browserFetch);
    await c.getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(fake.requests.every((r) => r.path.includes("/app/json/"))).toBe(true);
  });

  it("reports STATUS errors that arrive over JSONP", async () => {
    fake.setOptions({ cors: false });
    const err = await rejection(
      client({ jsonp: nodeJsonp }, browserFetch).getStatsData({
        appId: "invalid-SECRET",
        statsDataId: "T2500",
      }),
    );
    expect(err.code).toBe("ESTAT_STATUS_AUTH");
  });
});

describe("paging while page 1 is still arriving (issue 15)", () => {
  const table = generateStatsData({ rows: 2500, id: "STREAM" });
  const render = (q: URLSearchParams) => renderStatsData(table, q);
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const clientOf = (baseUrl: string, extra: Partial<EstatClientOptions> = {}, fetchImpl?: FetchLike) =>
    createEstatClient({
      http: createHttpClient({ fetch: fetchImpl ?? globalThis.fetch, timeoutMs: 5000, retries: 0 }),
      baseUrl,
      pageSize: 1000,
      ...extra,
    });
  const start = (r: RecordedRequest) => r.query.get("startPosition");

  it("asks for pages 2… before page 1's body has finished (TOTAL_NUMBER read from its first bytes)", async () => {
    const events: string[] = [];
    let sawPage2!: () => void;
    const page2Asked = new Promise<void>((r) => (sawPage2 = r));
    server = await startLoopbackServer(async (_req, res, rec) => {
      const body = render(rec.query);
      events.push(`request ${start(rec)}`);
      res.writeHead(200, { "content-type": "application/json" });
      if (start(rec) !== "1") {
        sawPage2();
        return void res.end(body);
      }
      // page 1: its head and some rows now, the tail only once page 2 has been asked for (or after 2 s)
      res.write(body.slice(0, 20_000));
      await Promise.race([page2Asked, new Promise((r) => setTimeout(r, 2000).unref())]);
      events.push("page 1 tail sent");
      res.end(body.slice(20_000));
    });
    const { table: got } = await clientOf(server.baseUrl).getStatsData({
      appId: APP_ID,
      statsDataId: "STREAM",
    });
    expect(got.rowCount).toBe(2500);
    expect(events.indexOf("request 1001")).toBeGreaterThan(-1);
    expect(events.indexOf("request 1001")).toBeLessThan(events.indexOf("page 1 tail sent"));
    const whole = await clientOf(server.baseUrl, { pageSize: 100_000 }).getStatsData({
      appId: APP_ID,
      statsDataId: "STREAM",
    });
    expect(toLongMatrix(got)).toEqual(toLongMatrix(whole.table));
  });

  /**
   * Page 1 (of 1,000 rows) whose RESULT_INF says `early` rows, followed (after DATA_INF) by a second RESULT_INF
   * with the real count; the whole table in one page (limit 100000) as it is.
   */
  async function serveWithEarlyCount(early: number, real: number) {
    const t = generateStatsData({ rows: real, id: "EARLY" });
    server = await startLoopbackServer((_req, res, rec) => {
      let body = renderStatsData(t, rec.query);
      if (start(rec) === "1" && rec.query.get("limit") === "1000")
        body = body
          .replace(`"TOTAL_NUMBER":${real},`, `"TOTAL_NUMBER":${early},`)
          .replace(
            /\}\}\}\}$/,
            `},"RESULT_INF":{"TOTAL_NUMBER":${real},"FROM_NUMBER":1,"TO_NUMBER":1000${real > 1000 ? ',"NEXT_KEY":1001' : ""}}}}}`,
          );
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    return server;
  }

  it("takes the count of page 1's full parse when its first bytes said more: extra pages are dropped", async () => {
    const s = await serveWithEarlyCount(4500, 2500);
    const { table: got } = await clientOf(s.baseUrl).getStatsData({ appId: APP_ID, statsDataId: "EARLY" });
    expect(got.rowCount).toBe(2500);
    const whole = await clientOf(s.baseUrl, { pageSize: 100_000 }).getStatsData({
      appId: APP_ID,
      statsDataId: "EARLY",
    });
    expect(toLongMatrix(got)).toEqual(toLongMatrix(whole.table));
  });

  it("takes the count of page 1's full parse when its first bytes said less: missing pages are fetched", async () => {
    const s = await serveWithEarlyCount(1500, 4200);
    const { table: got } = await clientOf(s.baseUrl, { concurrency: 2 }).getStatsData({
      appId: APP_ID,
      statsDataId: "EARLY",
    });
    expect(got.rowCount).toBe(4200);
    expect(s.requests.map(start).sort()).toEqual(["1", "1001", "2001", "3001", "4001"]);
    const whole = await clientOf(s.baseUrl, { pageSize: 100_000 }).getStatsData({
      appId: APP_ID,
      statsDataId: "EARLY",
    });
    expect(toLongMatrix(got)).toEqual(toLongMatrix(whole.table));
  });

  it("works with a fetch whose responses have no body stream (read with text())", async () => {
    const textOnly: FetchLike = async (url, init) => {
      const r = await fetch(url, init);
      return { status: r.status, ok: r.ok, headers: r.headers, text: () => r.text() };
    };
    const { table: got } = await client({ pageSize: 300 }, textOnly).getStatsData({
      appId: APP_ID,
      statsDataId: "T2500",
    });
    const reference = await client().getStatsData({ appId: APP_ID, statsDataId: "T2500" });
    expect(toLongMatrix(got)).toEqual(toLongMatrix(reference.table));
  });
});
