// Signed exact fractions for the R&D tax credit: 増減試験研究費割合 is negative when spending fell,
// and the law's formulas subtract from it (「百分の十二から増減試験研究費割合を減算した割合」), so the
// non-negative money Rate is not enough in between. bigint, so yen × rate never loses a digit.
import { AppError } from "../errors/AppError";
import { makeRate, type Rate } from "../money";

export interface Q {
  readonly n: bigint;
  /** > 0 */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function q(n: bigint | number, d: bigint | number = 1n): Q {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new AppError("RATE_INVALID", "zero denominator", { params: { value: `${nn}/0` } });
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const ZERO = q(0);
export const fromRate = (r: Rate): Q => q(r.num, r.den);
const pairs = new WeakMap<readonly [number, number], Q>();
/** A data file's [num, den] as a fraction, made once per pair (the engine reads the same rules per cell). */
export function fromPair(p: readonly [number, number]): Q {
  let v = pairs.get(p);
  if (!v) pairs.set(p, (v = q(p[0], p[1])));
  return v;
}
// The operations do not reduce (a gcd per step costs more than the few extra digits): floorTo, toRate,
// toNumber and percentText reduce or divide at the end. Denominators stay positive.
export const add = (a: Q, b: Q): Q =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
export const sub = (a: Q, b: Q): Q =>
  a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
export const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const neg = (a: Q): Q => ({ n: -a.n, d: a.d });
export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
export const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);

/** Rounded toward −∞ to a multiple of 1/den: 「小数点以下三位未満の端数…切り捨て」 is den 1000. */
export function floorTo(a: Q, den: number): Q {
  const D = BigInt(den);
  const scaled = a.n * D;
  let f = scaled / a.d;
  if (scaled % a.d !== 0n && scaled < 0n) f -= 1n;
  return { n: f, d: D };
}

/** floor(a), as a number (safe for yen amounts below 2^53). */
export function floorInt(a: Q): number {
  let f = a.n / a.d;
  if (a.n % a.d !== 0n && a.n < 0n) f -= 1n;
  return Number(f);
}

/** A non-negative Q as a money Rate (throws when negative or too large for a safe integer). */
export function toRate(a: Q): Rate {
  const r = q(a.n, a.d);
  return makeRate(Number(r.n), Number(r.d));
}

export function toNumber(a: Q): number {
  const r = q(a.n, a.d);
  return Number(r.n) / Number(r.d);
}

/** "11.5%" style text, to 4 decimals of a percent (trailing zeros dropped). */
export function percentText(a: Q): string {
  const x = Number(floorTo(q(a.n * 100n, a.d), 1_000_000).n) / 1_000_000;
  return `${Number(x.toFixed(4))}%`;
}
