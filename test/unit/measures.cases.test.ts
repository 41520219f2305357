// The worked cases of ../shared/cases/subsidy-cases.json (ELIG-01, ELIG-02, MOF-01), run through the
// custom functions as a user would: one range call per case. The rows are copied here so the test runs
// without ../shared; when ../shared is present, the copy is checked against it so the two cannot drift.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  isDeemedLargeFn,
  isSmallFn,
  isSmeFn,
  laborProductivityFn,
  laborShareFn,
  personnelCostFn,
  sizeClassFn,
  smeClassFn,
  valueAddedFn,
  valueAddedOpFn,
} from "../../src/functions/measures";

const ELIG01 = {
  // id, industry, capital, employees, sme under 経営強化法 table, sme under 基本法
  sme: [
    ["a", "製造業", 500000000, 300, true, true],
    ["b", "製造業", 300000000, 1000, true, true],
    ["c", "製造業", 500000000, 301, false, false],
    ["d", "ゴム製品製造業(タイヤ・チューブ・工業用ベルト以外)", 500000000, 850, true, false],
    ["e", "自動車用タイヤ製造業", 500000000, 850, false, false],
    ["f", "旅館業", 100000000, 180, true, false],
    ["g", "ソフトウェア業", 200000000, 250, true, false],
    ["h", "小売業", 50000000, 80, true, true],
    ["i", "卸売業", 100000001, 101, false, false],
  ] as const,
  // id, industry, capital, employees, 小規模 under 基本法, under 小規模事業者支援法 (undefined: not stated)
  small: [
    ["j", "製造業", 10000000, 20, true, undefined],
    ["k", "小売業", 10000000, 6, false, undefined],
    ["l", "宿泊業", 10000000, 15, false, true],
  ] as const,
};

const MOF01 = {
  営業利益: 50000,
  支払利息等: 5000,
  役員給与: 20000,
  役員賞与: 2000,
  従業員給与: 150000,
  従業員賞与: 30000,
  福利厚生費: 28000,
  "動産・不動産賃借料": 15000,
  租税公課: 6000,
  従業員数: 40,
  資本金: 30000,
  size_class_boundary_rows: [9999.999, 10000, 99999, 100000, 999999, 1000000],
};

const col = <T>(xs: readonly T[]) => xs.map((x) => [x]);

describe("ELIG-01: 中小企業者 size test, capital OR employees, 政令 special industries", () => {
  const rows = ELIG01.sme;
  const args = [col(rows.map((r) => r[1])), col(rows.map((r) => r[2])), col(rows.map((r) => r[3]))] as const;

  it("matches the 経営強化法 (special table) column in one range call", () => {
    expect(isSmeFn(...args, [["経営強化法"]])).toEqual(col(rows.map((r) => r[4])));
  });

  it("matches the 基本法 column in one range call (basis omitted)", () => {
    expect(isSmeFn(...args)).toEqual(col(rows.map((r) => r[5])));
  });

  it("matches the 小規模企業者 rows j–l under 基本法 and row l under 小規模事業者支援法", () => {
    const s = ELIG01.small;
    expect(isSmallFn(col(s.map((r) => r[1])), col(s.map((r) => r[3])))).toEqual(col(s.map((r) => r[4])));
    expect(isSmallFn([["宿泊業"]], [[15]], [["小規模事業者支援法"]])).toEqual([[true]]);
    expect(smeClassFn(col(s.map((r) => r[1])), col(s.map((r) => r[2])), col(s.map((r) => r[3])))).toEqual([
      ["小規模企業者"],
      ["中小企業者"],
      ["中小企業者"],
    ]);
  });
});

describe("ELIG-02: みなし大企業, boundaries inclusive, exact fractions", () => {
  it("matches rows a–g with the shares typed as the case writes them", () => {
    const largest = [["60/100"], ["50/100"], ["35/100"], ["300/900"], ["40/100"], ["10/100"], [null]];
    const total = [["60/100"], ["50/100"], ["70/100"], ["600/900"], ["60/100"], ["10/100"], [null]];
    const officers = [["0/5"], ["0/5"], ["0/5"], ["0/5"], ["1/5"], ["3/5"], ["0/3"]];
    const parent = [[0], [0], [0], [0], [0], [0], [1]];
    expect(isDeemedLargeFn(largest, total, officers, parent)).toEqual(
      col([true, true, true, true, false, true, true]),
    );
  });
});

