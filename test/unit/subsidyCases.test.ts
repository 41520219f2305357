// Every subsidy case of ../shared/cases/subsidy-cases.json, through the pure engine and through the
// custom functions (with the CustomFunctions shim of test/support). ELIG-* and MOF-* belong to
// src/core/measures (issue 4) and are tested there.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeGoTech, computeGrant, grantTerms, type GoTechInput } from "../../src/core/subsidy";
import { rateToString } from "../../src/core/money";
import {
  goTechCheckFn,
  goTechFn,
  grantCapFn,
  grantCheckFn,
  grantFn,
  grantRateFn,
} from "../../src/functions/subsidy";

/* eslint-disable @typescript-eslint/no-explicit-any -- the case file is free-form JSON */
const CASES_PATH = join(__dirname, "../../../shared/cases/subsidy-cases.json");
const cases: any[] = JSON.parse(readFileSync(CASES_PATH, "utf8"));
const byId = new Map(cases.map((c) => [c.id, c]));
const NOT_SUBSIDY = ["ELIG-01", "ELIG-02", "MOF-01"];

type P = { type: string; eligible_cost_by_year: number[]; taxable_income_3y?: number[] };

// The Go-Tech cases are about R6/R7 (the 出資獲得枠 is not offered from R8 on): pinned to R7, whose rules
// are the same as R6's.
const GOTECH_ROUND = "R7";
/** Findings about the round's 公募期間 (ROUND_CLOSED as of today) are not part of the cases. */
const notRound = (code: string) => !code.startsWith("ROUND_");

function engineInput(frame: string, participants: P[], investment?: number): GoTechInput {
  return {
    frame,
    round: GOTECH_ROUND,
    participants: participants.map((p) => ({
      type: p.type,
      costs: p.eligible_cost_by_year,
      taxableIncome: p.taxable_income_3y ?? null,
    })),
    plannedInvestment: investment ?? null,
  };
}

/** The worksheet form of the same consortium: types n×1, costs n×Y, taxable income n×3. */
function sheetArgs(frame: string, participants: P[], investment?: number): any[][][] {
  return [
    [[frame]],
    participants.map((p) => [p.type]),
    participants.map((p) => p.eligible_cost_by_year),
    participants.map((p) => (p.taxable_income_3y ?? [null, null, null]) as any[]),
    [[investment ?? null]],
    [[GOTECH_ROUND]],
  ];
}

function codes(rows: any[][]): string[] {
  return rows.map((r) => r[0]).filter(notRound);
}

describe("subsidy cases file", () => {
  it("is covered completely by this test (no subsidy case left untested)", () => {
    const tested = [
      "GT-01",
      "GT-02",
      "GT-03",
      "GT-04",
      "GT-05",
      "GT-06",
      "MONO-01",
      "JIZOKU-01",
      "SHORYOKU-01",
    ];
    expect(
      cases
        .map((c) => c.id)
        .filter((id) => !NOT_SUBSIDY.includes(id))
        .sort(),
    ).toEqual(tested.sort());
  });
});

describe.each(["GT-01", "GT-02", "GT-03", "GT-04", "GT-05"])("Go-Tech case %s", (id) => {
  const c = byId.get(id);
  const inv = c.inputs.planned_fund_investment as number | undefined;
  const expected = c.expected;

  it("gives the expected subsidy per year and total in the engine", () => {
    const r = computeGoTech(engineInput(c.inputs.frame, c.inputs.participants, inv));
    const byYear = expected.subsidy_by_year ?? expected.consortium_by_year;
    expect(r.byYear).toEqual(byYear);
    expect(r.total).toBe(expected.subsidy_total);
    if (expected.uncapped_by_year) expect(r.uncappedByYear).toEqual(expected.uncapped_by_year);
    if (expected.self_burden_total) expect(r.selfBurden).toBe(expected.self_burden_total);
    if (expected.per_year_cap) expect(r.caps.perYear).toBe(expected.per_year_cap);
    if (expected.total_cap) expect(r.caps.effectiveTotal).toBe(expected.total_cap);
    if (expected.rate_sme) expect(rateToString(r.participants[0].rate)).toBe(expected.rate_sme);
    const binding = r.findings.map((f) => f.code);
    const capBinding: string = expected.cap_binding;
    if (capBinding === "none") expect(binding).not.toEqual(expect.arrayContaining(["TOTAL_CAP_BINDING"]));
    if (capBinding.endsWith("合計")) expect(binding).toContain("TOTAL_CAP_BINDING");
    if (capBinding === "2x investment") expect(binding).toContain("INVESTMENT_CAP_BINDING");
  });

  it("gives the same row through SME.GOTECH and the findings through SME.GOTECHCHECK", () => {
    const args = sheetArgs(c.inputs.frame, c.inputs.participants, inv);
    const byYear = expected.subsidy_by_year ?? expected.consortium_by_year;
    expect((goTechFn as any)(...args)).toEqual([[...byYear, expected.subsidy_total]]);
    const rows = (goTechCheckFn as any)(...args) as any[][];
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(codes(rows)).not.toContain("SME_SHARE_BELOW_2_3");
    expect(codes(rows)).not.toContain("UNIV_FIXED_CAP_EXCEEDED");
    if (expected.cap_binding === "2x investment") expect(codes(rows)).toContain("INVESTMENT_CAP_BINDING");
  });
});

