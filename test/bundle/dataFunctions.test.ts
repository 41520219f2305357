// The data formulas through the BUILT bundle (dist/, loaded in a vm context as Excel would load it) against
// the loopback e-Stat fake: batching, recalculation, restart with a persisted cache, refresh, server down.
// Build first: npx webpack --mode production
import { loadFunctionsBundle, type LoadedBundle } from "../support/loadFunctionsBundle";
import { generateStatsData, startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { MemoryLocalStorage } from "../unit/dataTestKit";

interface Hook {
  configure(c: Record<string, unknown>): void;
  refresh(): Promise<{ tables: number }>;
  stats(): { fetches: number };
}

const DIMS = [
  { id: "cat01", name: "産業", size: 20 },
  { id: "area", name: "地域", size: 50 },
  { id: "time", name: "時間軸（年次）", size: 1 },
];
const T1 = generateStatsData({ rows: 1000, id: "T1", dims: DIMS });
const FLOW = "OECD.STI.STP,DSD_MSTI@DF_MSTI";
let estat: EstatFake;
let oecd: OecdFake;
let storage: MemoryLocalStorage;
let recalcs: number;

beforeAll(async () => {
  estat = await startEstatFake();
  oecd = await startOecdFake();
  estat.setTable("T1", { rows: 1000, dims: DIMS });
  estat.setTable("T2", {
    rows: 40,
    dims: [
      { id: "cat01", name: "品目", size: 2 },
      { id: "time", name: "時間軸", size: 20 },
    ],
  });
});
afterAll(async () => {
  await estat.close();
  await oecd.close();
});
beforeEach(() => {
  storage = new MemoryLocalStorage();
  storage.setItem("sme-toolkit.settings", JSON.stringify({ appId: "bundle-app", proxyBaseUrl: "" }));
  recalcs = 0;
  estat.requests.length = 0;
  oecd.requests.length = 0;
});

/** A fresh load of dist/ (new module state), sharing `storage` as the add-in's local storage. */
function load(estatBaseUrl = estat.baseUrl): { bundle: LoadedBundle; hook: Hook } {
  const bundle = loadFunctionsBundle({ localStorage: storage });
  const hook = (bundle.context as unknown as { __SME_DATA_FUNCTIONS__: Hook }).__SME_DATA_FUNCTIONS__;
  hook.configure({
    estatBaseUrl,
    oecdBaseUrl: oecd.baseUrl,
    http: { timeoutMs: 3000, retries: 0, backoffBaseMs: 1, minIntervalMs: 0 },
    recalculate: () => {
      recalcs++;
    },
  });
  return { bundle, hook };
}

async function settle(bundle: LoadedBundle, p: unknown): Promise<unknown> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof bundle.cf.Error) return { error: e.code, message: e.message };
    throw e;
  }
}

function thousandCells(bundle: LoadedBundle): Promise<unknown[]> {
  const out: Promise<unknown>[] = [];
  for (let c = 0; c < 20; c++)
    for (let a = 0; a < 50; a++)
      out.push(
        settle(
          bundle,
          bundle.call(
            "ESTATVALUE",
            [["T1"]],
            [[[`cat01=${T1.codeOf(0, c)}`]], [[`area=${T1.codeOf(1, a)}`]]],
            { address: `Sheet1!A${c * 50 + a + 1}` },
          ),
        ),
      );
  return Promise.all(out);
}

const tableFetches = () =>
  estat.requests.filter((r) => r.path.endsWith("/getStatsData") && r.query.get("startPosition") === "1")
    .length;

function expectValues(out: unknown[]): void {
  out.forEach((v, i) => {
    const t = T1.valueText(i);
    if (/^[\d.]+$/.test(t)) expect(v).toBe(Number(t));
    else expect(v).toMatchObject({ error: "#N/A", message: expect.stringMatching(/記号「.+」/) });
  });
}

