import fc from "fast-check";
import { setClock } from "../subsidy/asOf";
import { computeRdTax, type RdTaxInput } from "./rdtax";
import { q, toNumber } from "./q";
import { RDTAX_PERIODS } from "./periods";

const M = 1_000_000;
function run(over: Partial<RdTaxInput> & { comp?: number; sales?: number | null }) {
  const { comp = 100 * M, sales = null, ...rest } = over;
  return computeRdTax({
    scheme: "general",
    rdExpenses: 112 * M,
    comparison: q(comp),
    corporateTax: 1000 * M,
    averageSales: sales === null ? null : q(sales),
    fiscalYearStart: "2024-04-01",
    ...rest,
  });
}
const pct = (x: { n: bigint; d: bigint }) => Math.round(toNumber(x) * 1e6) / 1e4;
const codes = (r: ReturnType<typeof run>) => r.findings.map((f) => f.code);

describe("一般型, FY starting 2023-04-01 … 2026-03-31 (令和5年度改正)", () => {
  it("increase exactly 12 % → 11.5 %; cap 25 % + (12 % − 4 %) × 0.625 = 30 % → credit 112,000,000 × 0.115 = 12,880,000", () => {
    const r = run({});
    expect(pct(r.rate)).toBe(11.5);
    expect(pct(r.capRate)).toBe(30);
    expect(r.cap).toBe(300 * M);
    expect(r.credit).toBe(12_880_000);
  });
  it("increase 0 % → 11.5 − 12 × 0.25 = 8.5 %; cap 25 % (within ±4 %)", () => {
    const r = run({ rdExpenses: 100 * M });
    expect(pct(r.rate)).toBe(8.5);
    expect(pct(r.capRate)).toBe(25);
    expect(r.credit).toBe(8_500_000);
  });
  it("increase −50 % → 11.5 − 62 × 0.25 = −4 % → floor 1 %; cap 25 − min(46 × 0.625, 5) = 20 %", () => {
    const r = run({ rdExpenses: 50 * M });
    expect(pct(r.rate)).toBe(1);
    expect(pct(r.capRate)).toBe(20);
    expect(r.credit).toBe(500_000);
    expect(codes(r)).toContain("RDTAX_RATE_FLOOR");
  });
  it("increase exactly −4 % → no cap reduction (25 %); −12 % → 25 − 8 × 0.625 = 20 %", () => {
    expect(pct(run({ rdExpenses: 96 * M }).capRate)).toBe(25);
    expect(pct(run({ rdExpenses: 88 * M }).capRate)).toBe(20);
  });
  it("increase exactly 4 % → cap 25 %; 8 % → 25 + 4 × 0.625 = 27.5 %", () => {
    expect(pct(run({ rdExpenses: 104 * M }).capRate)).toBe(25);
    expect(pct(run({ rdExpenses: 108 * M }).capRate)).toBe(27.5);
  });
  it("increase 20 % → 11.5 + 8 × 0.375 = 14.5 % → the 特例 cap 14 %", () => {
    const r = run({ rdExpenses: 120 * M });
    expect(pct(r.rate)).toBe(14);
    expect(codes(r)).toEqual(expect.arrayContaining(["RDTAX_RATE_CAP", "RDTAX_INCREASE_SPECIAL"]));
  });
  it("truncation: increase 37/300 = 12.333…% → 11.5 + 0.333… × 0.375 = 11.625 % → 0.116 (小数点以下三位未満切捨て)", () => {
    const r = run({ rdExpenses: 337 * M, comp: 300 * M });
    expect(pct(r.rate)).toBe(11.6);
    expect(r.limit).toBe(39_092_000);
  });
  it("比較試験研究費 0 → 8.5 %, no variable cap (25 %)", () => {
    const r = run({ comp: 0 });
    expect(pct(r.rate)).toBe(8.5);
    expect(pct(r.capRate)).toBe(25);
    expect(r.increase).toBeNull();
    expect(codes(r)).toContain("RDTAX_ZERO_COMPARISON");
  });
  it("試験研究費割合 exactly 10 % → no 割増: 11.5 %, cap 30 %", () => {
    const r = run({ sales: 1120 * M });
    expect(pct(r.rate)).toBe(11.5);
    expect(pct(r.capRate)).toBe(30);
  });
  it("試験研究費割合 14 % → 11.5 × (1 + 4 × 0.5 %) = 11.73 % → 11.7 %; cap 25 + max(5, 4 × 2 = 8) = 33 %", () => {
    const r = run({ sales: 800 * M });
    expect(pct(r.rate)).toBe(11.7);
    expect(pct(r.capRate)).toBe(33);
    expect(codes(r)).toContain("RDTAX_INTENSITY_BONUS");
  });
  it("a year with 試験研究費割合 > 10 % is not reduced by a fall: increase −50 %, 割合 12.5 % → cap 25 + 5 = 30 %", () => {
    const r = run({ rdExpenses: 50 * M, sales: 400 * M });
    expect(pct(r.capRate)).toBe(30);
  });
  it("cap binds: tax 10,000,000 × 30 % = 3,000,000 < 12,880,000 → credit 3,000,000", () => {
    const r = run({ corporateTax: 10 * M });
    expect(r.cap).toBe(3 * M);
    expect(r.credit).toBe(3 * M);
    expect(codes(r)).toContain("RDTAX_CAP_BINDS");
  });
  it("corporate tax 0 → credit 0", () => {
    const r = run({ corporateTax: 0 });
    expect(r.credit).toBe(0);
    expect(codes(r)).toContain("RDTAX_NO_TAX");
  });
});

