import { laborShare } from "./laborShare";
import { operatingProfitShare } from "./operatingProfitShare";

describe("laborShare (労働分配率)", () => {
  it("divides 人件費 by 付加価値額 (MOF-01: 230,000 / 301,000 = 0.76412)", () => {
    expect(laborShare(230_000, 301_000)).toBeCloseTo(0.76412, 5);
    expect(Math.round(laborShare(230_000, 301_000) * 1000) / 10).toBe(76.4);
  });

  it("gives #DIV/0! (VALUE_ADDED_ZERO) for a value added of 0", () => {
    expect(() => laborShare(1, 0)).toThrow(
      expect.objectContaining({ code: "VALUE_ADDED_ZERO", kind: "divisionByZero" }),
    );
  });

  it("gives #NUM! (VALUE_ADDED_NEGATIVE) for a negative value added", () => {
    expect(() => laborShare(1, -5)).toThrow(
      expect.objectContaining({ code: "VALUE_ADDED_NEGATIVE", kind: "invalidNumber" }),
    );
  });

  it("may exceed 1 when personnel cost exceeds value added (a loss-making year)", () => {
    expect(laborShare(300, 200)).toBe(1.5);
  });

  it("throws RESULT_TOO_LARGE when the ratio overflows", () => {
    expect(() => laborShare(1e308, 1e-308)).toThrow(expect.objectContaining({ code: "RESULT_TOO_LARGE" }));
  });
});

describe("operatingProfitShare (営業純益比率)", () => {
  it("divides 営業純益 by 付加価値額 (MOF-01: 45,000 / 301,000)", () => {
    expect(operatingProfitShare(45_000, 301_000)).toBe(45_000 / 301_000);
  });

  it("with the other items' shares adds up to 1 (MOF-01)", () => {
    const parts = [45_000, 230_000, 5_000, 15_000, 6_000].map((p) => operatingProfitShare(p, 301_000));
    expect(parts.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it("is negative for an operating loss, and shares the value-added checks of 労働分配率", () => {
    expect(operatingProfitShare(-10, 100)).toBe(-0.1);
    expect(() => operatingProfitShare(1, 0)).toThrow(expect.objectContaining({ kind: "divisionByZero" }));
    expect(() => operatingProfitShare(1, -1)).toThrow(expect.objectContaining({ kind: "invalidNumber" }));
  });
});
