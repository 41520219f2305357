// Exact rates as fractions: 2/3 stays 2/3, so boundaries such as 「3分の2以上」 compare exactly.
import { AppError } from "../errors/AppError";

/** A non-negative exact rate num/den (den > 0), kept in lowest terms. */
export interface Rate {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function invalid(value: string): AppError {
  return new AppError("RATE_INVALID", `invalid rate ${value}`, { params: { value } });
}

/** The rate num/den in lowest terms; both must be safe integers, num ≥ 0, den > 0. */
export function makeRate(num: number, den: number): Rate {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) {
    throw invalid(`${num}/${den}`);
  }
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** A rate from its JSON form `[num, den]`. */
export function rateFromPair(pair: readonly [number, number]): Rate {
  return makeRate(pair[0], pair[1]);
}

export function rateToNumber(rate: Rate): number {
  return rate.num / rate.den;
}

export function rateToString(rate: Rate): string {
  return rate.den === 1 ? String(rate.num) : `${rate.num}/${rate.den}`;
}

/** −1, 0 or 1 as a < b, a = b, a > b (exact cross-multiplication). */
export function compareRates(a: Rate, b: Rate): -1 | 0 | 1 {
  const l = BigInt(a.num) * BigInt(b.den);
  const r = BigInt(b.num) * BigInt(a.den);
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * The simplest fraction within 1e-9 (relative) of a number Excel passed, by
 * continued fractions: =2/3 arrives as 0.6666666666666666 and becomes 2/3,
 * 0.5 becomes 1/2, 0.6667 stays 6667/10000.
 */
export function rateFromNumber(x: number, maxDen = 1_000_000): Rate {
  if (!Number.isFinite(x) || x < 0) throw invalid(String(x));
  if (Number.isInteger(x)) return makeRate(x, 1);
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let v = x;
  for (let i = 0; i < 64; i++) {
    const a = Math.floor(v);
    const h2 = a * h1 + h0;
    const k2 = a * k1 + k0;
    if (k2 > maxDen || !Number.isSafeInteger(h2)) break;
    [h0, h1, k0, k1] = [h1, h2, k1, k2];
    if (Math.abs(h1 / k1 - x) <= 1e-9 * Math.max(x, 1e-9)) break;
    const frac = v - a;
    if (frac === 0) break;
    v = 1 / frac;
  }
  if (k1 === 0) throw invalid(String(x));
  return makeRate(h1, k1);
}

/** A rate from text: "2/3", "0.5", "50%", "２／３". */
export function rateFromText(text: string): Rate {
  const s = text.normalize("NFKC").replace(/\s/g, "");
  const frac = /^(\d+)\/(\d+)$/.exec(s);
  if (frac) return makeRate(Number(frac[1]), Number(frac[2]));
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(s);
  if (pct) return rateFromNumber(Number(pct[1]) / 100);
  if (/^\d+(?:\.\d+)?$/.test(s)) return rateFromNumber(Number(s));
  throw invalid(text);
}
