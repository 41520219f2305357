import fc from "fast-check";
import { makeRate, Rate } from "../money";
import { cappedGrant } from "./cappedGrant";

const yen = fc.integer({ min: 0, max: 10 ** 12 });
const rate = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 12 }))
  .filter(([n, d]) => n <= d)
  .map(([n, d]) => makeRate(n, d));
const lowerRate = (r: Rate) => rate.filter((t) => t.num * r.den <= r.num * t.den);
const input = rate.chain((r) =>
  fc.record({
    cost: yen,
    rate: fc.constant(r),
    cap: yen,
    minGrant: fc.option(fc.integer({ min: 0, max: 10 ** 7 }), { nil: undefined }),
    tier: fc.option(fc.record({ threshold: yen, rate: lowerRate(r) }), { nil: null }),
  }),
);

describe("cappedGrant", () => {
  it("floors cost × rate and caps it", () => {
    expect(cappedGrant({ cost: 900_000, rate: makeRate(2, 3), cap: 500_000 }).grant).toBe(500_000);
    expect(cappedGrant({ cost: 1_000_001, rate: makeRate(2, 3), cap: 10 ** 9 }).grant).toBe(666_667);
    expect(cappedGrant({ cost: 1_000_000, rate: makeRate(1, 3), cap: 10 ** 9 }).grant).toBe(333_333);
  });

  it("gives 0 below the minimum and keeps a grant equal to it (以上)", () => {
    expect(
      cappedGrant({ cost: 1_400_000, rate: makeRate(1, 2), cap: 15_000_000, minGrant: 1_000_000 }),
    ).toMatchObject({
      grant: 0,
      belowMinimum: true,
      uncapped: 700_000,
    });
    expect(
      cappedGrant({ cost: 2_000_000, rate: makeRate(1, 2), cap: 15_000_000, minGrant: 1_000_000 }).grant,
    ).toBe(1_000_000);
  });

  it("computes the part of the subsidy above the tier threshold at the tier rate", () => {
    // 省力化: 60,000,000 × 1/2 = 30,000,000 > 15,000,000 → 15,000,000 + (60,000,000 − 30,000,000) × 1/3
    const tier = { threshold: 15_000_000, rate: makeRate(1, 3) };
    expect(cappedGrant({ cost: 60_000_000, rate: makeRate(1, 2), cap: 50_000_000, tier })).toMatchObject({
      grant: 25_000_000,
      tierApplied: true,
    });
    expect(cappedGrant({ cost: 30_000_000, rate: makeRate(1, 2), cap: 50_000_000, tier })).toMatchObject({
      grant: 15_000_000,
      tierApplied: false,
    });
    // on the cost instead: 15,000,000 × 1/2 + 45,000,000 × 1/3
    expect(
      cappedGrant({
        cost: 60_000_000,
        rate: makeRate(1, 2),
        cap: 50_000_000,
        tier: { ...tier, basis: "cost" },
      }).grant,
    ).toBe(22_500_000);
  });

  it("refuses negative and fractional yen", () => {
    expect(() => cappedGrant({ cost: -1, rate: makeRate(1, 2), cap: 1 })).toThrow(
      expect.objectContaining({ code: "ARG_NEGATIVE" }),
    );
    expect(() => cappedGrant({ cost: 1.5, rate: makeRate(1, 2), cap: 1 })).toThrow(
      expect.objectContaining({ code: "YEN_NOT_INTEGER" }),
    );
  });

  it("keeps 0 ≤ grant ≤ cap and grant ≤ floor(cost × rate), in whole yen (property)", () => {
    fc.assert(
      fc.property(input, (i) => {
        const { grant } = cappedGrant(i);
        expect(Number.isSafeInteger(grant)).toBe(true);
        expect(grant).toBeGreaterThanOrEqual(0);
        expect(grant).toBeLessThanOrEqual(i.cap);
        expect(BigInt(grant) * BigInt(i.rate.den)).toBeLessThanOrEqual(BigInt(i.cost) * BigInt(i.rate.num));
        if (i.minGrant !== undefined && grant > 0) expect(grant).toBeGreaterThanOrEqual(i.minGrant);
      }),
    );
  });

  it("never decreases when the cost grows (property)", () => {
    fc.assert(
      fc.property(input, yen, (i, more) => {
        expect(cappedGrant({ ...i, cost: i.cost + more }).grant).toBeGreaterThanOrEqual(cappedGrant(i).grant);
      }),
    );
  });
});