describe("data formulas in the built bundle", () => {
  it("registers every data formula id", () => {
    const { bundle } = load();
    for (const id of ["ESTAT", "ESTATVALUE", "OECD", "INDICATOR", "INDICATORS", "SOURCE"])
      expect(bundle.cf.registry.has(id)).toBe(true);
  });

  it("1,000 ESTATVALUE cells → one getStatsData; recalculation → none; restart → none; refresh → one per table", async () => {
    const { bundle, hook } = load();
    expectValues(await thousandCells(bundle));
    expect(tableFetches()).toBe(1);
    const spill = (await settle(
      bundle,
      bundle.call("ESTAT", [["T2"]], null, [["wide"]], null, { address: "Sheet2!A1" }),
    )) as unknown[][];
    expect(spill).toHaveLength(3);
    await settle(
      bundle,
      bundle.call("OECD", [[FLOW]], [["JPN.A.G.PT_B1GQ.."]], [[2018]], [[2020]], null, null, {}),
    );
    expect(oecd.requests).toHaveLength(1);

    estat.requests.length = 0;
    oecd.requests.length = 0;
    expectValues(await thousandCells(bundle));
    await settle(bundle, bundle.call("ESTAT", [["T2"]], null, [["wide"]], null, {}));
    expect(estat.requests).toHaveLength(0);

    const restarted = load();
    expectValues(await thousandCells(restarted.bundle));
    expect(
      await settle(restarted.bundle, restarted.bundle.call("ESTAT", [["T2"]], null, [["wide"]], null, {})),
    ).toEqual(spill);
    await settle(
      restarted.bundle,
      restarted.bundle.call("OECD", [[FLOW]], [["JPN.A.G.PT_B1GQ.."]], [[2018]], [[2020]], null, null, {}),
    );
    expect(estat.requests).toHaveLength(0);
    expect(oecd.requests).toHaveLength(0);
    expect(restarted.hook.stats().fetches).toBe(0);

    const r = await restarted.hook.refresh();
    expect(r.tables).toBe(3);
    expect(tableFetches()).toBe(2);
    expect(oecd.requests).toHaveLength(1);
    expect(recalcs).toBe(1);
    estat.requests.length = 0;
    expectValues(await thousandCells(restarted.bundle));
    expect(estat.requests).toHaveLength(0);
    void hook;
  });

  it("server down: cached values still answer, and uncached ones are #N/A with a message", async () => {
    const { bundle } = load();
    const before = await thousandCells(bundle);
    const down = load("http://127.0.0.1:9");
    down.hook.configure({ maxAgeMs: -1 }); // every copy counts as expired: each cell wants the network
    expect(await thousandCells(down.bundle)).toEqual(before);
    const missing = await settle(down.bundle, down.bundle.call("ESTAT", [["T2"]], null, null, null, {}));
    expect(missing).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/通信に失敗しました.* \/ The request failed/),
    });
    const value = await settle(
      down.bundle,
      down.bundle.call("ESTATVALUE", [["T2"]], [[["cat01=001"]], [["time=2000000000"]]], {}),
    );
    expect(value).toMatchObject({ error: "#N/A" });
  });

  it("INDICATOR works with no network and no appId", async () => {
    storage = new MemoryLocalStorage();
    const { bundle } = load("http://127.0.0.1:9");
    // the first call of a fresh load answers once the data-formula chunk has loaded (a Promise)
    const s = (await bundle.call(
      "INDICATOR",
      [["minimum_wage_national_weighted_avg"]],
      [[2020]],
      null,
      {},
    )) as unknown[][];
    expect(s[0]).toEqual(["period", "value", "unit", "status"]);
    expect(s.length).toBeGreaterThan(1);
  });

  it("INDICATOR extends to FY2026 and SOURCE cites only the official documents of the rows its range shows", async () => {
    storage = new MemoryLocalStorage();
    const { bundle } = load("http://127.0.0.1:9");
    const s = (await bundle.call("INDICATOR", [["minimum_wage_national_weighted_avg"]], [[2024]], null, {
      address: "Sheet5!A1",
    })) as unknown[][];
    expect(s).toEqual([
      ["period", "value", "unit", "status"],
      [2024, 1055, "円/時間", "secondary"],
      [2025, 1121, "円/時間", "secondary"],
      [2026, 1177, "円/時間", "secondary"],
    ]);
    const source = async (address: string) =>
      (
        (await settle(
          bundle,
          bundle.call("SOURCE", [[0]], null, { address: "Sheet5!F1", parameterAddresses: [address] }),
        )) as string[][]
      ).map((r) => r[0]);
    const fy2025 = await source("Sheet5!B3");
    expect(fy2025).toEqual([
      "出典: 厚生労働省「令和7年度 地域別最低賃金 答申状況」 全国加重平均額（2025-09-05）（2025年度の値） https://www.mhlw.go.jp/stf/newpage_63030.html（二次資料で確認）（内蔵データ 系列 minimum_wage_national_weighted_avg）",
    ]);
    expect(await source("Sheet5!B4")).toEqual([
      "出典: 厚生労働省「令和8年度 地域別最低賃金額 答申状況（別紙）」 全国加重平均額（2026年度の値） https://www.mhlw.go.jp/content/11302000/001745621.pdf（二次資料で確認）（内蔵データ 系列 minimum_wage_national_weighted_avg）",
    ]);
    const both = await source("Sheet5!A1");
    expect(both).toHaveLength(3);
    expect(both[0]).toMatch(/^出典: 厚生労働省「地域別最低賃金の全国一覧」 全国加重平均額（2024年度の値）/);
    expect(JSON.stringify([fy2025, both])).not.toMatch(/j-roumu|kanpura|hope-sr|m-c-w/);
    const list = bundle.call("INDICATORS", [["minimum_wage_national_weighted_avg"]]) as unknown[][];
    expect(String(list[1][7])).toMatch(/^厚生労働省「地域別最低賃金の全国一覧」/);
  });
});
