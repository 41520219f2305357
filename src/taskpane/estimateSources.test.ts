// The load estimate against the loopback fakes, read through the real clients: it must equal the rows the
// table really has (e-Stat's OVERALL_TOTAL_NUMBER, OECD's obs_count), not the product of its code lists.
import { createEstatClient } from "../core/stats/estat";
import { createHttpClient } from "../core/stats/http";
import { createOecdBudget, createOecdClient } from "../core/stats/oecd";
import { createWebStorageStore } from "../core/stats/cache";
import { startEstatFake, type EstatFake } from "../../test/servers/estatFake";
import { startOecdFake, type OecdFake } from "../../test/servers/oecdFake";
import { estimateLoad } from "./estimate";
import { fetchSource, openSource, type SourceDeps } from "./real/sources";
import { memoryStorage } from "./tableHistory";

let estat: EstatFake;
let oecd: OecdFake;
let deps: SourceDeps;
beforeAll(async () => {
  estat = await startEstatFake({});
  estat.setTable("0001000100", {
    rows: 100,
    title: "疎な生成表",
    dims: [
      { id: "tab", name: "表章項目", size: 10 },
      { id: "cat01", name: "分類", size: 100 },
      { id: "time", name: "時間", size: 100 },
    ],
  });
  oecd = await startOecdFake({});
  const http = createHttpClient({ fetch: globalThis.fetch, retries: 0, rateLimit: { minIntervalMs: 0 } });
  deps = {
    estat: createEstatClient({ http, baseUrl: estat.baseUrl }),
    oecd: createOecdClient({
      http,
      baseUrl: oecd.baseUrl,
      budget: createOecdBudget({ store: createWebStorageStore(memoryStorage() as Storage, "t:") }),
    }),
    appId: () => "test",
  };
});
afterAll(async () => {
  await estat.close();
  await oecd.close();
});

const requestFor = (info: Awaited<ReturnType<typeof openSource>>) => ({
  ref: info.ref,
  title: info.title,
  filters: {},
  layout: { kind: "long" as const },
  labels: "label" as const,
  labelLang: "ja" as const,
});

describe("load estimate from the sources' own counts", () => {
  it("e-Stat: a sparse 100-row table with 100,000 code combinations is estimated at 100 rows", async () => {
    const info = await openSource(deps, { source: "e-Stat", id: "0001000100" });
    expect(info.totalRows).toBe(100);
    const table = await fetchSource(deps, requestFor(info), { info });
    expect(estimateLoad(info, {}, { kind: "long" }).rows).toBe(table.rowCount);
  });

  it("OECD: the MSTI-shaped flow is estimated at its 2,304 observations, not 0", async () => {
    const info = await openSource(deps, { source: "OECD", id: "OECD.STI.STP,DSD_MSTI@DF_MSTI" });
    expect(info.totalRows).toBe(2304);
    const e = estimateLoad(info, {}, { kind: "long" });
    expect(e).toMatchObject({ rows: 2304, known: true });
    const table = await fetchSource(deps, requestFor(info), { info });
    expect(table.rowCount).toBe(2304);
  });
});