describe("Go-Tech case GT-02 boundary", () => {
  it("keeps 2/3 at exactly 15億円 (超 is strictly greater) and reports 1/2 above it", () => {
    const c = byId.get("GT-02");
    const p = c.inputs.participants[0];
    const at = computeGoTech(
      engineInput("通常枠", [{ ...p, taxable_income_3y: c.inputs.boundary_variant.taxable_income_3y }]),
    );
    expect(rateToString(at.participants[0].rate)).toBe(c.expected.boundary_variant.rate_sme);
    const above = computeGoTech(engineInput("通常枠", [p]));
    expect(above.findings.map((f) => f.code)).toContain("RATE_HALF_TAXABLE_INCOME");
    // the three-year average given as one column gives the same result
    const avg = computeGoTech(
      engineInput("通常枠", [{ ...p, taxable_income_3y: [c.expected.avg_taxable_income] }]),
    );
    expect(avg.byYear).toEqual(c.expected.subsidy_by_year);
  });
});

describe("Go-Tech case GT-05 checks", () => {
  it("passes the SME share and the 1/6 university check, with the documented shares", () => {
    const c = byId.get("GT-05");
    const r = computeGoTech(engineInput("通常枠", c.inputs.participants));
    expect(r.participants[0].amounts).toEqual(c.expected.sme_subsidy_by_year);
    expect(r.participants[1].amounts).toEqual(c.expected.univ_subsidy_by_year);
    expect(r.findings.map((f) => f.code).filter(notRound)).toEqual([]);
    const rows = (goTechCheckFn as any)(...sheetArgs("通常枠", c.inputs.participants)) as any[][];
    expect(rows.filter((row) => notRound(row[0]) && row[0] !== "OK")).toEqual([]);
    expect(rows.every((row) => row[1] === "info")).toBe(true);
  });
});

describe("Go-Tech case GT-06 structure checks", () => {
  const c = byId.get("GT-06");

  it("variant a: SME share exactly 2/3 passes, university 定額 over 1/6 is flagged (amount not recomputed)", () => {
    const r = computeGoTech(engineInput("通常枠", c.inputs.variant_a.participants));
    const e = c.expected.variant_a;
    expect(r.smeTotal).toBe(e.sme_total);
    expect(r.universityTotal).toBe(e.univ_total_uncapped);
    expect(r.total).toBe(e.total_uncapped);
    const found = r.findings.map((f) => f.code);
    expect(found).toContain(e.flag);
    expect(found).not.toContain("SME_SHARE_BELOW_2_3");
    const univ = r.findings.find((f) => f.code === "UNIV_FIXED_CAP_EXCEEDED")!;
    expect(univ.messageJa).toContain("15,000,000");
    expect(univ.status).toBe("secondary");
    expect(codes((goTechCheckFn as any)(...sheetArgs("通常枠", c.inputs.variant_a.participants)))).toContain(
      e.flag,
    );
  });

  it("variant b: SME share 5/8 fails", () => {
    const r = computeGoTech(engineInput("通常枠", c.inputs.variant_b.participants));
    expect(r.total).toBe(c.expected.variant_b.total_uncapped);
    expect(r.findings.map((f) => f.code)).toContain(c.expected.variant_b.flag);
    expect(codes((goTechCheckFn as any)(...sheetArgs("通常枠", c.inputs.variant_b.participants)))).toContain(
      "SME_SHARE_BELOW_2_3",
    );
  });
});

const rate = (s: string) => {
  const [n, d] = s.split("/").map(Number);
  return n / d;
};

