// Yen as Japanese users type them into a form: "20,000,000", "２０００万円", "2,000万", "1億2000万円",
// "5千万円", "¥3,500". Units are the myriad ones (万 = 10^4, 億 = 10^8, 兆 = 10^12), each with an
// optional 千/百 inside its group. Exact: parts are scaled as decimal strings with bigint, so
// "1.5万" is 15,000 and never 14,999.99….

export type YenReading =
  | { ok: true; value: number }
  /**
   * notNumber: not an amount at all; negative; notWhole: leaves a fraction of a yen;
   * ambiguous: units out of order or a part too large for its place ("1万20000", "2000万1億",
   * "1.5億2000万"), so two readings are possible.
   */
  | { ok: false; reason: "notNumber" | "negative" | "notWhole" | "ambiguous" };

const MYRIADS: [string, bigint][] = [
  ["兆", 10n ** 12n],
  ["億", 10n ** 8n],
  ["万", 10n ** 4n],
];
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const GROUP = /^(?:([\d,.]*)千)?(?:([\d,.]*)百)?([\d,.]*)$/;

class Ambiguous extends Error {}

/** `digits` × `unit` exactly, or null when it leaves a fraction of a yen. */
function scale(digits: string, unit: bigint): bigint | null {
  const [whole, frac = ""] = digits.replace(/,/g, "").split(".");
  const scaled = BigInt(whole + frac) * unit;
  const div = 10n ** BigInt(frac.length);
  return scaled % div === 0n ? scaled / div : null;
}

/**
 * One group ("2000", "5千", "3千5百20") times its myriad unit. Decimals only in a plain number
 * ("1.5" of "1.5億"); a 千/百 part below 10 ("5千", not "15千").
 */
function group(text: string, unit: bigint, mayHaveDecimals: boolean): bigint | null {
  const m = GROUP.exec(text);
  if (!m) throw new Ambiguous();
  const [, thousands, hundreds, ones] = m;
  if (thousands === undefined && hundreds === undefined) {
    if (!NUMBER.test(ones)) throw new Ambiguous();
    if (ones.includes(".") && !mayHaveDecimals) throw new Ambiguous();
    return scale(ones, unit);
  }
  let value = 0n;
  for (const [part, size, max] of [
    [thousands, 1000n, 10n],
    [hundreds, 100n, 10n],
    [ones, 1n, 100n],
  ] as const) {
    if (part === undefined || (part === "" && size === 1n)) continue;
    const digits = part === "" ? "1" : part;
    if (!/^\d+$/.test(digits) || BigInt(digits) >= max) throw new Ambiguous();
    value += BigInt(digits) * size;
  }
  return value * unit;
}

export function parseYen(text: string): YenReading {
  let s = text.normalize("NFKC").replace(/\s+/g, "");
  s = s.replace(/^[¥\\]/, "").replace(/円$/, "");
  if (/^[-△▲\u2212]\d/.test(s)) return { ok: false, reason: "negative" };
  s = s.replace(/^\+/, "");
  if (!/^\d/.test(s) || !/^[\d,.兆億万千百]+$/.test(s)) return { ok: false, reason: "notNumber" };
  try {
    let rest = s;
    let total = 0n;
    let above: bigint | null = null;
    const parts: [string, bigint][] = [];
    for (const [name, unit] of MYRIADS) {
      const at = rest.indexOf(name);
      if (at < 0) continue;
      parts.push([rest.slice(0, at), unit]);
      rest = rest.slice(at + 1);
    }
    if (/[兆億万]/.test(rest)) throw new Ambiguous(); // a unit out of order or twice
    if (rest !== "") parts.push([rest, 1n]);
    for (const [i, [digits, unit]] of parts.entries()) {
      if (digits === "") throw new Ambiguous();
      const v = group(digits, unit, i === parts.length - 1);
      if (v === null) return { ok: false, reason: "notWhole" };
      // "1万20000": the part below 万 must be under 10,000, or the reader cannot tell what was meant.
      if (above !== null && v >= above) throw new Ambiguous();
      total += v;
      above = unit;
    }
    if (total > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: "notNumber" };
    return { ok: true, value: Number(total) };
  } catch (e) {
    if (e instanceof Ambiguous) return { ok: false, reason: "ambiguous" };
    throw e;
  }
}