describe("中小企業技術基盤強化税制, 令和5年度改正", () => {
  const sme = (o: Parameters<typeof run>[0]) => run({ scheme: "sme", ...o });
  it("increase exactly 12 % → 12 %, cap 25 %", () => {
    const r = sme({});
    expect(pct(r.rate)).toBe(12);
    expect(pct(r.capRate)).toBe(25);
    expect(r.credit).toBe(13_440_000);
  });
  it("increase 20 % → 12 + 8 × 0.375 = 15 %; cap 25 + 10 = 35 %", () => {
    const r = sme({ rdExpenses: 120 * M });
    expect(pct(r.rate)).toBe(15);
    expect(pct(r.capRate)).toBe(35);
  });
  it("increase 30 % → 12 + 18 × 0.375 = 18.75 % → cap 17 %", () => {
    expect(pct(sme({ rdExpenses: 130 * M }).rate)).toBe(17);
  });
  it("a fall does not lower the rate below 12 % (no floor curve)", () => {
    expect(pct(sme({ rdExpenses: 50 * M }).rate)).toBe(12);
    expect(pct(sme({ rdExpenses: 50 * M }).capRate)).toBe(25);
  });
  it("比較試験研究費 0 → 12 %, cap 25 %", () => {
    const r = sme({ comp: 0 });
    expect(pct(r.rate)).toBe(12);
    expect(pct(r.capRate)).toBe(25);
  });
  it("試験研究費割合 12.5 % at increase 0 % → 12 × (1 + 2.5 × 0.5 %) = 12.15 % → 12.1 %; cap 25 + 2.5 × 2 = 30 %", () => {
    const r = sme({ rdExpenses: 100 * M, sales: 800 * M });
    expect(pct(r.rate)).toBe(12.1);
    expect(pct(r.capRate)).toBe(30);
  });
  it("says 中小企業者等 is the tax law's definition, not the 基本法's", () => {
    const f = sme({}).findings.find((x) => x.code === "RDTAX_ELIGIBILITY")!;
    expect(f.messageJa).toMatch(/中小企業基本法の定義ではありません/);
    expect(f.messageJa).toMatch(/15億円/);
    expect(f.status).toBe("official-summary");
  });
});

