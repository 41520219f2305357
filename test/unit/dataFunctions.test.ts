// The data formulas against the loopback e-Stat and OECD fakes (real HTTP on 127.0.0.1): batching, cache
// first on recalculation and restart, refresh, failures as #N/A with a message, never an uncaught throw.
import { generateStatsData, startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import {
  configureDataFunctions,
  estatFn,
  estatValueFn,
  indicatorFn,
  indicatorsFn,
  oecdFn,
  resetDataFunctions,
  sourceFn,
} from "../../src/functions/data";
import { requestFormulaRefresh } from "../../src/functions/refresh";
import { writeStoredSettings } from "../../src/functions/data/settings";
import { dataState } from "../../src/functions/data/runtime";
import { invocationAt, isFailure, MemoryLocalStorage, settle, type Failure } from "./dataTestKit";

const APP_ID = "test-app";
const FLOW = "OECD.STI.STP,DSD_MSTI@DF_MSTI";
const DIMS = [
  { id: "cat01", name: "産業", size: 20 },
  { id: "area", name: "地域", size: 50 },
  { id: "time", name: "時間軸（年次）", size: 1 },
];
const T1 = generateStatsData({ rows: 1000, id: "T1", dims: DIMS });
let estat: EstatFake;
let oecd: OecdFake;
let storage: MemoryLocalStorage;
let recalcs = 0;

beforeAll(async () => {
  estat = await startEstatFake();
  oecd = await startOecdFake();
  estat.setTable("T1", { rows: 1000, dims: DIMS });
  estat.setTable("T2", {
    rows: 60,
    dims: [
      { id: "cat01", name: "品目", size: 3 },
      { id: "time", name: "時間軸", size: 20 },
    ],
  });
  estat.setTable("T3", {
    rows: 600,
    dims: [
      { id: "area", name: "地域", size: 300 },
      { id: "time", name: "時間軸", size: 2 },
    ],
  });
});
afterAll(async () => {
  await estat.close();
  await oecd.close();
  resetDataFunctions();
});

function configure(extra: Parameters<typeof configureDataFunctions>[0] = {}) {
  configureDataFunctions({
    storage,
    estatBaseUrl: estat.baseUrl,
    oecdBaseUrl: oecd.baseUrl,
    jsonp: null,
    http: { timeoutMs: 3000, retries: 0, backoffBaseMs: 1, minIntervalMs: 0 },
    recalculate: () => {
      recalcs++;
    },
    now: Date.now,
    ...extra,
  });
}

beforeEach(() => {
  resetDataFunctions();
  storage = new MemoryLocalStorage();
  writeStoredSettings(storage, { appId: APP_ID });
  recalcs = 0;
  estat.requests.length = 0;
  oecd.requests.length = 0;
  configure();
});

const dataRequests = () => estat.requests.filter((r) => r.path.endsWith("/getStatsData"));
/** One getStatsData call of the client = page 1 (startPosition=1, with the metadata) + its other pages. */
const tableFetches = () => dataRequests().filter((r) => r.query.get("startPosition") === "1").length;
const code = (d: number, k: number) => T1.codeOf(d, k);

/** The 1,000 cells: every cat01 × area of T1, as Excel would call them in one calculation. */
function thousandCells(): Promise<(number | Failure)[]> {
  const calls: Promise<number | Failure>[] = [];
  for (let c = 0; c < 20; c++)
    for (let a = 0; a < 50; a++)
      calls.push(
        settle(
          estatValueFn(
            [["T1"]],
            [[[`cat01=${code(0, c)}`]], [[`area=${code(1, a)}`]]],
            invocationAt(`Sheet1!${String.fromCharCode(65 + (a % 26))}${c * 50 + a + 1}`) as never,
          ),
        ),
      );
  return Promise.all(calls);
}

function expected(i: number): number | "marker" {
  const t = T1.valueText(i);
  return /^[-\d.]+$/.test(t) && t !== "-" ? Number(t) : "marker";
}

describe("SME.ESTATVALUE batching and cache", () => {
  it("answers 1,000 cells over one table with one getStatsData, each with its own value", async () => {
    const started = Date.now();
    const out = await thousandCells();
    expect(tableFetches()).toBe(1);
    expect(dataRequests()).toHaveLength(1); // page 1 brings the count with the data (issue 15)
    let markers = 0;
    out.forEach((v, i) => {
      const want = expected(i);
      if (want === "marker") {
        markers++;
        expect(v).toMatchObject({ error: "#N/A" });
        expect((v as Failure).message).toMatch(/記号「(-|\*\*\*|X)」（.+）/);
        expect((v as Failure).message).toMatch(/marker/);
      } else expect(v).toBe(want);
    });
    expect(markers).toBeGreaterThan(5);
    expect(Date.now() - started).toBeLessThan(5000);
    // the one request carried the union of the cells' codes
    const q = dataRequests()[0].query;
    expect(q.get("cdCat01")?.split(",")).toHaveLength(20);
    expect(q.get("cdArea")?.split(",")).toHaveLength(50);
  });

  it("costs no request when all cells are recalculated", async () => {
    await thousandCells();
    estat.requests.length = 0;
    const again = await thousandCells();
    expect(estat.requests).toHaveLength(0);
    expect(again[0]).toBe(expected(0));
  });

  it("costs no request after a restart with the persisted cache (new runtime, same storage)", async () => {
    const first = await thousandCells();
    configure(); // a new runtime state on the same storage, as after reopening the workbook
    estat.requests.length = 0;
    const again = await thousandCells();
    expect(estat.requests).toHaveLength(0);
    expect(again).toEqual(first);
    // the 1,000 concurrent cells read and decoded the stored table once, not once each
    expect(dataState().stats.cacheHits).toBe(1);
  });

  it("costs no request when a later batch asks a subset or another order of cached codes", async () => {
    await thousandCells();
    estat.requests.length = 0;
    const v = await settle(estatValueFn([["T1"]], [[[`area=${code(1, 3)}`, `cat01=${code(0, 2)}`]]]));
    expect(v).toBe(expected(2 * 50 + 3));
    expect(estat.requests).toHaveLength(0);
  });

  it("splits more than 100 codes of one dimension into one request per 100 codes", async () => {
    const cells = Array.from({ length: 250 }, (_, a) =>
      settle(estatValueFn([["T3"]], [[[`area=${String(a).padStart(5, "0")}`]], [["time=2000000000"]]])),
    );
    const out = await Promise.all(cells);
    expect(out.every((v) => typeof v === "number" || isFailure(v))).toBe(true);
    const pages = dataRequests();
    expect(pages).toHaveLength(3);
    expect(pages.map((r) => r.query.get("cdArea")!.split(",").length).sort()).toEqual([100, 100, 50]);
  });

  it("fetches again after the maximum age, once per table", async () => {
    let now = Date.parse("2025-01-01T00:00:00Z");
    configure({ now: () => now });
    await thousandCells();
    now += 25 * 3600_000;
    configure({ now: () => now });
    estat.requests.length = 0;
    await thousandCells();
    expect(tableFetches()).toBe(1);
  });
});

describe("refresh formulas", () => {
  it("refetches one request per distinct table and then recalculates, which costs nothing", async () => {
    await thousandCells();
    // a second batch on T1 with other codes makes a second cached slice of the same table
    await settle(estatValueFn([["T1"]], [[["cat01=001"]], [["area=00001"]], [["time=2000000000"]]]));
    await settle(estatFn([["T2"]], null as never, [["wide"]], null as never));
    await settle(
      oecdFn([[FLOW]], [["JPN+USA.A.G.PT_B1GQ.."]], [[2015]], [[2020]], null as never, null as never),
    );
    estat.requests.length = 0;
    oecd.requests.length = 0;
    const r = await requestFormulaRefresh();
    expect(r.tables).toBe(3);
    expect(tableFetches()).toBe(2); // T1 (its slices merged) and T2
    expect(oecd.requests).toHaveLength(1);
    expect(recalcs).toBe(1);
    estat.requests.length = 0;
    oecd.requests.length = 0;
    await thousandCells();
    await settle(estatValueFn([["T1"]], [[["cat01=001"]], [["area=00001"]], [["time=2000000000"]]]));
    await settle(estatFn([["T2"]], null as never, [["wide"]], null as never));
    await settle(
      oecdFn([[FLOW]], [["JPN+USA.A.G.PT_B1GQ.."]], [[2015]], [[2020]], null as never, null as never),
    );
    expect(estat.requests).toHaveLength(0);
    expect(oecd.requests).toHaveLength(0);
  });

  it("keeps serving the cached copy when the refresh download fails", async () => {
    const before = await thousandCells();
    estat.setOptions({ failures: [{ kind: "http500" }] });
    try {
      await requestFormulaRefresh();
      estat.requests.length = 0;
      expect(await thousandCells()).toEqual(before);
      expect(estat.requests).toHaveLength(0); // the failure is not retried by the recalculation
    } finally {
      estat.setOptions({ failures: [] });
    }
  });
});

describe("when the server is down or there is no appId", () => {
  it("serves cached values and gives #N/A with a message where nothing is cached", async () => {
    await thousandCells();
    configure({ estatBaseUrl: "http://127.0.0.1:9", now: () => Date.now() + 48 * 3600_000 });
    const cached = await settle(estatValueFn([["T1"]], [[["cat01=001"]], [["area=00000"]]]));
    expect(cached).toBe(expected(0));
    const missing = await settle(estatValueFn([["T2"]], [[["cat01=001"]], [["time=2000000000"]]]));
    expect(missing).toMatchObject({ error: "#N/A" });
    expect((missing as Failure).message).toMatch(/通信に失敗しました.*\/ The request failed/);
    const table = await settle(estatFn([["T2"]]));
    expect(table).toMatchObject({ error: "#N/A" });
  });

  it("needs no appId for cached tables and says where to set it otherwise", async () => {
    await thousandCells();
    storage.removeItem("sme-toolkit.settings");
    configure();
    estat.requests.length = 0;
    expect(await settle(estatValueFn([["T1"]], [[["cat01=001"]], [["area=00000"]]]))).toBe(expected(0));
    const none = await settle(estatFn([["T2"]]));
    expect(none).toMatchObject({ error: "#N/A" });
    expect((none as Failure).message).toMatch(/アプリケーションID.*設定.*\/ .*application ID/);
    expect(estat.requests).toHaveLength(0);
  });

  it("reports a rejected appId as #N/A with e-Stat's message and the hint", async () => {
    writeStoredSettings(storage, { appId: "invalid-key" });
    configure();
    const v = await settle(estatFn([["T2"]]));
    expect(v).toMatchObject({ error: "#N/A" });
    expect((v as Failure).message).toMatch(/STATUS 100/);
    expect((v as Failure).message).not.toMatch(/invalid-key/);
  });
});

describe("SME.ESTAT", () => {
  it("spills a header and rows: numbers as numbers, markers blank with their meaning", async () => {
    const m = (await settle(estatFn([["T1"]], [["cdCat01=001,002"]]))) as unknown[][];
    expect(m[0]).toEqual([
      "cat01_code",
      "産業",
      "area_code",
      "地域",
      "time_code",
      "時間軸（年次）",
      "unit",
      "value",
      "marker",
      "marker_meaning",
    ]);
    expect(m).toHaveLength(101);
    const marked = m.slice(1).find((r) => r[8] !== "");
    expect(marked?.[7]).toBe("");
    expect(marked?.[9]).not.toBe("");
    expect(m.slice(1).every((r) => typeof r[7] === "number" || r[7] === "")).toBe(true);
    expect(m.flat().includes(null as never)).toBe(false);
  });

  it("pivots wide with time across and blanks for marked cells", async () => {
    const m = (await settle(estatFn([["T2"]], null as never, [["wide"]], [["labels=code"]]))) as unknown[][];
    expect(m[0].slice(0, 2)).toEqual(["cat01_code", "unit"]);
    expect(m[0]).toHaveLength(2 + 20);
    expect(m).toHaveLength(4);
  });

  it("reads a two-column filter range and shares one download between identical formulas", async () => {
    const range = [
      ["cdCat01", "001"],
      ["cdTimeFrom", "2005000000"],
    ];
    const [a, b] = await Promise.all([settle(estatFn([["T2"]], range)), settle(estatFn([["T2"]], range))]);
    expect(a).toEqual(b);
    expect((a as unknown[][]).length).toBe(1 + 15);
    expect(tableFetches()).toBe(1);
  });

  it("rejects malformed filters with #VALUE! and a message, sending nothing", async () => {
    for (const bad of ["cdCat99=1", "foo=bar", "cdCat01", "cdCat01=A B", "lvArea=x"]) {
      const v = await settle(estatFn([["T2"]], [[bad]]));
      expect(v).toMatchObject({ error: "#VALUE!" });
      expect((v as Failure).message).toMatch(/\S+ \/ \S+/);
    }
    const huge = Array.from({ length: 5000 }, (_, i) => `C${i}`).join(",");
    const v = await settle(estatFn([["T2"]], [[`cdCat01=${huge};cdArea=${huge}`]]));
    expect((v as Failure).message).toMatch(/上限 20 回/);
    expect(estat.requests).toHaveLength(0);
  });

  it("stops the download when Excel cancels the only formula waiting for it", async () => {
    estat.setOptions({ latencyMs: 400 });
    try {
      const inv = invocationAt("Sheet1!A1");
      const p = settle(estatFn([["T2"]], null as never, null as never, null as never, inv as never));
      await new Promise((r) => setTimeout(r, 100));
      inv.onCanceled?.();
      expect(await p).toMatchObject({ error: "#N/A" });
      await new Promise((r) => setTimeout(r, 600));
      expect(dataRequests().length).toBe(1); // the count request only: no page was asked for
    } finally {
      estat.setOptions({ latencyMs: 0 });
    }
  });
});

describe("SME.OECD", () => {
  it("spills the series and serves it from the cache when the hourly budget is used up", async () => {
    configure({ oecdLimitPerHour: 1 });
    const first = (await settle(
      oecdFn([[FLOW]], [["JPN.A.G.PT_B1GQ.."]], [[2018]], [[2020]]),
    )) as unknown[][];
    expect(first[0]).toContain("value");
    expect(first.length).toBeGreaterThan(1);
    configure({ oecdLimitPerHour: 1, maxAgeMs: -1 }); // the copy counts as expired; the budget is spent
    const again = await settle(oecdFn([[FLOW]], [["JPN.A.G.PT_B1GQ.."]], [[2018]], [[2020]]));
    expect(again).toEqual(first);
    const other = await settle(oecdFn([[FLOW]], [["USA.A.G.PT_B1GQ.."]], [[2018]], [[2020]]));
    expect(other).toMatchObject({ error: "#N/A" });
    expect((other as Failure).message).toMatch(/OECD API の取得上限/);
    expect(oecd.requests).toHaveLength(1);
  });

  it("rejects a malformed dataflow or key with #VALUE!", async () => {
    expect(await settle(oecdFn([["nope"]], [["JPN"]]))).toMatchObject({ error: "#VALUE!" });
    expect(await settle(oecdFn([[FLOW]], [["JPN/USA"]]))).toMatchObject({ error: "#VALUE!" });
    expect(await settle(oecdFn([[FLOW]], [["JPN"]], [["last year"]]))).toMatchObject({ error: "#VALUE!" });
  });
});

describe("SME.INDICATOR and SME.INDICATORS", () => {
  it("work offline and without an appId", async () => {
    configure({ fetch: () => Promise.reject(new TypeError("offline")), storage: new MemoryLocalStorage() });
    const list = indicatorsFn([["最低賃金"]]);
    expect(list[0]).toEqual(["id", "title", "title_en", "unit", "from", "to", "status", "sources"]);
    const id = list[1][0] as string;
    const s = indicatorFn([[id]], [[2015]], [[2020]]);
    expect(s[0]).toEqual(["period", "value", "unit", "status"]);
    expect(s.slice(1).every((r) => typeof r[0] === "number" && r[0] >= 2015 && r[0] <= 2020)).toBe(true);
    expect(s.slice(1).every((r) => typeof r[1] === "number" || r[1] === "")).toBe(true);
    expect(() => indicatorFn([["no_such_series"]])).toThrow(expect.objectContaining({ code: "#N/A" }));
    expect(dataState().stats.fetches).toBe(0);
  });

  it('with language "ja" or "en" give the header and the status in words (issue 14)', () => {
    configure({ fetch: () => Promise.reject(new TypeError("offline")), storage: new MemoryLocalStorage() });
    const ja = indicatorFn([["minimum_wage_national_weighted_avg"]], [[2020]], [[2021]], [["ja"]]);
    expect(ja[0]).toEqual(["期間", "値", "単位", "状態"]);
    const words = ["公式確認済み", "公式概要で確認", "二次資料で確認", "仮定"];
    for (const row of ja.slice(1))
      expect(
        String(row[3])
          .split("・")
          .every((w) => words.includes(w)),
      ).toBe(true);
    const en = indicatorsFn([["最低賃金"]], [["en"]]);
    expect(en[0]).toEqual(["ID", "Title", "Title (English)", "Unit", "From", "To", "Status", "Sources"]);
    expect(String(en[1][6])).toMatch(/^(Verified|Checked|Assumption)/);
    expect(() => indicatorsFn([["最低賃金"]], [["de"]])).toThrow(
      expect.objectContaining({ code: "#VALUE!" }),
    );
  });
});

describe("SME.SOURCE", () => {
  it("names source, id, retrieval date and credit for a formula's cell or any cell of its spill", async () => {
    await settle(
      estatFn([["T2"]], null as never, null as never, null as never, invocationAt("Sheet1!B2") as never),
    );
    const text = (await settle(
      sourceFn([[0]], null as never, invocationAt("Sheet1!H1", ["Sheet1!D5"]) as never),
    )) as string[][];
    expect(text).toHaveLength(1);
    expect(text[0][0]).toMatch(/^出典: 政府統計の総合窓口\(e-Stat\)/);
    expect(text[0][0]).toMatch(/統計表ID T2/);
    expect(text[0][0]).toMatch(/\d{4}-\d{2}-\d{2} 取得/);
    expect(text[0][0]).toMatch(/サービスの内容は国によって保証されたものではありません/);
    const en = (await settle(
      sourceFn([[0]], [["en"]], invocationAt("Sheet1!H2", ["'Sheet1'!$B$2"]) as never),
    )) as string[][];
    expect(en[0][0]).toMatch(/^Source: e-Stat .*table ID T2.*retrieved \d{4}-/);
    const outside = await settle(
      sourceFn([[0]], null as never, invocationAt("Sheet1!H3", ["Sheet1!Z99"]) as never),
    );
    expect(outside).toMatchObject({ error: "#N/A" });
  });

  it("accepts a table, dataflow or series ID as text, also after a restart from the cache", async () => {
    await settle(estatFn([["T2"]]));
    configure();
    const byId = (await settle(sourceFn([["T2"]]))) as string[][];
    expect(byId[0][0]).toMatch(/統計表ID T2/);
    // A pack series by id: its official documents, one line each, never the pages they were checked on.
    const pack = (await settle(sourceFn([["minimum_wage_national_weighted_avg"]]))) as string[][];
    expect(pack.map((r) => r[0])).toEqual([
      expect.stringMatching(
        /^出典: 厚生労働省「地域別最低賃金の全国一覧」 全国加重平均額（2002–2024年度の値） https:\/\/www\.mhlw\.go\.jp\/.*（二次資料で確認）（内蔵データ 系列 minimum_wage_national_weighted_avg）$/,
      ),
      expect.stringMatching(/^出典: 厚生労働省「令和7年度 地域別最低賃金 答申状況」.*（2025年度の値）/),
      expect.stringMatching(
        /^出典: 厚生労働省「令和8年度 地域別最低賃金額 答申状況（別紙）」.*（2026年度の値）/,
      ),
    ]);
    expect(JSON.stringify(pack)).not.toMatch(/kanpura|5ch|github|j-roumu/);
  });

  it("cites only the official sources of the SME.INDICATOR rows its range shows, one line per source", async () => {
    // G1:J26 = header + FY2002..FY2026. Rows 2..24 (FY2002..2024) come from 地域別最低賃金の全国一覧,
    // row 25 (FY2025) from the 令和7年度 答申状況 release, row 26 (FY2026) from the 令和8年度 答申状況;
    // row 27 is outside the spill.
    indicatorFn(
      [["minimum_wage_national_weighted_avg"]],
      null as never,
      null as never,
      null as never,
      invocationAt("Sheet2!G1") as never,
    );
    const lines = async (address: string, lang?: string) =>
      (
        (await settle(
          sourceFn([[0]], lang ? [[lang]] : (null as never), invocationAt("Sheet2!A1", [address]) as never),
        )) as string[][]
      ).map((r) => r[0]);
    const whole = await lines("Sheet2!G1");
    expect(whole).toHaveLength(3);
    const last = await lines("Sheet2!H24:H25");
    expect(last).toEqual([
      expect.stringMatching(/^出典: 厚生労働省「地域別最低賃金の全国一覧」.*（2024年度の値）/),
      expect.stringMatching(/「令和7年度 地域別最低賃金 答申状況」.*（2025年度の値）/),
    ]);
    expect(await lines("Sheet2!H26")).toEqual([
      expect.stringMatching(
        /^出典: 厚生労働省「令和8年度 地域別最低賃金額 答申状況（別紙）」 全国加重平均額（2026年度の値） https:\/\/www\.mhlw\.go\.jp\/content\/11302000\/001745621\.pdf（二次資料で確認）/,
      ),
    ]);
    const early = await lines("Sheet2!G2:J4");
    expect(early).toEqual([
      expect.stringMatching(/「地域別最低賃金の全国一覧」 全国加重平均額（2002–2004年度の値）/),
    ]);
    expect(early.join()).not.toMatch(/令和7年度|newpage_63030/);
    expect(
      await settle(sourceFn([[0]], null as never, invocationAt("Sheet2!A2", ["Sheet2!H27"]) as never)),
    ).toMatchObject({
      error: "#N/A",
    });
    const en = await lines("Sheet2!H25", "en");
    expect(en).toEqual([
      expect.stringMatching(
        /^Source: 厚生労働省, “令和7年度 地域別最低賃金 答申状況”, 全国加重平均額 \(2025-09-05\) \(FY2025\) https:\/\/www\.mhlw\.go\.jp\/stf\/newpage_63030\.html \[checked in a secondary source\] \(bundled series minimum_wage_national_weighted_avg\)$/,
      ),
    ]);
  });

  it("names a computed pack figure's inputs' official sources, and a verified one without a status phrase", async () => {
    indicatorFn(
      [["gerd_pct_gdp_usa"]],
      null as never,
      null as never,
      null as never,
      invocationAt("Sheet3!A1") as never,
    );
    const text = (
      (await settle(
        sourceFn([[0]], null as never, invocationAt("Sheet3!F1", ["Sheet3!B2"]) as never),
      )) as string[][]
    ).map((r) => r[0]);
    expect(text).toEqual([
      "出典: OECD「Main Science and Technology Indicators, MSTI 2017/1 (summary highlights)」（2017-08）（2015年の値） http://www.oecd.org/innovation/inno/msti.htm（内蔵データ 系列 gerd_pct_gdp_usa）",
    ]);
  });
});