describe("ものづくり case MONO-01", () => {
  const c = byId.get("MONO-01");
  const program = "MONO-19:高付加価値化枠";
  const main = c.inputs.main;
  const variants: [
    string,
    { industry: string; employees: number; eligible_cost_ex_tax: number },
    string[],
    any,
  ][] = [
    ["main", main, [], c.expected.main],
    ["大幅賃上げ特例", main, ["大幅賃上げ特例"], c.expected.variant_wage_special],
    ["小規模", { ...main, ...c.inputs.variant_small }, [], c.expected.variant_small],
    ["below the minimum", { ...main, ...c.inputs.variant_floor }, [], c.expected.variant_floor],
  ];

  it.each(variants)("%s: engine and functions agree with the case", (_name, input, flags, exp) => {
    const g = computeGrant(program, {
      eligibleCost: input.eligible_cost_ex_tax,
      employees: input.employees,
      industry: input.industry,
      flags,
    });
    expect(g.grant).toBe(exp.subsidy);
    if (exp.cap) expect(g.cap).toBe(exp.cap);
    if (exp.uncapped) expect(g.uncapped).toBe(exp.uncapped);
    if (exp.rate) expect(rateToString(g.rate)).toBe(exp.rate);
    if (exp.is_shokibo !== undefined) expect(g.flags.includes("小規模")).toBe(exp.is_shokibo);
    if (exp.flag) expect(g.findings.map((f) => f.code)).toContain("BELOW_MINIMUM");
    const args = [
      [[program]],
      [[input.eligible_cost_ex_tax]],
      [[input.employees]],
      [[input.industry]],
      [[flags.join("、")]],
    ];
    expect((grantFn as any)(...args)).toEqual([[exp.subsidy]]);
    if (exp.cap) expect((grantCapFn as any)(args[0], args[2], args[3], args[4])).toEqual([[exp.cap]]);
    if (exp.rate)
      expect((grantRateFn as any)(args[0], args[2], args[3], args[4])).toEqual([[rate(exp.rate)]]);
    if (exp.flag) expect(codes((grantCheckFn as any)(...args))).toContain("BELOW_MINIMUM");
  });
});

describe("持続化 case JIZOKU-01", () => {
  const c = byId.get("JIZOKU-01");
  const { industry, employees } = c.inputs.business;

  it.each(c.inputs.rows.map((r: any) => [r.id, r]) as [string, any][])(
    "row %s: engine and functions agree with the case",
    (id, row) => {
      const exp = c.expected.rows.find((r: any) => r.id === id);
      const flags = [
        row.invoice_special ? "インボイス特例" : "",
        row.wage_special ? "賃金引上げ特例" : "",
        row.deficit ? "赤字" : "",
      ].filter(Boolean);
      for (const program of ["JIZOKU-18:通常枠", "JIZOKU-17:通常枠"]) {
        const g = computeGrant(program, { eligibleCost: row.eligible_cost, employees, industry, flags });
        expect(g.eligible).toBe(c.expected.is_shokibo);
        expect({ grant: g.grant, cap: g.cap, rate: rateToString(g.rate) }).toEqual({
          grant: exp.subsidy,
          cap: exp.cap,
          rate: exp.rate,
        });
        // flags as a range of texts this time
        const flagRange = flags.length ? flags.map((f) => [f]) : [[null]];
        expect(
          (grantFn as any)([[program]], [[row.eligible_cost]], [[employees]], [[industry]], flagRange),
        ).toEqual([[exp.subsidy]]);
        expect((grantCapFn as any)([[program]], [[employees]], [[industry]], flagRange)).toEqual([[exp.cap]]);
        expect((grantRateFn as any)([[program]], [[employees]], [[industry]], flagRange)).toEqual([
          [rate(exp.rate)],
        ]);
      }
    },
  );
});

describe("省力化 case SHORYOKU-01", () => {
  const c = byId.get("SHORYOKU-01");

  it.each(c.inputs.rows.map((r: any) => [r.id, r]) as [string, any][])(
    "row %s: engine and functions agree with the case",
    (id, row) => {
      const exp = c.expected.rows.find((r: any) => r.id === id);
      // 「size: 小規模」 is given as the flag; the industry is not in the case.
      const flags = row.size === "小規模" ? ["小規模"] : [];
      const input = {
        eligibleCost: row.eligible_cost,
        employees: row.employees,
        industry: row.size === "小規模" ? null : "製造業",
        flags,
      };
      // The case is about the 2025 rounds (1,500万円 tier): pinned to round 4.
      const g = computeGrant("SHORYOKU-4:一般型", input);
      expect({ grant: g.grant, cap: g.cap, rate: rateToString(g.rate) }).toEqual({
        grant: exp.subsidy,
        cap: exp.cap,
        rate: exp.base_rate,
      });
      expect(grantTerms("省力化投資補助金 一般型 第4回", input).cap).toBe(exp.cap);
      const args = [
        [["SHORYOKU-4:一般型"]],
        [[row.eligible_cost]],
        [[row.employees]],
        [[input.industry]],
        [[flags.join(",")]],
      ];
      expect((grantFn as any)(...args)).toEqual([[exp.subsidy]]);
    },
  );
});
