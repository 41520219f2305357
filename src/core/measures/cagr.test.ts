import fc from "fast-check";
import { cagr } from "./cagr";

describe("cagr (年平均成長率)", () => {
  it("gives 10% for 100 → 121 over 2 years", () => {
    expect(cagr(100, 121, 2)).toBe(0.1);
  });

  it("decides a 6% wage-growth boundary exactly: 100 → 119.1016 over 3 years is 0.06, not 0.0599…", () => {
    expect(cagr(100, 119.1016, 3)).toBe(0.06);
    expect(cagr(100, 119.1015, 3)).toBeLessThan(0.06);
  });

  it("accepts fractional years and a fall to zero (−100%)", () => {
    expect(cagr(100, 150, 0.5)).toBeCloseTo(1.25, 12);
    expect(cagr(100, 0, 3)).toBe(-1);
  });

  it("gives #DIV/0! for a start of 0 and #NUM! for negative values or years ≤ 0, like Excel's RRI", () => {
    expect(() => cagr(0, 10, 1)).toThrow(
      expect.objectContaining({ code: "CAGR_START_ZERO", kind: "divisionByZero" }),
    );
    expect(() => cagr(-1, 10, 1)).toThrow(
      expect.objectContaining({ code: "CAGR_NEGATIVE", kind: "invalidNumber" }),
    );
    expect(() => cagr(1, -10, 1)).toThrow(expect.objectContaining({ code: "CAGR_NEGATIVE" }));
    expect(() => cagr(1, 10, 0)).toThrow(
      expect.objectContaining({ code: "YEARS_NOT_POSITIVE", kind: "invalidNumber" }),
    );
    expect(() => cagr(1, 10, -2)).toThrow(expect.objectContaining({ code: "YEARS_NOT_POSITIVE" }));
  });

  it("stays finite when the ratio of the values overflows but the root does not", () => {
    expect(cagr(1e-300, 1e300, 1000)).toBeCloseTo(Math.pow(10, 0.6) - 1, 9);
  });

  it("throws RESULT_TOO_LARGE when the rate itself overflows", () => {
    expect(() => cagr(1e-300, 1e300, 1)).toThrow(expect.objectContaining({ code: "RESULT_TOO_LARGE" }));
  });

  it("property: compounding the rate over the years returns the end value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (start, factor, years) => {
          const end = start * factor;
          const rate = cagr(start, end, years);
          expect(start * Math.pow(1 + rate, years)).toBeCloseTo(end, 3 - Math.ceil(Math.log10(end)));
        },
      ),
    );
  });
});
