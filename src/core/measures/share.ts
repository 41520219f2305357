import { AppError } from "../errors/AppError";
import { parseLenientNumber } from "../parse/parseNumber";

/**
 * An ownership or officer share. Text such as "2/3", "50%" or "0.5" is kept
 * as an exact fraction of integers, so 「3分の2以上」 is decided exactly; a
 * number from a cell (=2/3 already rounded to a double) is compared with a
 * tolerance instead (see atLeast).
 */
export interface Share {
  num: number;
  den: number;
}

/** A share from text: "a/b", "x%" or a decimal; null when it is none of these. */
export function parseShareText(text: string): Share | null {
  const s = text.normalize("NFKC").replace(/\s/g, "");
  const fraction = /^(\d+)\/(\d+)$/.exec(s);
  if (fraction) {
    const den = Number(fraction[2]);
    return den === 0 ? null : exact(Number(fraction[1]), den);
  }
  const percent = /^(.*)%$/.exec(s);
  const body = percent ? percent[1] : s;
  const decimal = /^(\d*)\.?(\d*)$/.exec(body);
  if (decimal && /\d/.test(body) && decimal[2].length <= 9) {
    const den = 10 ** decimal[2].length * (percent ? 100 : 1);
    return exact(Number(decimal[1] + decimal[2]), den);
  }
  const n = parseLenientNumber(body);
  return n === null ? null : { num: percent ? n / 100 : n, den: 1 };
}

function exact(num: number, den: number): Share {
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) ? { num, den } : { num: num / den, den: 1 };
}

/** A number read from a cell: compared with tolerance, since =2/3 is already rounded. */
export function shareOfNumber(value: number): Share {
  return { num: value, den: 1 };
}

export function shareValue(s: Share): number {
  return s.num / s.den;
}

/** Shares must lie in 0–1 (60% is 0.6 or "60%", not 60). */
export function checkShare(s: Share, arg: string): Share {
  if (!(s.num >= 0 && s.num <= s.den)) {
    throw new AppError("SHARE_OUT_OF_RANGE", `${arg} is not in 0..1`, {
      params: { arg, value: String(shareValue(s)) },
    });
  }
  return s;
}

const TOLERANCE = 1e-9;

/**
 * share ≥ n/d. Exact (cross-multiplied in bigint) when both are fractions of
 * integers; with a 1e-9 tolerance when the share came from a double, so
 * =200/300 and =1/3+1/3 count as 2/3 but 0.6666 does not.
 */
export function atLeast(s: Share, [n, d]: readonly [number, number]): boolean {
  if (Number.isInteger(s.num) && Number.isInteger(s.den)) {
    return BigInt(s.num) * BigInt(d) >= BigInt(n) * BigInt(s.den);
  }
  return s.num * d >= n * s.den - TOLERANCE * s.den * d;
}

/** a > b beyond the tolerance (for consistency checks between two shares). */
export function exceeds(a: Share, b: Share): boolean {
  return shareValue(a) - shareValue(b) > TOLERANCE;
}
