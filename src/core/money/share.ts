// Share tests with exact fractions, so 「3分の2以上」 passes at exactly 2/3 and 「6分の1以下」 at exactly 1/6.
import type { Rate } from "./rate";
import { toYen, Yen } from "./yen";

/** part / whole ≥ rate, exactly (an empty whole counts as meeting any share). */
export function isShareAtLeast(part: Yen, whole: Yen, rate: Rate): boolean {
  return BigInt(toYen(part)) * BigInt(rate.den) >= BigInt(toYen(whole)) * BigInt(rate.num);
}

/** part / whole ≤ rate, exactly. */
export function isShareAtMost(part: Yen, whole: Yen, rate: Rate): boolean {
  return BigInt(toYen(part)) * BigInt(rate.den) <= BigInt(toYen(whole)) * BigInt(rate.num);
}
