import fc from "fast-check";
import {
  compareRates,
  makeRate,
  rateFromNumber,
  rateFromPair,
  rateFromText,
  rateToNumber,
  rateToString,
} from "./rate";

describe("rates", () => {
  it("keeps fractions in lowest terms", () => {
    expect(makeRate(4, 6)).toEqual({ num: 2, den: 3 });
    expect(rateFromPair([10, 10])).toEqual({ num: 1, den: 1 });
    expect(makeRate(0, 5)).toEqual({ num: 0, den: 1 });
  });

  it("throws RATE_INVALID for zero denominators, negatives and fractions of fractions", () => {
    for (const [n, d] of [
      [1, 0],
      [-1, 2],
      [0.5, 1],
    ]) {
      expect(() => makeRate(n, d)).toThrow(expect.objectContaining({ code: "RATE_INVALID" }));
    }
  });

  it("recovers the fraction Excel meant from a float", () => {
    expect(rateFromNumber(2 / 3)).toEqual({ num: 2, den: 3 });
    expect(rateFromNumber(0.5)).toEqual({ num: 1, den: 2 });
    expect(rateFromNumber(0.75)).toEqual({ num: 3, den: 4 });
    expect(rateFromNumber(0.6667)).toEqual({ num: 6667, den: 10000 });
    expect(rateFromNumber(1)).toEqual({ num: 1, den: 1 });
    expect(rateFromNumber(0.1 + 0.2)).toEqual({ num: 3, den: 10 });
  });

  it("reads text rates", () => {
    expect(rateFromText("2/3")).toEqual({ num: 2, den: 3 });
    expect(rateFromText("２／３")).toEqual({ num: 2, den: 3 });
    expect(rateFromText("50%")).toEqual({ num: 1, den: 2 });
    expect(rateFromText("0.25")).toEqual({ num: 1, den: 4 });
    expect(() => rateFromText("two thirds")).toThrow(expect.objectContaining({ code: "RATE_INVALID" }));
  });

  it("compares exactly", () => {
    expect(compareRates(makeRate(2, 3), makeRate(6667, 10000))).toBe(-1);
    expect(compareRates(makeRate(2, 3), makeRate(4, 6))).toBe(0);
    expect(rateToString(makeRate(2, 3))).toBe("2/3");
    expect(rateToNumber(makeRate(1, 2))).toBe(0.5);
  });

  it("round-trips small fractions through their float value (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (n, d) => {
        expect(rateFromNumber(n / d)).toEqual(makeRate(n, d));
      }),
    );
  });
});
