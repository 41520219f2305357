import fc from "fast-check";
import { applyRate } from "./applyRate";
import { makeRate } from "./rate";
import { ROUNDINGS } from "./rounding";

const yen = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const rate = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }))
  .filter(([n, d]) => n <= d)
  .map(([n, d]) => makeRate(n, d));

describe("applyRate", () => {
  it("multiplies first and floors once by default", () => {
    expect(applyRate(40_000_000, makeRate(2, 3))).toBe(26_666_666);
    expect(applyRate(50_000_000, makeRate(2, 3))).toBe(33_333_333);
    expect(applyRate(67_500_000, makeRate(2, 3))).toBe(45_000_000);
  });

  it("uses the named rounding mode", () => {
    expect(applyRate(40_000_000, makeRate(2, 3), "ceil")).toBe(26_666_667);
    expect(applyRate(40_000_000, makeRate(2, 3), "halfUp")).toBe(26_666_667);
    expect(applyRate(5, makeRate(1, 2), "halfEven")).toBe(2);
    expect(applyRate(7, makeRate(1, 2), "halfEven")).toBe(4);
    expect(applyRate(5, makeRate(1, 2), "halfUp")).toBe(3);
  });

  it("stays exact where a float product would lose digits", () => {
    // 9,007,199,254,740,991 × 2/3 overflows 2^53 as a float before the division.
    expect(applyRate(Number.MAX_SAFE_INTEGER, makeRate(2, 3))).toBe(6_004_799_503_160_660);
  });

  it("rejects fractional yen", () => {
    expect(() => applyRate(10.5, makeRate(1, 2))).toThrow(
      expect.objectContaining({ code: "YEN_NOT_INTEGER" }),
    );
  });

  it("never exceeds the exact product when flooring, and returns whole yen (property)", () => {
    fc.assert(
      fc.property(yen, rate, (y, r) => {
        const g = applyRate(y, r);
        expect(Number.isSafeInteger(g)).toBe(true);
        expect(BigInt(g) * BigInt(r.den)).toBeLessThanOrEqual(BigInt(y) * BigInt(r.num));
        expect((BigInt(g) + 1n) * BigInt(r.den)).toBeGreaterThan(BigInt(y) * BigInt(r.num));
      }),
    );
  });

  it("orders the modes floor ≤ halfEven, halfUp ≤ ceil ≤ floor + 1 (property)", () => {
    fc.assert(
      fc.property(yen, rate, (y, r) => {
        const [floor, ceil, halfUp, halfEven] = ROUNDINGS.map((m) => applyRate(y, r, m));
        expect(floor).toBeLessThanOrEqual(halfUp);
        expect(floor).toBeLessThanOrEqual(halfEven);
        expect(halfUp).toBeLessThanOrEqual(ceil);
        expect(halfEven).toBeLessThanOrEqual(ceil);
        expect(ceil - floor).toBeLessThanOrEqual(1);
      }),
    );
  });
});