describe("MOF-01: 法人企業統計 measures (千円)", () => {
  const m = MOF01;
  const pc = () =>
    personnelCostFn([[m.役員給与]], [[m.役員賞与]], [[m.従業員給与]], [[m.従業員賞与]], [[m.福利厚生費]]);

  it("人件費 230,000; 付加価値額 301,000 both ways; 労働分配率 0.76412 (76.4%); 労働生産性 7,525", () => {
    expect(pc()).toEqual([[230000]]);
    const va = valueAddedFn(
      [[m.営業利益 - m.支払利息等]],
      pc(),
      [[m.支払利息等]],
      [[m["動産・不動産賃借料"]]],
      [[m.租税公課]],
    );
    expect(va).toEqual([[301000]]);
    expect(valueAddedOpFn([[m.営業利益]], pc(), [[m["動産・不動産賃借料"]]], [[m.租税公課]])).toEqual(va);
    const share = laborShareFn(pc(), va)[0][0] as number;
    expect(share).toBeCloseTo(0.76412, 5);
    expect(Math.round(share * 1000) / 10).toBe(76.4);
    expect(laborProductivityFn(va, [[m.従業員数]])).toEqual([[7525]]);
  });

  it("size classes: 資本金 30,000 千円 is 中規模企業, and the six boundary rows", () => {
    expect(sizeClassFn([[m.資本金]], [["千円"]])).toEqual([["中規模企業"]]);
    expect(sizeClassFn(col(m.size_class_boundary_rows), [["千円"]])).toEqual(
      col([
        "小規模企業",
        "中規模企業",
        "中規模企業",
        "対象外(1億円以上10億円未満)",
        "対象外(1億円以上10億円未満)",
        "大企業",
      ]),
    );
  });
});

const SHARED = join(__dirname, "../../../shared/cases/subsidy-cases.json");
(existsSync(SHARED) ? describe : describe.skip)("the copies above agree with ../shared/cases", () => {
  const cases = JSON.parse(readFileSync(SHARED, "utf8")) as {
    id: string;
    inputs: Record<string, unknown>;
    expected: Record<string, unknown>;
  }[];
  const byId = (id: string) => cases.find((c) => c.id === id)!;

  it("ELIG-01 rows and expectations", () => {
    const c = byId("ELIG-01");
    const inputs = c.inputs.rows as { id: string; industry: string; capital: number; employees: number }[];
    const expected = c.expected.rows as {
      id: string;
      sme_special_table?: boolean;
      sme_kihonho?: boolean;
      shokibo_kihonho?: boolean;
      shokibo_jizokuka?: boolean;
    }[];
    for (const r of ELIG01.sme) {
      const i = inputs.find((x) => x.id === r[0])!;
      const e = expected.find((x) => x.id === r[0])!;
      expect([i.industry, i.capital, i.employees, e.sme_special_table, e.sme_kihonho]).toEqual(r.slice(1));
    }
    for (const r of ELIG01.small) {
      const i = inputs.find((x) => x.id === r[0])!;
      const e = expected.find((x) => x.id === r[0])!;
      expect([i.industry, i.capital, i.employees, e.shokibo_kihonho, e.shokibo_jizokuka]).toEqual(r.slice(1));
    }
  });

  it("ELIG-02 expectations a–g", () => {
    const rows = byId("ELIG-02").expected.rows as { minashi: boolean }[];
    expect(rows.map((r) => r.minashi)).toEqual([true, true, true, true, false, true, true]);
  });

  it("MOF-01 inputs", () => {
    const inputs = byId("MOF-01").inputs;
    for (const [k, v] of Object.entries(MOF01)) expect({ k, v: inputs[k] }).toEqual({ k, v });
  });
});
