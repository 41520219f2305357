// The three rule corrections of issue 11 (../shared/domain/subsidy-rules.md, 2026-12 corrections).
import { rateToNumber } from "../money";
import { computeGrant, grantTerms } from "./grant";

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe("省力化 一般型 (SHORYOKU-4): 大幅賃上げ特例 raises the cap only; 2/3 needs 最低賃金引上げ特例", () => {
  const base = { eligibleCost: 60_000_000, employees: 60, industry: "製造業" };

  it("keeps 1/2 (1/3 above a 1,500万円 subsidy) with 大幅賃上げ特例: 25,000,000 under the raised cap", () => {
    const r = computeGrant("SHORYOKU-4:一般型", { ...base, flags: ["大幅賃上げ特例"] });
    expect(rateToNumber(r.rate)).toBe(0.5);
    expect(r.cap).toBe(65_000_000);
    expect(r.grant).toBe(25_000_000);
  });

  it("gives 2/3 (1/3 above 1,500万円) with 最低賃金特例: 27,500,000", () => {
    const r = computeGrant("SHORYOKU-4:一般型", { ...base, flags: ["最低賃金特例"] });
    expect(rateToNumber(r.rate)).toBeCloseTo(2 / 3);
    expect(r.cap).toBe(50_000_000);
    expect(r.grant).toBe(27_500_000);
    expect(codes(r)).not.toContain("FLAG_NOT_APPLICABLE");
  });

  it("accepts the 公募要領 spelling 最低賃金引上げ特例", () => {
    const r = grantTerms("SHORYOKU-4:一般型", {
      employees: 60,
      industry: "製造業",
      flags: ["最低賃金引上げ特例"],
    });
    expect(rateToNumber(r.rate!)).toBeCloseTo(2 / 3);
  });
});

describe("ものづくり グローバル枠: 2/3 for 小規模 and 最低賃金引上げ特例 only", () => {
  it("keeps a 再生事業者 at 1/2", () => {
    const r = grantTerms("MONO-19:グローバル枠", {
      employees: 60,
      industry: "製造業",
      flags: ["再生事業者"],
    });
    expect(rateToNumber(r.rate!)).toBe(0.5);
  });

  it("gives 2/3 to 小規模 and to 最低賃金特例", () => {
    expect(
      rateToNumber(grantTerms("MONO-19:グローバル枠", { employees: 10, industry: "製造業" }).rate!),
    ).toBeCloseTo(2 / 3);
    const r = grantTerms("MONO-19:グローバル枠", {
      employees: 60,
      industry: "製造業",
      flags: ["最低賃金特例"],
    });
    expect(rateToNumber(r.rate!)).toBeCloseTo(2 / 3);
  });

  it("still gives 2/3 to a 再生事業者 in the 高付加価値化枠", () => {
    const r = grantTerms("MONO-19:高付加価値化枠", { employees: 60, flags: ["再生事業者"] });
    expect(rateToNumber(r.rate!)).toBeCloseTo(2 / 3);
  });
});

describe("ものづくり: 大幅賃上げ特例 and 最低賃金引上げ特例 cannot be combined (併用不可)", () => {
  const input = {
    eligibleCost: 30_000_000,
    employees: 30,
    industry: "製造業",
    flags: ["大幅賃上げ特例", "最低賃金特例"],
  };

  it.each(["MONO-19:高付加価値化枠", "MONO-19:グローバル枠"])(
    "gives %s an error finding naming both flags and its source",
    (id) => {
      const r = computeGrant(id, input);
      const f = r.findings.find((x) => x.code === "FLAGS_EXCLUSIVE")!;
      expect(f.severity).toBe("error");
      expect(f.messageJa).toMatch(/大幅賃上げ特例.*最低賃金特例.*併用/);
      expect(f.messageEn).toMatch(/cannot be combined/);
      expect(f.source?.document).toMatch(/公募要領/);
      expect(r.eligible).toBe(false);
      expect(r.grant).toBe(0);
    },
  );

  it("accepts either flag alone", () => {
    for (const flag of ["大幅賃上げ特例", "最低賃金特例"]) {
      const r = computeGrant("MONO-19:高付加価値化枠", { ...input, flags: [flag] });
      expect(codes(r)).not.toContain("FLAGS_EXCLUSIVE");
      expect(r.grant).toBeGreaterThan(0);
    }
  });
});
