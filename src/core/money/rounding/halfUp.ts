import { floorDivide } from "./floor";

/** n / d rounded to the nearest integer, halves toward +∞ (四捨五入 for positive amounts), d > 0. */
export function halfUpDivide(n: bigint, d: bigint): bigint {
  return floorDivide(2n * n + d, 2n * d);
}
