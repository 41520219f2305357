import fc from "fast-check";
import { AppError } from "../errors/AppError";
import { valueAdded, valueAddedFromOperatingProfit } from "./valueAdded";

describe("valueAdded (法人企業統計 付加価値額)", () => {
  it("sums 営業純益, 人件費, 支払利息等, 賃借料 and 租税公課 (MOF-01, 千円)", () => {
    expect(valueAdded(45_000, 230_000, 5_000, 15_000, 6_000)).toBe(301_000);
  });

  it("gives the same 付加価値額 from 営業利益, where 支払利息等 cancels (MOF-01)", () => {
    expect(valueAddedFromOperatingProfit(50_000, 230_000, 15_000, 6_000)).toBe(301_000);
  });

  it("keeps a loss: negative 営業純益 lowers value added", () => {
    expect(valueAdded(-400_000, 230_000, 5_000, 15_000, 6_000)).toBe(-144_000);
  });

  it("reports overflow as RESULT_TOO_LARGE (#NUM!) instead of Infinity", () => {
    expect(() => valueAdded(1e308, 1e308, 0, 0, 0)).toThrow(
      expect.objectContaining({ code: "RESULT_TOO_LARGE", kind: "invalidNumber" }),
    );
    expect(() => valueAddedFromOperatingProfit(-1e308, -1e308, 0, 0)).toThrow(AppError);
  });

  it("returns 0, not -0, for offsetting items", () => {
    expect(Object.is(valueAdded(-0, -0, 0, 0, 0), 0)).toBe(true);
  });

  it("property: VALUEADDED(営業利益 − 利息, …, 利息, …) equals VALUEADDEDOP(営業利益, …) for integer amounts", () => {
    const amount = fc.integer({ min: -1e13, max: 1e13 });
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.integer({ min: 0, max: 1e12 }),
        amount,
        amount,
        (op, pc, interest, rent, taxes) => {
          expect(valueAdded(op - interest, pc, interest, rent, taxes)).toBe(
            valueAddedFromOperatingProfit(op, pc, rent, taxes),
          );
        },
      ),
    );
  });

  it("property: the two forms agree to rounding for fractional amounts (百万円 with decimals)", () => {
    const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        amount,
        amount,
        (op, pc, i, r, t) => {
          const a = valueAdded(op - i, pc, i, r, t);
          const b = valueAddedFromOperatingProfit(op, pc, r, t);
          expect(Math.abs(a - b)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(op) + Math.abs(pc) + i + Math.abs(r) + Math.abs(t)),
          );
        },
      ),
    );
  });
});
