import fc from "fast-check";
import { divideRounded } from "./index";

const big = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n });
const pos = fc.bigInt({ min: 1n, max: 10n ** 9n });

describe("rounding modes", () => {
  it("rounds negative quotients toward −∞ for floor and +∞ for ceil", () => {
    expect(divideRounded(-7n, 2n, "floor")).toBe(-4n);
    expect(divideRounded(-7n, 2n, "ceil")).toBe(-3n);
    expect(divideRounded(7n, 2n, "halfUp")).toBe(4n);
    expect(divideRounded(-7n, 2n, "halfUp")).toBe(-3n);
    expect(divideRounded(6n, 4n, "halfEven")).toBe(2n);
    expect(divideRounded(10n, 4n, "halfEven")).toBe(2n);
  });

  it("refuses a non-positive divisor", () => {
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });

  it("keeps floor ≤ exact < floor + 1 and ceil − 1 < exact ≤ ceil (property)", () => {
    fc.assert(
      fc.property(big, pos, (n, d) => {
        const f = divideRounded(n, d, "floor");
        const c = divideRounded(n, d, "ceil");
        expect(f * d <= n && n < (f + 1n) * d).toBe(true);
        expect((c - 1n) * d < n && n <= c * d).toBe(true);
      }),
    );
  });

  it("rounds to the nearest integer in halfUp and halfEven (property)", () => {
    fc.assert(
      fc.property(big, pos, (n, d) => {
        for (const mode of ["halfUp", "halfEven"] as const) {
          const r = divideRounded(n, d, mode);
          const dist = 2n * (n - r * d);
          expect(dist <= d && dist >= -d).toBe(true);
        }
      }),
    );
  });
});
