// The SME.RDTAX* functions as Excel calls them (from source): matrices in, matrices or CustomFunctions.Error out.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { setClock } from "../../src/core/subsidy/asOf";
import { rdTaxCapFn, rdTaxCheckFn, rdTaxCreditFn, rdTaxRateFn } from "../../src/functions/rdtax";

const excelError = (code: string, message?: RegExp) =>
  expect.objectContaining({ code, ...(message ? { message: expect.stringMatching(message) } : {}) });
const c = (v: unknown) => [[v]] as any[][];

describe("SME.RDTAXRATE", () => {
  it("一般型, increase 12 %, FY 2024-04-01 → 0.115; 中小 → 0.12; aliases and full names", () => {
    expect(rdTaxRateFn(c("一般型"), c(0.12), c(null), c("2024-04-01"))).toEqual([[0.115]]);
    expect(rdTaxRateFn(c("general"), c("12%"), c(null), c("2024-04-01"))).toEqual([[0.115]]);
    expect(rdTaxRateFn(c("中小"), c(0.12), c(null), c("2024-04-01"))).toEqual([[0.12]]);
    expect(rdTaxRateFn(c("中小企業技術基盤強化税制"), c(0.2), c(null), c("2024-04-01"))).toEqual([[0.15]]);
  });
  it("spills over a column of increase ratios: −50 % floor 0.01, 0 → 0.085, 20 % → cap 0.14", () => {
    expect(rdTaxRateFn(c("一般"), [[-0.5], [0], [0.2]], c(null), c("2024-04-01"))).toEqual([
      [0.01],
      [0.085],
      [0.14],
    ]);
  });
  it('"なし" as the increase ratio is the 比較試験研究費 0 case: 一般 0.085, 中小 0.12', () => {
    expect(rdTaxRateFn(c("一般"), c("なし"), c(null), c("2024-04-01"))).toEqual([[0.085]]);
    expect(rdTaxRateFn(c("中小"), c("none"), c(null), c("2024-04-01"))).toEqual([[0.12]]);
    expect(rdTaxCapFn(c("一般"), c(1e9), c("なし"), c(null), c("2024-04-01"))).toEqual([[250_000_000]]);
  });
  it("takes the date serial Excel passes (45383 = 2024-04-01) and 試験研究費割合 14 % → 0.117", () => {
    expect(rdTaxRateFn(c("一般"), c(0.12), c(0.14), c(45383))).toEqual([[0.117]]);
  });
  it("#VALUE! names a bad scheme and a bad ratio; #N/A for a blank increase and a date outside every period", () => {
    expect(() => rdTaxRateFn(c("大企業"), c(0.12))).toThrow(excelError("#VALUE!", /制度「大企業」/));
    expect(() => rdTaxRateFn(c("一般"), c("たくさん"))).toThrow(excelError("#VALUE!", /increase_ratio/));
    expect(() => rdTaxRateFn(c("一般"), c(null))).toThrow(excelError("#N/A", /increase_ratio/));
    expect(() => rdTaxRateFn(c("一般"), c(0.1), c(null), c("2020-04-01"))).toThrow(
      excelError("#N/A", /2021-04-01〜2029-03-31/),
    );
    expect(() => rdTaxRateFn(c("一般"), c(0.1), c(null), c("来年"))).toThrow(
      excelError("#VALUE!", /事業年度開始日/),
    );
  });
  it("a blank fiscal_year_start uses the April-start year containing today", () => {
    setClock(() => Date.UTC(2025, 5, 1));
    try {
      expect(rdTaxRateFn(c("一般"), c(0.12))).toEqual([[0.115]]);
    } finally {
      setClock();
    }
  });
});

describe("SME.RDTAXCAP", () => {
  it("一般型 R5: tax 1,000,000,000 → 25 % blank ratios, 30 % at +12 %, 20 % at −12 %, 33 % with 試験研究費割合 14 %", () => {
    expect(rdTaxCapFn(c("一般"), c(1e9), c(null), c(null), c("2024-04-01"))).toEqual([[250_000_000]]);
    expect(rdTaxCapFn(c("一般"), c(1e9), [[0.12], [-0.12]], c(null), c("2024-04-01"))).toEqual([
      [300_000_000],
      [200_000_000],
    ]);
    expect(rdTaxCapFn(c("一般"), c(1e9), c(0.12), c(0.14), c("2024-04-01"))).toEqual([[330_000_000]]);
  });
  it("中小 R5: +10 % above a 12 % increase", () => {
    expect(rdTaxCapFn(c("sme"), c(1e9), c(0.13), c(null), c("2024-04-01"))).toEqual([[350_000_000]]);
  });
  it("#NUM! for a negative tax", () => {
    expect(() => rdTaxCapFn(c("一般"), c(-1), c(0), c(null), c("2024-04-01"))).toThrow(excelError("#NUM!"));
  });
});