describe("period boundaries by 事業年度開始日", () => {
  it("FY starting 2023-03-31 uses 令和3年度改正: 10.145 + (12 − 9.4) × 0.35 = 11.055 % → 11.0 %; 2023-04-01 uses 11.5 %", () => {
    expect(pct(run({ fiscalYearStart: "2023-03-31" }).rate)).toBe(11);
    expect(run({ fiscalYearStart: "2023-03-31" }).period.id).toBe("R3");
    expect(pct(run({ fiscalYearStart: "2023-04-01" }).rate)).toBe(11.5);
    expect(run({ fiscalYearStart: "2023-04-01" }).period.id).toBe("R5");
  });
  it("令和3年度 一般型: increase 0 % → 10.145 − 9.4 × 0.175 = 8.5 % ; −100 % → floor 2 %; cap 25 % (no variable cap)", () => {
    expect(pct(run({ fiscalYearStart: "2022-04-01", rdExpenses: 100 * M }).rate)).toBe(8.5);
    expect(pct(run({ fiscalYearStart: "2022-04-01", rdExpenses: 0 }).rate)).toBe(2);
    expect(pct(run({ fiscalYearStart: "2022-04-01" }).capRate)).toBe(25);
  });
  it("令和3年度 中小: increase 12 % → 12 + 2.6 × 0.35 = 12.91 % → 12.9 %; cap 25 + 10 = 35 %", () => {
    const r = run({ fiscalYearStart: "2022-04-01", scheme: "sme" });
    expect(pct(r.rate)).toBe(12.9);
    expect(pct(r.capRate)).toBe(35);
  });
  it("FY starting 2026-03-31 is 令和5年度改正; 2026-04-01 is the 令和8年度 period, flagged as an assumption", () => {
    expect(run({ fiscalYearStart: "2026-03-31" }).period.id).toBe("R5");
    const r8 = run({ fiscalYearStart: "2026-04-01" });
    expect(r8.period.id).toBe("R8");
    expect(pct(r8.rate)).toBe(11.5);
    expect(codes(r8)).toContain("RDTAX_PERIOD_ASSUMED");
    expect(codes(run({ fiscalYearStart: "2026-03-31" }))).not.toContain("RDTAX_PERIOD_ASSUMED");
  });
  it("a FY starting before 2021-04-01 or after 2029-03-31 is #N/A naming the covered range", () => {
    for (const d of ["2021-03-31", "2029-04-01"]) {
      expect(() => run({ fiscalYearStart: d })).toThrow(
        expect.objectContaining({ code: "RDTAX_PERIOD_UNKNOWN", kind: "notAvailable" }),
      );
    }
  });
  it("a blank FY start is the April-start year containing today (2026-12-07 → 2026-04-01), said in a finding", () => {
    setClock(() => Date.UTC(2026, 11, 7, 3));
    try {
      const r = run({ fiscalYearStart: null });
      expect(r.fiscalYearStart).toBe("2026-04-01");
      expect(codes(r)).toContain("RDTAX_FY_DEFAULTED");
      setClock(() => Date.UTC(2026, 2, 1));
      expect(run({ fiscalYearStart: null }).fiscalYearStart).toBe("2025-04-01");
    } finally {
      setClock();
    }
  });
});

describe("properties", () => {
  const input = fc.record({
    scheme: fc.constantFrom<"general" | "sme">("general", "sme"),
    rd: fc.integer({ min: 0, max: 5e10 }),
    comp: fc.integer({ min: 0, max: 5e10 }),
    tax: fc.integer({ min: 0, max: 1e11 }),
    sales: fc.option(fc.integer({ min: 1, max: 1e12 })),
    fy: fc.constantFrom(...RDTAX_PERIODS.flatMap((p) => [p.fiscalYearStart.from, p.fiscalYearStart.to])),
  });
  const calc = (i: {
    scheme: "general" | "sme";
    rd: number;
    comp: number;
    tax: number;
    sales: number | null;
    fy: string;
  }) =>
    computeRdTax({
      scheme: i.scheme,
      rdExpenses: i.rd,
      comparison: q(i.comp),
      corporateTax: i.tax,
      averageSales: i.sales === null ? null : q(i.sales),
      fiscalYearStart: i.fy,
    });
  it("0 ≤ credit ≤ cap and credit ≤ rd × the period's highest rate", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = calc(i);
        const s = i.scheme === "general" ? r.period.general : r.period.sme;
        const maxRate = s.rate.cap.value[0] / s.rate.cap.value[1];
        expect(r.credit).toBeGreaterThanOrEqual(0);
        expect(r.credit).toBeLessThanOrEqual(r.cap);
        expect(r.credit).toBeLessThanOrEqual(Math.floor(i.rd * maxRate) + 1e-6 * i.rd);
        expect(Number.isInteger(r.credit)).toBe(true);
      }),
    );
  });
  it("the credit does not fall when rd_expenses rise (comparison, tax and sales fixed)", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 5e10 }), (i, extra) => {
        expect(calc({ ...i, rd: i.rd + extra }).credit).toBeGreaterThanOrEqual(calc(i).credit);
      }),
    );
  });
});
