/** 10^0 … 10^22: every one is exact as a double. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The number of text matching /^-?\d+(?:\.\d+)?$/, or NaN for any other text. Exactly `+s`: with at most 15
 * digits the digits form an exact integer and one division by an exact power of ten is correctly rounded,
 * as `+s` is; longer text goes to `+s` itself.
 */
export function simpleNumber(s: string): number {
  const len = s.length;
  let p = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = p;
  let n = 0;
  let c = 0;
  while (p < len && (c = s.charCodeAt(p) - 48) >= 0 && c <= 9) {
    n = n * 10 + c;
    p++;
  }
  if (p === start) return NaN;
  let scale = 0;
  if (p < len) {
    if (s.charCodeAt(p) !== 46) return NaN;
    const dot = ++p;
    while (p < len && (c = s.charCodeAt(p) - 48) >= 0 && c <= 9) {
      n = n * 10 + c;
      p++;
    }
    if (p === dot || p < len) return NaN;
    scale = p - dot;
  }
  if (len - start - (scale > 0 ? 1 : 0) > 15) return +s;
  const x = scale === 0 ? n : n / POW10[scale];
  return start === 1 ? -x : x;
}
