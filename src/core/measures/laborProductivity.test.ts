import { laborProductivity } from "./laborProductivity";

describe("laborProductivity (労働生産性)", () => {
  it("divides 付加価値額 by 従業員数 (MOF-01: 301,000 千円 / 40 = 7,525 千円)", () => {
    expect(laborProductivity(301_000, 40)).toBe(7_525);
  });

  it("divides by 従業員数 + 役員数 when officers are given", () => {
    expect(laborProductivity(301_000, 40, 3)).toBe(7_000);
  });

  it("accepts a period-average head count with a fraction", () => {
    expect(laborProductivity(100, 12.5)).toBe(8);
  });

  it("gives #DIV/0! (HEADCOUNT_ZERO) when nobody is counted", () => {
    expect(() => laborProductivity(100, 0)).toThrow(
      expect.objectContaining({ code: "HEADCOUNT_ZERO", kind: "divisionByZero" }),
    );
    expect(() => laborProductivity(100, 0, 0)).toThrow(expect.objectContaining({ code: "HEADCOUNT_ZERO" }));
  });

  it("works for a firm of officers only", () => {
    expect(laborProductivity(100, 0, 2)).toBe(50);
  });

  it("rejects negative head counts with #VALUE! naming the argument", () => {
    expect(() => laborProductivity(100, -1)).toThrow(
      expect.objectContaining({ code: "ARG_NEGATIVE", params: { arg: "employees", value: -1 } }),
    );
    expect(() => laborProductivity(100, 5, -1)).toThrow(
      expect.objectContaining({ code: "ARG_NEGATIVE", params: { arg: "officers", value: -1 } }),
    );
  });

  it("keeps a negative value added (a loss) as negative productivity", () => {
    expect(laborProductivity(-300, 3)).toBe(-100);
  });
});
