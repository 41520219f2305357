import fc from "fast-check";
import { addYen, isYen, maxYen, minYen, multiplyYen, subtractYen, sumYen, toYen } from "./yen";
import { isShareAtLeast, isShareAtMost } from "./share";
import { makeRate } from "./rate";

describe("yen", () => {
  it("accepts safe integers only", () => {
    expect(isYen(97_500_000)).toBe(true);
    expect(isYen(1.5)).toBe(false);
    expect(isYen(2 ** 53)).toBe(false);
    expect(() => toYen(0.5)).toThrow(expect.objectContaining({ code: "YEN_NOT_INTEGER" }));
    expect(() => toYen(Number.NaN)).toThrow(expect.objectContaining({ code: "YEN_NOT_INTEGER" }));
    expect(() => toYen(2 ** 53)).toThrow(
      expect.objectContaining({ code: "YEN_UNSAFE", kind: "invalidNumber" }),
    );
    expect(() => toYen(2n ** 60n)).toThrow(expect.objectContaining({ code: "YEN_UNSAFE" }));
  });

  it("adds, subtracts and picks extremes exactly", () => {
    expect(sumYen([40_000_000, 33_333_333, 24_166_667])).toBe(97_500_000);
    expect(addYen(1, 2)).toBe(3);
    expect(subtractYen(97_500_000, 73_333_333)).toBe(24_166_667);
    expect(minYen(3, 1, 2)).toBe(1);
    expect(maxYen(3, 1, 2)).toBe(3);
    expect(multiplyYen(120_000_000, 2)).toBe(240_000_000);
    expect(() => sumYen([Number.MAX_SAFE_INTEGER, 1])).toThrow(
      expect.objectContaining({ code: "YEN_UNSAFE" }),
    );
  });

  it("sums like bigint or refuses (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), { maxLength: 4 }), (xs) => {
        const exact = xs.reduce((a, b) => a + BigInt(b), 0n);
        if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER)) {
          expect(() => sumYen(xs)).toThrow();
        } else {
          expect(BigInt(sumYen(xs))).toBe(exact);
        }
      }),
    );
  });
});

describe("shares", () => {
  it("passes 以上 at exactly 2/3 and 以下 at exactly 1/6", () => {
    expect(isShareAtLeast(60_000_000, 90_000_000, makeRate(2, 3))).toBe(true);
    expect(isShareAtLeast(60_000_000, 96_000_000, makeRate(2, 3))).toBe(false);
    expect(isShareAtMost(15_000_000, 90_000_000, makeRate(1, 6))).toBe(true);
    expect(isShareAtMost(15_000_001, 90_000_000, makeRate(1, 6))).toBe(false);
  });
});