describe("SME.RDTAXCREDIT", () => {
  it("min(112,000,000 × 11.5 %, cap) for taxes 1e9 and 1e7 → 12,880,000 and 3,000,000 (cap binds)", () => {
    expect(rdTaxCreditFn(c("一般"), c(112e6), c(100e6), [[1e9], [1e7]], c(null), c("2024-04-01"))).toEqual([
      [12_880_000],
      [3_000_000],
    ]);
  });
  it("a blank or 0 comparison is the 比較試験研究費 0 case (8.5 %)", () => {
    expect(rdTaxCreditFn(c("一般"), c(100e6), c(null), c(1e9), c(null), c("2024-04-01"))).toEqual([
      [8_500_000],
    ]);
    expect(rdTaxCreditFn(c("一般"), c(100e6), c(0), c(1e9), c(null), c("2024-04-01"))).toEqual([[8_500_000]]);
  });
  it("a comparison that is an average keeps its fraction: (100e6+100e6+100e6+1)/3 → increase just under 12 %", () => {
    // comparison 100,000,000.333… → increase 11.99999…% → 11.5 − tiny → 11.4 % after truncation
    expect(rdTaxCreditFn(c("一般"), c(112e6), c(300000001 / 3), c(1e9), c(null), c("2024-04-01"))).toEqual([
      [12_768_000],
    ]);
  });
  it("a bad cell in a range fails only its own row", () => {
    const out = rdTaxCreditFn(c("一般"), [[112e6], ["x"]], c(100e6), c(1e9), c(null), c("2024-04-01"));
    expect(out[0]).toEqual([12_880_000]);
    expect(out[1][0]).toEqual(excelError("#VALUE!", /rd_expenses/));
  });
});

describe("SME.RDTAXCHECK", () => {
  it("lists the period, the rate, the cap binding and the sources", () => {
    const rows = rdTaxCheckFn(c("一般"), c(112e6), c(100e6), c(1e7), c(null), c("2024-04-01"));
    const codes = rows.map((r) => r[0]);
    expect(codes).toEqual(
      expect.arrayContaining(["RDTAX_PERIOD", "RDTAX_RATE", "RDTAX_CAP", "RDTAX_CAP_BINDS", "RDTAX_CREDIT"]),
    );
    for (const r of rows) expect(r).toHaveLength(5);
    const period = rows.find((r) => r[0] === "RDTAX_PERIOD")!;
    expect(period[2]).toMatch(/令和5年法律第3号/);
    expect(period[3]).toMatch(/e-Gov.*第42条の4.*https:\/\/laws\.e-gov\.go\.jp/);
  });
  it("for 中小, warns that 中小企業者等 is not the 基本法 definition", () => {
    const rows = rdTaxCheckFn(c("中小"), c(112e6), c(100e6), c(1e9), c(null), c("2024-04-01"));
    const e = rows.find((r) => r[0] === "RDTAX_ELIGIBILITY")!;
    expect(e[1]).toBe("warning");
    expect(e[2]).toMatch(/基本法/);
    expect(e[3]).toMatch(/国税庁.*5444/);
  });
  it("with language en, severity and status are words and the message is English", () => {
    const rows = rdTaxCheckFn(c("一般"), c(112e6), c(100e6), c(1e7), c(null), c("2024-04-01"), c("en"));
    const binds = rows.find((r) => r[0] === "RDTAX_CAP_BINDS")!;
    expect(binds[1]).toBe("Warning");
    expect(binds[2]).toMatch(/exceeds the cap ¥3,000,000/);
    expect(binds[4]).toBe("Checked in secondary sources");
    expect(() => rdTaxCheckFn(c("一般"), c(1), c(1), c(1), c(null), c(null), c("fr"))).toThrow(
      excelError("#VALUE!"),
    );
  });
  it("refuses a range for a single-value argument", () => {
    expect(() => rdTaxCheckFn([["一般"], ["中小"]], c(1), c(1), c(1))).toThrow(excelError("#VALUE!"));
  });
});
