import { divideRounded, Rounding } from "./rounding";
import type { Rate } from "./rate";
import { toYen, Yen } from "./yen";

/**
 * amount × rate in whole yen: multiply first, divide once, round by name
 * (default floor: 40,000,000 × 2/3 → 26,666,666).
 */
export function applyRate(amount: Yen, rate: Rate, rounding: Rounding = "floor"): Yen {
  const n = BigInt(toYen(amount)) * BigInt(rate.num);
  return toYen(divideRounded(n, BigInt(rate.den), rounding), "amount × rate");
}
