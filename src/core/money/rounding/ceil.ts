/** ⌈n / d⌉ for d > 0: toward +∞ (e.g. a self-burden that must be fully covered). */
export function ceilDivide(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n > 0n ? q + 1n : q;
}
