// DATA_INF.VALUE read straight from the response text into the tidy columns, without JSON.parse building
// 100,000 row objects first (issue 15: building and then collecting them cost more than everything else
// the parser does). It reads only a strict subset of JSON — an array of flat objects whose values are
// strings, each key once — and validates every character it passes; on anything else (a number or null
// value, a repeated key, an escaped key, bad syntax) it gives up and returns -1, and the caller parses
// the text with JSON.parse instead. So the result is either exactly what JSON.parse + TidyBuilder.write
// give, or nothing: the fields are applied in TidyBuilder.write's order (dimensions, `$`, `@unit`,
// `@annotation`) whatever their order in the text, through the same rules.
import { scaledNumber, simpleNumber } from "./simpleNumber";

/** What the text kernel reads and writes; TidyBuilder.writeText fills it. */
export interface TextKernel {
  /** The builder's rare paths, as in the object kernel. */
  resolveCode(d: number, s: string, i: number): number;
  otherValue(s: string, i: number): void;
  annotate(i: number, a: string): (string | null)[];
  /** Makes room for row i (the row count is only known at the end). */
  ensureRow(i: number): void;
  codes: string[][];
  vals: (number | null)[];
  markers: (string | null)[];
  units: (string | null)[];
  annotations: (string | null)[] | undefined;
  nd: number;
  /** Row fields: `@<dim>` for each dimension, then `$`, `@unit`, `@annotation` (all distinct). */
  fields: string[];
  fieldOf: Map<string, number>;
  lists: string[][];
  positions: Map<string, number>[];
  numericMarkers: Map<string, number> | undefined;
  maxMarkerLength: number;
  markerSet: Set<string>;
  unitIntern: Map<string, string>;
}

