/** ⌊n / d⌋ for d > 0: toward −∞, so a subsidy never exceeds the exact amount. */
export function floorDivide(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}
