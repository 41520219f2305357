import { floorDivide } from "./floor";

/** n / d rounded to the nearest integer, halves to the even neighbour (banker's rounding), d > 0. */
export function halfEvenDivide(n: bigint, d: bigint): bigint {
  const q = floorDivide(n, d);
  const twiceRest = 2n * (n - q * d);
  if (twiceRest < d) return q;
  if (twiceRest > d) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}