const QUOTE = 34;
const BACKSLASH = 92;

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function skipSpace(text: string, p: number): number {
  while (isJsonSpace(text.charCodeAt(p))) p++;
  return p;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * The end (index of the closing quote) of the JSON string whose content starts at p, or -1 for text
 * JSON.parse would reject (a raw control character, a bad escape, no closing quote). `escaped[0]` is set
 * to 1 when the string has an escape.
 */
function stringEnd(text: string, p: number, escaped: Uint8Array): number {
  const len = text.length;
  escaped[0] = 0;
  for (;;) {
    if (p >= len) return -1;
    const c = text.charCodeAt(p);
    if (c === QUOTE) return p;
    if (c < 0x20) return -1;
    if (c === BACKSLASH) {
      escaped[0] = 1;
      const e = text.charCodeAt(p + 1);
      if (e === 117) {
        if (!(isHex(text.charCodeAt(p + 2)) && isHex(text.charCodeAt(p + 3)))) return -1;
        if (!(isHex(text.charCodeAt(p + 4)) && isHex(text.charCodeAt(p + 5)))) return -1;
        p += 6;
      } else if (
        e === QUOTE ||
        e === BACKSLASH ||
        e === 47 ||
        e === 98 ||
        e === 102 ||
        e === 110 ||
        e === 114 ||
        e === 116
      )
        p += 2;
      else return -1;
    } else p++;
  }
}

/** The text of the string at [a, b) (b = closing quote), escapes decoded when there are any. */
function stringAt(text: string, a: number, b: number, escaped: number): string {
  return escaped ? (JSON.parse(text.slice(a - 1, b + 1)) as string) : text.slice(a, b);
}

/** simpleNumber(text.slice(a, b)) without the slice. */
function numberAt(text: string, a: number, b: number): number {
  let p = text.charCodeAt(a) === 45 ? a + 1 : a;
  const start = p;
  let n = 0;
  let c = 0;
  while (p < b && (c = text.charCodeAt(p) - 48) >= 0 && c <= 9) {
    n = n * 10 + c;
    p++;
  }
  if (p === start) return NaN;
  let scale = 0;
  if (p < b) {
    if (text.charCodeAt(p) !== 46) return NaN;
    const dot = ++p;
    while (p < b && (c = text.charCodeAt(p) - 48) >= 0 && c <= 9) {
      n = n * 10 + c;
      p++;
    }
    if (p === dot || p < b) return NaN;
    scale = p - dot;
  }
  if (b - start - (scale > 0 ? 1 : 0) > 15) return simpleNumber(text.slice(a, b));
  return scaledNumber(n, scale, start !== a);
}

/**
 * The length of the plain number (/^-?\d+(?:\.\d+)?$/) that fills a string starting at a — its closing quote
 * right after it — or -1. The common cell, read in one pass with its end.
 */
function plainNumberEnd(text: string, a: number): number {
  let p = text.charCodeAt(a) === 45 ? a + 1 : a;
  const first = p;
  let c = text.charCodeAt(p);
  while (c >= 48 && c <= 57) c = text.charCodeAt(++p);
  if (p === first) return -1;
  if (c === 46) {
    const dot = ++p;
    c = text.charCodeAt(p);
    while (c >= 48 && c <= 57) c = text.charCodeAt(++p);
    if (p === dot) return -1;
  }
  return c === QUOTE ? p : -1;
}

/** True when `s` is at text[a] and a quote follows it (s holds no quote, backslash or control character). */
function isStringAt(text: string, a: number, s: string): boolean {
  const n = s.length;
  if (text.charCodeAt(a + n) !== QUOTE) return false;
  for (let q = 0; q < n; q++) if (text.charCodeAt(a + q) !== s.charCodeAt(q)) return false;
  return true;
}

/** True when JSON text could hold `s` unescaped between quotes, so a raw match of it is a whole string. */
export function isPlainJsonText(s: string): boolean {
  for (let q = 0; q < s.length; q++) {
    const c = s.charCodeAt(q);
    if (c < 0x20 || c === QUOTE || c === BACKSLASH) return false;
  }
  return true;
}

/**
 * Reads the VALUE array whose `[` is at `start` into rows offset, offset + 1, …; returns the index just
 * after its `]` and the number of rows in `rows[0]`, or -1 when the text is outside the subset.
 *
 * Most of a row is what the previous row had: the same keys in the same order, the same code or the next
 * one in the code list, the same unit, a plain number. Those are matched in place, character by character
 * against strings known to need no escaping, which also proves the text valid there; anything else is
 * read as a JSON string (validated, escapes decoded) and applied after the row is read, in
 * TidyBuilder.write's order.
 */
export function scanValueArray(
  k: TextKernel,
  text: string,
  start: number,
  offset: number,
  rows: number[],
): number {
  const { nd, fields, lists } = k;
  const nf = fields.length;
  if (text.charCodeAt(start) !== 91) return -1;
  const st: ScanState = {
    text,
    offset,
    p: skipSpace(text, start + 1),
    j: 0,
    fs: new Int32Array(nf),
    fe: new Int32Array(nf),
    fesc: new Uint8Array(nf),
    escaped: new Uint8Array(1),
    rowCode: new Array<string>(nd).fill(""),
    expected: new Int32Array(nf).fill(-1),
    last: new Array<string | undefined>(nd).fill(undefined),
    plainLast: new Uint8Array(nd),
    lastIdx: new Int32Array(nd).fill(-1),
    plainCode: lists.map((list) => Uint8Array.from(list, (c) => (isPlainJsonText(c) ? 1 : 0))),
    unitRaw: "",
    unitPlain: false,
    unit: null,
  };
  if (text.charCodeAt(st.p) === 93) {
    rows[0] = 0;
    return st.p + 1;
  }
  // Chunks of rows, so the kernel is optimised as an ordinary function after a few calls rather than by
  // on-stack replacement of one long loop (which stayed in a slower tier for the whole of a CLI run).
  let done = 0;
  for (let until = CHUNK; done === 0; until += CHUNK) done = scanRows(k, st, until);
  if (done < 0) return -1;
  rows[0] = st.j;
  return st.p;
}

const CHUNK = 512;

/** The scanner's position and what it remembers between rows (one plain object: a stable shape). */
interface ScanState {
  text: string;
  offset: number;
  /** Index of the next row's `{` (after the array: just after its `]`). */
  p: number;
  /** Rows read. */
  j: number;
  /** Per field of the current row: where its string is (when not matched in place) and whether it has escapes. */
  fs: Int32Array;
  fe: Int32Array;
  fesc: Uint8Array;
  escaped: Uint8Array;
  /** Codes matched in place in the current row. */
  rowCode: string[];
  /** Field index expected at each key position: the previous row's order. */
  expected: Int32Array;
  last: (string | undefined)[];
  /** last[d] is set and needs no escaping, so it can be matched in place. */
  plainLast: Uint8Array;
  lastIdx: Int32Array;
  /** Per dimension and code-list position: the code needs no escaping. */
  plainCode: Uint8Array[];
  unitRaw: string;
  /** unitRaw is the raw text of a valid JSON string: a match needs no further check. */
  unitPlain: boolean;
  unit: string | null;
}

/** Reads rows until `until` rows are read (0), the array ends (1, st.p after its `]`) or the text is outside the subset (-1). */
function scanRows(k: TextKernel, st: ScanState, until: number): number {
  const { codes, vals, markers, units, nd, fields, fieldOf, lists, positions } = k;
  const { numericMarkers, maxMarkerLength, markerSet } = k;
  const { text, offset, fs, fe, fesc, escaped, rowCode, expected, last, plainLast, lastIdx, plainCode } = st;
  const nf = fields.length;
  const iValue = nd;
  const iUnit = nd + 1;
  const iNote = nd + 2;
  const noNumericMarker = numericMarkers === undefined;
  let { p, j, unitRaw, unitPlain, unit } = st;
  for (;;) {
    if (text.charCodeAt(p) !== 123) return -1;
    p = skipSpace(text, p + 1);
    let seen = 0;
    let matched = 0;
    let unitSame = false;
    let x = NaN;
    let pos = 0;
    for (;;) {
      if (text.charCodeAt(p) !== QUOTE) return -1;
      const ka = p + 1;
      let kb = -1;
      let f = pos < nf ? expected[pos] : -1;
      if (f >= 0 && isStringAt(text, ka, fields[f])) kb = ka + fields[f].length;
      else {
        kb = stringEnd(text, ka, escaped);
        if (kb < 0 || escaped[0]) return -1; // an escaped key may spell a field's name: JSON.parse decides
        f = fieldOf.get(text.slice(ka, kb)) ?? -1;
        if (pos < nf) expected[pos] = f;
      }
      p = kb + 1;
      if (text.charCodeAt(p) !== 58) {
        p = skipSpace(text, p);
        if (text.charCodeAt(p) !== 58) return -1;
      }
      p = skipSpace(text, p + 1);
      if (text.charCodeAt(p) !== QUOTE) return -1; // numbers, null, objects: JSON.parse decides
      const va = p + 1;
      let vb = -1;
      if (f >= 0) {
        const bit = 1 << f;
        if (seen & bit) return -1; // a repeated key: the last one wins in JSON.parse
        seen |= bit;
        if (f < nd) {
          const prev = last[f]!;
          if (plainLast[f] && isStringAt(text, va, prev)) {
            vb = va + prev.length;
            rowCode[f] = prev;
            matched |= bit;
          } else {
            const list = lists[f];
            let q = lastIdx[f] + 1;
            if (q >= list.length) q = 0;
            if (q < list.length && plainCode[f][q] && isStringAt(text, va, list[q])) {
              const code = list[q];
              vb = va + code.length;
              rowCode[f] = code;
              matched |= bit;
              last[f] = code;
              plainLast[f] = 1;
              lastIdx[f] = q;
            }
          }
        } else if (f === iValue) {
          // a plain number longer than every numeric marker (「0」 of 労働力調査 is one)
          vb = plainNumberEnd(text, va);
          if (vb >= 0 && (noNumericMarker || vb - va > maxMarkerLength)) {
            x = numberAt(text, va, vb);
            matched |= bit;
          } else vb = -1;
        } else if (f === iUnit && unitPlain && isStringAt(text, va, unitRaw)) {
          vb = va + unitRaw.length;
          unitSame = true;
        }
        if (vb < 0) {
          vb = stringEnd(text, va, escaped);
          if (vb < 0) return -1;
          fs[f] = va;
          fe[f] = vb;
          fesc[f] = escaped[0];
        }
      } else {
        vb = stringEnd(text, va, escaped);
        if (vb < 0) return -1;
      }
      pos++;
      p = vb + 1;
      let c = text.charCodeAt(p);
      if (isJsonSpace(c)) c = text.charCodeAt((p = skipSpace(text, p)));
      if (c === 44) {
        p = skipSpace(text, p + 1);
        continue;
      }
      if (c !== 125) return -1;
      p++;
      break;
    }

    // The row, in TidyBuilder.write's order.
    const i = offset + j;
    k.ensureRow(i);
    for (let d = 0; d < nd; d++) {
      const bit = 1 << d;
      if (matched & bit) {
        codes[d][i] = rowCode[d];
        continue;
      }
      const s = seen & bit ? stringAt(text, fs[d], fe[d], fesc[d]) : "";
      const prev = last[d];
      if (s === prev) {
        codes[d][i] = prev;
        continue;
      }
      const found = positions[d].get(s);
      const q = found === undefined ? k.resolveCode(d, s, i) : found;
      const code = lists[d][q];
      codes[d][i] = code;
      last[d] = code;
      plainLast[d] = isPlainJsonText(code) ? 1 : 0;
      lastIdx[d] = q;
      if (q >= plainCode[d].length)
        plainCode[d] = Uint8Array.from(lists[d], (c) => (isPlainJsonText(c) ? 1 : 0));
    }

    if (matched & (1 << iValue)) {
      vals[i] = x;
      markers[i] = null;
    } else {
      const s = seen & (1 << iValue) ? stringAt(text, fs[iValue], fe[iValue], fesc[iValue]) : "";
      const numericMarker =
        numericMarkers !== undefined && s.length <= maxMarkerLength ? numericMarkers.get(s) : undefined;
      if (numericMarker !== undefined) {
        vals[i] = numericMarker;
        markers[i] = s;
      } else if ((x = simpleNumber(s)) === x) {
        vals[i] = x;
        markers[i] = null;
      } else if (markerSet.has(s)) {
        vals[i] = null;
        markers[i] = s;
      } else k.otherValue(s, i);
    }

    if (unitSame) units[i] = unit;
    else if (seen & (1 << iUnit)) {
      const a = fs[iUnit];
      const b = fe[iUnit];
      unitRaw = text.slice(a, b);
      unitPlain = true; // the raw text of a validated string
      const u = stringAt(text, a, b, fesc[iUnit]);
      unit = k.unitIntern.get(u) ?? u;
      k.unitIntern.set(u, unit);
      units[i] = unit;
    } else units[i] = null;

    if (seen & (1 << iNote)) k.annotations = k.annotate(i, stringAt(text, fs[iNote], fe[iNote], fesc[iNote]));
    else if (k.annotations) k.annotations[i] = null;

    j++;
    let c = text.charCodeAt(p);
    if (isJsonSpace(c)) c = text.charCodeAt((p = skipSpace(text, p)));
    if (c === 44 && j >= until) {
      st.p = skipSpace(text, p + 1);
      st.j = j;
      st.unitRaw = unitRaw;
      st.unitPlain = unitPlain;
      st.unit = unit;
      return 0;
    }
    if (c === 44) {
      p = skipSpace(text, p + 1);
      continue;
    }
    if (c !== 93) return -1;
    st.p = p + 1;
    st.j = j;
    return 1;
  }
}
