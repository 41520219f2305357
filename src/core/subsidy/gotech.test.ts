import fc from "fast-check";
import { AppError } from "../errors/AppError";
import { computeGoTech, GoTechInput } from "./gotech";

const sme = (costs: number[], taxableIncome: number[] | null = null) => ({
  type: "中小企業者等",
  costs,
  taxableIncome,
});
const univ = (costs: number[]) => ({ type: "大学・公設試等", costs });
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe("computeGoTech", () => {
  it("floors per participant-year by default and once per consortium-year when switched", () => {
    const input: GoTechInput = { frame: "通常枠", participants: [sme([1_000_001, 0]), sme([1_000_001, 0])] };
    expect(computeGoTech(input).byYear).toEqual([1_333_334, 0]); // 666,667 × 2
    expect(computeGoTech({ ...input, settings: { roundingLevel: "consortiumYear" } }).byYear).toEqual([
      1_333_334, 0,
    ]);
    const thirds: GoTechInput = { frame: "通常枠", participants: [sme([1, 0]), sme([1, 0]), sme([1, 0])] };
    expect(computeGoTech(thirds).byYear).toEqual([0, 0]); // floor(2/3) three times
    expect(computeGoTech({ ...thirds, settings: { roundingLevel: "consortiumYear" } }).byYear).toEqual([
      2, 0,
    ]); // floor(6/3)
  });

  it("clips each year to the per-year cap and says which year", () => {
    const r = computeGoTech({ frame: "通常枠", participants: [sme([90_000_000, 30_000_000, 0])] });
    expect(r.byYear).toEqual([45_000_000, 20_000_000, 0]);
    const f = r.findings.find((x) => x.code === "PER_YEAR_CAP_BINDING")!;
    expect(f.params.year).toBe(1);
    expect(f.status).toBe("official-summary");
  });

  it("spreads the total cap proportionally when switched", () => {
    const input: GoTechInput = { frame: "通常枠", participants: [sme([60_000_000, 50_000_000, 40_000_000])] };
    const r = computeGoTech({ ...input, settings: { cumulativeCap: "proportional" } });
    expect(r.total).toBe(97_500_000);
    expect(r.byYear.every((a, y) => a <= r.uncappedByYear[y])).toBe(true);
    expect(r.byYear[2]).toBeGreaterThan(24_166_667);
  });

  it("can let the 2-year cap bind years 1–2 of a 3-year project", () => {
    const input: GoTechInput = { frame: "通常枠", participants: [sme([67_500_000, 67_500_000, 15_000_000])] };
    expect(computeGoTech(input).byYear).toEqual([45_000_000, 45_000_000, 7_500_000]);
    const r = computeGoTech({ ...input, settings: { twoYearCapInThreeYear: true } });
    expect(r.byYear).toEqual([45_000_000, 30_000_000, 10_000_000]);
    expect(codes(r)).toContain("TOTAL_CAP_BINDING");
  });

  it("adds the indirect rate to the cost before the rate when set", () => {
    const r = computeGoTech({
      frame: "通常枠",
      participants: [sme([30_000_000, 0])],
      settings: { indirectRate: [3, 10] },
    });
    expect(r.byYear[0]).toBe(26_000_000); // 30,000,000 × 1.3 × 2/3
  });

  it("reduces the university 定額 to the 1/6 limit when switched from flag-only", () => {
    const input: GoTechInput = {
      frame: "通常枠",
      participants: [sme([30_000_000, 30_000_000, 30_000_000]), univ([10_000_000, 10_000_000, 10_000_000])],
    };
    expect(computeGoTech(input).total).toBe(90_000_000);
    const r = computeGoTech({ ...input, settings: { universityExcess: "reduce" } });
    expect(r.universityTotal).toBe(12_000_000); // 60,000,000 / 5: 12 ≤ 72 / 6
    expect(r.total).toBe(72_000_000);
    expect(codes(r)).toEqual(expect.arrayContaining(["UNIV_FIXED_CAP_EXCEEDED", "UNIV_FIXED_REDUCED"]));
  });

  it("gives advisers and large companies no subsidy and says so", () => {
    const r = computeGoTech({
      frame: "通常枠",
      participants: [
        sme([3_000_000, 0]),
        { type: "大企業", costs: [1_000_000, 0] },
        { type: "アドバイザー", costs: [0, 0] },
      ],
    });
    expect(r.total).toBe(2_000_000);
    expect(codes(r)).toContain("NO_SUBSIDY_FOR_TYPE");
    expect(codes(r)).not.toContain("SINGLE_MEMBER");
  });

  it("needs the planned investment for 出資獲得枠 and caps at twice it", () => {
    // R6/R7 only: R8 replaced the 出資獲得枠 by the 大型研究開発枠.
    const input: GoTechInput = {
      frame: "出資獲得枠",
      round: "R7",
      participants: [sme([30_000_000, 30_000_000])],
    };
    expect(() => computeGoTech(input)).toThrow(
      expect.objectContaining({ code: "GOTECH_INVESTMENT_REQUIRED", kind: "notAvailable" }),
    );
    const r = computeGoTech({ ...input, plannedInvestment: 15_000_000 });
    expect(r.byYear).toEqual([20_000_000, 10_000_000]);
    expect(codes(r)).toContain("INVESTMENT_CAP_BINDING");
  });

  it("rejects unknown types, uneven years and 4-year projects", () => {
    expect(() => computeGoTech({ frame: "通常枠", participants: [{ type: "個人", costs: [1, 1] }] })).toThrow(
      expect.objectContaining({
        code: "PARTICIPANT_TYPE_UNKNOWN",
        params: expect.objectContaining({ accepted: expect.stringContaining("大学・公設試等") }),
      }),
    );
    expect(() => computeGoTech({ frame: "通常枠", participants: [sme([1, 1]), sme([1])] })).toThrow(
      expect.objectContaining({ code: "GOTECH_YEARS_MISMATCH" }),
    );
    expect(() => computeGoTech({ frame: "通常枠", participants: [sme([1, 1, 1, 1])] })).toThrow(
      expect.objectContaining({ code: "GOTECH_YEARS_INVALID" }),
    );
    expect(codes(computeGoTech({ frame: "通常枠", participants: [sme([1])] }))).toContain(
      "PROJECT_YEARS_UNUSUAL",
    );
  });

  const participant = fc.record({
    type: fc.constantFrom("中小企業者等", "大学・公設試等", "事業管理機関", "アドバイザー"),
    taxableIncome: fc.option(
      fc.array(fc.integer({ min: -(10 ** 10), max: 10 ** 10 }), { minLength: 1, maxLength: 3 }),
      { nil: null },
    ),
  });
  const consortium = fc.integer({ min: 1, max: 3 }).chain((years) =>
    fc.record({
      frame: fc.constantFrom("通常枠", "出資獲得枠"),
      round: fc.constantFrom("R6", "R7"),
      plannedInvestment: fc.integer({ min: 0, max: 10 ** 9 }),
      participants: fc.array(
        fc
          .tuple(
            participant,
            fc.array(fc.integer({ min: 0, max: 2 * 10 ** 8 }), { minLength: years, maxLength: years }),
          )
          .map(([p, costs]) => ({ ...p, costs })),
        { minLength: 1, maxLength: 5 },
      ),
      settings: fc.record({
        cumulativeCap: fc.constantFrom("chronological" as const, "proportional" as const),
        roundingLevel: fc.constantFrom("participantYear" as const, "consortiumYear" as const),
        twoYearCapInThreeYear: fc.boolean(),
        universityExcess: fc.constantFrom("flagOnly" as const, "reduce" as const),
      }),
    }),
  );

  it("never exceeds the per-year and total caps, stays whole yen and ≤ the uncapped amounts (property)", () => {
    fc.assert(
      fc.property(consortium, (input) => {
        const r = computeGoTech(input);
        const perYear = r.caps.perYear;
        for (let y = 0; y < r.years; y++) {
          expect(Number.isSafeInteger(r.byYear[y])).toBe(true);
          expect(r.byYear[y]).toBeGreaterThanOrEqual(0);
          expect(r.byYear[y]).toBeLessThanOrEqual(perYear);
          expect(r.byYear[y]).toBeLessThanOrEqual(r.uncappedByYear[y]);
        }
        expect(r.total).toBe(r.byYear.reduce((a, b) => a + b, 0));
        expect(r.total).toBeLessThanOrEqual(r.caps.effectiveTotal);
        if (r.caps.investment !== null) expect(r.total).toBeLessThanOrEqual(2 * input.plannedInvestment);
      }),
    );
  });

  it("never decreases the total when one cost grows (property, default settings)", () => {
    fc.assert(
      fc.property(consortium, fc.nat({ max: 10 ** 8 }), (input, more) => {
        const base = { ...input, settings: {} };
        const a = computeGoTech(base);
        const grown = {
          ...base,
          participants: base.participants.map((p, i) =>
            i === 0 ? { ...p, costs: p.costs.map((c, y) => (y === 0 ? c + more : c)) } : p,
          ),
        };
        expect(computeGoTech(grown).total).toBeGreaterThanOrEqual(a.total);
      }),
    );
  });

  it("throws only AppErrors for arbitrary inputs (property)", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({
            type: fc.oneof(fc.string(), fc.constant("中小企業者等")),
            costs: fc.array(fc.oneof(fc.integer(), fc.double()), { maxLength: 4 }),
          }),
          { maxLength: 3 },
        ),
        (frame, participants) => {
          try {
            const r = computeGoTech({ frame: frame.length % 2 ? frame : "通常枠", participants });
            expect(Number.isSafeInteger(r.total)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(AppError);
          }
        },
      ),
    );
  });
});
