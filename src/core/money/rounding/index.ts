// Named rounding modes: each rule that divides says which one it uses (default floor, 切り捨て).
import { ceilDivide } from "./ceil";
import { floorDivide } from "./floor";
import { halfEvenDivide } from "./halfEven";
import { halfUpDivide } from "./halfUp";

export type Rounding = "floor" | "ceil" | "halfUp" | "halfEven";
export const ROUNDINGS: readonly Rounding[] = ["floor", "ceil", "halfUp", "halfEven"];

const divide: Record<Rounding, (n: bigint, d: bigint) => bigint> = {
  floor: floorDivide,
  ceil: ceilDivide,
  halfUp: halfUpDivide,
  halfEven: halfEvenDivide,
};

/** n / d (d > 0) rounded by the named mode. */
export function divideRounded(n: bigint, d: bigint, rounding: Rounding = "floor"): bigint {
  if (d <= 0n) throw new RangeError(`divisor must be positive, got ${d}`);
  return divide[rounding](n, d);
}

export { ceilDivide, floorDivide, halfEvenDivide, halfUpDivide };
