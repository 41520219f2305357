import { messageFor } from "../../src/core/errors/messages";
import { createMemoryStore } from "../../src/core/stats/cache/keyValueStore";
import { createHttpClient } from "../../src/core/stats/http";
import type { FetchLike } from "../../src/core/stats/http/types";
import { createOecdBudget } from "../../src/core/stats/oecd/budget";
import { createOecdClient } from "../../src/core/stats/oecd/client";
import type { TidyTable } from "../../src/core/stats/table/types";
import { MSTI_LIKE, startOecdFake, type OecdFake, type OecdFakeOptions } from "../servers/oecdFake";

const FLOW = "OECD.STI.STP,DSD_MSTI@DF_MSTI";
const http = () => createHttpClient({ fetch: globalThis.fetch as unknown as FetchLike, timeoutMs: 5000 });
const rows = (t: TidyTable) =>
  Array.from({ length: t.rowCount }, (_, i) =>
    [...t.codes.map((c) => c[i]), t.values[i], t.markers[i]].join("|"),
  ).sort();

let fake: OecdFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
async function start(opts: OecdFakeOptions = {}) {
  fake = await startOecdFake(opts);
  return fake;
}

describe("OECD client against the loopback fake", () => {
  it("gives the same tidy rows from SDMX-CSV with labels, SDMX-CSV without labels and SDMX-JSON 2.0 / 1.0", async () => {
    const f = await start();
    const q = { flow: FLOW, key: "JPN+USA.A.G.PT_B1GQ..", start: "2015", end: "2020" };
    const csv = await createOecdClient({ http: http(), baseUrl: f.baseUrl }).getData(q);
    const bare = await createOecdClient({ http: http(), baseUrl: f.baseUrl, format: "csvfile" }).getData(q);
    const json = await createOecdClient({ http: http(), baseUrl: f.baseUrl, format: "jsondata" }).getData(q);
    await f.close();
    const f1 = await start({ jsonVersion: "1.0" });
    const json1 = await createOecdClient({ http: http(), baseUrl: f1.baseUrl, format: "jsondata" }).getData(
      q,
    );
    expect(csv.rowCount).toBe(2 * 2 * 6); // 2 areas × 2 price bases × 6 years
    expect(rows(bare)).toEqual(rows(csv));
    expect(rows(json)).toEqual(rows(csv));
    expect(rows(json1)).toEqual(rows(csv));
    expect(csv.dimensions.find((d) => d.id === "REF_AREA")?.codes.map((c) => c.label)).toEqual([
      "Japan",
      "United States",
    ]);
    expect(json.dimensions.find((d) => d.id === "TIME_PERIOD")?.role).toBe("time");
    expect(csv.meta).toMatchObject({ source: "OECD", id: FLOW, title: MSTI_LIKE.name });
    expect(csv.meta.sourceUrl).toContain(
      "/data/OECD.STI.STP,DSD_MSTI@DF_MSTI/JPN+USA.A.G.PT_B1GQ..?startPeriod=2015",
    );
    expect(csv.units.every((u) => u === "Percentage of GDP")).toBe(true);
  });

  it("keeps provisional / estimated observations as markers and missing ones as null (never 0)", async () => {
    const f = await start();
    const t = await createOecdClient({ http: http(), baseUrl: f.baseUrl }).getData({
      flow: FLOW,
      key: "all",
    });
    const meanings = new Map(t.meta.markers?.map((m) => [m.marker, m.meaning]));
    expect(meanings.get("M")).toBe("Missing value");
    t.markers.forEach((m, i) => {
      if (m === "M") expect(t.values[i]).toBeNull();
      if (m === null) expect(typeof t.values[i]).toBe("number");
    });
    expect(t.markers.filter((m) => m === "E").length).toBeGreaterThan(0);
  });

  it("sends one request for several countries joined with +", async () => {
    const f = await start();
    const t = await createOecdClient({ http: http(), baseUrl: f.baseUrl }).getData({
      flow: FLOW,
      key: "JPN+USA+DEU.A.G.PT_B1GQ.V._Z",
    });
    expect(f.requests).toHaveLength(1);
    expect(new Set(t.codes[0])).toEqual(new Set(["JPN", "USA", "DEU"]));
  });

  it("turns HTTP 404 NoRecordsFound into an empty table", async () => {
    const f = await start();
    const t = await createOecdClient({ http: http(), baseUrl: f.baseUrl }).getData({
      flow: FLOW,
      key: "JPN.A.G...",
      start: "2090",
    });
    expect(t.rowCount).toBe(0);
    expect(t.meta.id).toBe(FLOW);
  });

  it("refuses before exceeding the download budget, sends nothing, and says when it resets (JA/EN)", async () => {
    const f = await start();
    let now = Date.parse("2026-05-01T10:00:00Z");
    const store = createMemoryStore();
    const budget = createOecdBudget({
      store,
      limit: 3,
      now: () => now,
      formatTime: (ms) => new Date(ms).toISOString().slice(11, 16),
    });
    const client = createOecdClient({ http: http(), baseUrl: f.baseUrl, budget, now: () => now });
    for (let i = 0; i < 3; i++) {
      await client.getData({ flow: FLOW, key: "JPN.A.G.PT_B1GQ.V._Z" });
      now += 60_000;
    }
    const err = await client.getData({ flow: FLOW, key: "USA.A.G.PT_B1GQ.V._Z" }).catch((e) => e);
    expect(err).toMatchObject({
      code: "OECD_BUDGET_EXHAUSTED",
      params: { limit: 3, resetAt: "11:00", minutes: 57 },
    });
    expect(messageFor(err.code, err.params, "ja")).toContain("11:00");
    expect(messageFor(err.code, err.params, "en")).toContain("after 11:00");
    expect(f.requests).toHaveLength(3);
    // Persistent: a new budget on the same storage (a reload) still refuses.
    const again = createOecdBudget({ store, limit: 3, now: () => now });
    await expect(again.reserve()).rejects.toMatchObject({ code: "OECD_BUDGET_EXHAUSTED" });
    now += 57 * 60_000;
    await expect(again.reserve()).resolves.toBeUndefined();
  });

  it("does not retry a 429, and blocks further downloads until Retry-After", async () => {
    const f = await start({ fail: { status: 429, count: 1, retryAfterSeconds: 600 } });
    let now = Date.parse("2026-05-01T10:00:00Z");
    const budget = createOecdBudget({ store: createMemoryStore(), now: () => now });
    const client = createOecdClient({
      http: http(),
      baseUrl: f.baseUrl,
      budget,
      now: () => now,
      retryBaseMs: 1,
    });
    await expect(client.getData({ flow: FLOW, key: "JPN...." })).rejects.toMatchObject({
      code: "OECD_RATE_LIMITED",
    });
    await expect(client.getData({ flow: FLOW, key: "JPN...." })).rejects.toMatchObject({
      code: "OECD_BUDGET_EXHAUSTED",
    });
    expect(f.requests).toHaveLength(1);
    now += 601_000;
    await expect(client.getData({ flow: FLOW, key: "JPN.A.G.PT_B1GQ.V._Z" })).resolves.toMatchObject({
      rowCount: 24,
    });
  });

  it("retries a 5xx and then succeeds; a persistent 5xx ends in OECD_HTTP_ERROR", async () => {
    let f = await start({ fail: { status: 503, count: 1 } });
    const t = await createOecdClient({ http: http(), baseUrl: f.baseUrl, retryBaseMs: 1 }).getData({
      flow: FLOW,
      key: "JPN.A.G.PT_B1GQ.V._Z",
    });
    expect(t.rowCount).toBe(24);
    expect(f.requests).toHaveLength(2);
    await f.close();
    f = await start({ fail: { status: 500, count: 100 } });
    await expect(
      createOecdClient({ http: http(), baseUrl: f.baseUrl, retryBaseMs: 1, retries: 2 }).getData({
        flow: FLOW,
        key: "JPN....",
      }),
    ).rejects.toMatchObject({ code: "OECD_HTTP_ERROR", params: { status: 500 } });
    expect(f.requests).toHaveLength(3);
  });

  it("reads the dataflow structure (dimensions in key order with code lists) and narrows by availability", async () => {
    const f = await start();
    const client = createOecdClient({ http: http(), baseUrl: f.baseUrl });
    const s = await client.getStructure(FLOW);
    expect(s.dimensions.map((d) => d.id)).toEqual(MSTI_LIKE.dimensions.map((d) => d.id));
    expect(s.dimensions[0].name).toBe("Reference area");
    expect(s.dimensions[0].codes.find((c) => c.code === "JPN")?.label).toBe("Japan");
    expect(s.timeDimension).toBe("TIME_PERIOD");
    expect(s.lastUpdated).toBe("2026-03-01T00:00:00Z");
    await client.getStructure(FLOW); // cached in the client
    expect(f.requests.filter((r) => r.url.startsWith("/public/rest/dataflow/"))).toHaveLength(1);
    expect(f.requests[0].headers.accept).toContain("application/vnd.sdmx.structure+json");
    const a = await client.getAvailability(FLOW, "JPN+KOR.A.G...");
    expect(a.dimensions[0].codes.map((c) => c.code)).toEqual(["JPN", "KOR"]);
  });

  it("cancels a slow request when the signal aborts", async () => {
    const f = await start({ latencyMs: 2000 });
    const controller = new AbortController();
    const p = createOecdClient({ http: http(), baseUrl: f.baseUrl }).getData(
      { flow: FLOW, key: "JPN...." },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    const t0 = Date.now();
    await expect(p).rejects.toMatchObject({ code: "CANCELLED" });
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it("serves CORS headers unless told not to", async () => {
    let f = await start();
    expect(
      (await fetch(`${f.baseUrl}/data/${FLOW}/JPN....`)).headers.get("access-control-allow-origin"),
    ).toBe("*");
    await f.close();
    f = await start({ cors: false });
    expect(
      (await fetch(`${f.baseUrl}/data/${FLOW}/JPN....`)).headers.get("access-control-allow-origin"),
    ).toBeNull();
  });

  it("serves recorded bodies (the real SDMX-JSON 1.0 fixture) for a matching path", async () => {
    const { readFileSync } = await import("fs");
    const body = readFileSync(
      `${__dirname}/../../../shared/fixtures/real/oecd/oecd-sdmxjson1-data-DF_IALFS_UNE_M-USA-2019.json`,
      "utf8",
    );
    const f = await start({
      recorded: [{ match: "/public/rest/data/OECD.SDD.TPS,DSD_LFS@DF_IALFS_UNE_M", body }],
    });
    const t = await createOecdClient({ http: http(), baseUrl: f.baseUrl }).getData({
      flow: "OECD.SDD.TPS,DSD_LFS@DF_IALFS_UNE_M,1.0",
      key: "USA.UNE_LF_M.PT_LF_SUB._Z.Y._T.Y_GE15..A",
      start: "2019",
      end: "2019",
    });
    expect(t.values).toEqual([3.666667]);
  });
});
