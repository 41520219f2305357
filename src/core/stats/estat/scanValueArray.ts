// DATA_INF.VALUE read straight from the response text into the tidy columns, without JSON.parse building
// 100,000 row objects first (issue 15: building and then collecting them cost more than everything else
// the parser does). It reads only a strict subset of JSON — an array of flat objects whose values are
// strings, each key once — and validates every character it passes; on anything else (a number or null
// value, a repeated key, an escaped key, bad syntax) it gives up and returns -1, and the caller parses
// the text with JSON.parse instead. So the result is either exactly what JSON.parse + TidyBuilder.write
// give, or nothing: the fields are applied in TidyBuilder.write's order (dimensions, `$`, `@unit`,
// `@annotation`) whatever their order in the text, through the same rules.
//
// Rows of one response look alike (same keys, same order, no spaces), so after the first row a regular
// expression built from it reads each row in one native call — the JSON string grammar for every value —
// and the character-by-character reader only takes the rows it does not match. A JavaScript character
// loop was as fast once optimised, but a CLI run is over before V8 has optimised it.
import { simpleNumber } from "./simpleNumber";

/** What the text kernel reads and writes; TidyBuilder.writeText fills it. */
/** What both row readers (TidyBuilder's object kernel and this text kernel) write into and look up. */
export interface KernelColumns {
  codes: string[][];
  vals: (number | null)[];
  markers: (string | null)[];
  units: (string | null)[];
  annotations: (string | null)[] | undefined;
  nd: number;
  /** Row fields: `@<dim>` for each dimension, then `$`, `@unit`, `@annotation`. */
  fields: string[];
  lists: string[][];
  positions: Map<string, number>[];
  numericMarkers: Map<string, number> | undefined;
  maxMarkerLength: number;
  markerSet: Set<string>;
  unitIntern: Map<string, string>;
}

export interface TextKernel extends KernelColumns {
  /** The builder's rare paths, as in the object kernel. */
  resolveCode(d: number, s: string, i: number): number;
  otherValue(s: string, i: number): void;
  annotate(i: number, a: string): (string | null)[];
  /** Makes room for row i (the row count is only known at the end). */
  ensureRow(i: number): void;
  /** Field name → its index in `fields` (all distinct here). */
  fieldOf: Map<string, number>;
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
  return escaped ? decode(text.slice(a, b)) : text.slice(a, b);
}

/** The value of valid JSON string content with escapes. */
function decode(raw: string): string {
  return JSON.parse(`"${raw}"`) as string;
}

/** True when JSON text could hold `s` unescaped between quotes, so a raw match of it is a whole string. */
export function isPlainJsonText(s: string): boolean {
  for (let q = 0; q < s.length; q++) {
    const c = s.charCodeAt(q);
    if (c < 0x20 || c === QUOTE || c === BACKSLASH) return false;
  }
  return true;
}

/** JSON string content (RFC 8259 §7) without escapes, and with them. */
const PLAIN = '([^"\\\\\\x00-\\x1f]*)';
const ESCAPED = '((?:[^"\\\\\\x00-\\x1f]|\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4}))*)';
/** Rebuilding the row expression stops after this many times (rows that keep changing shape). */
const MAX_PATTERNS = 16;

/** The scanner's position and what it remembers between rows (one plain object: a stable shape). */
interface ScanState {
  text: string;
  offset: number;
  /** Index of the next row's `{` (after the array: just after its `]`). */
  p: number;
  /** Rows read. */
  j: number;
  /** Per field of the current row: its string (raw for the expression's escaped fields), undefined when absent. */
  got: (string | undefined)[];
  escaped: Uint8Array;
  /** The expression for rows shaped like an earlier one, the field of each of its groups, and its escaped fields. */
  rowRe: RegExp | undefined;
  reFields: Int32Array;
  reEscaped: number;
  patterns: number;
  /** Key order and escaped fields of the row the reader just read; -1 when it cannot be an expression. */
  order: number[];
  orderEscaped: number;
  last: (string | undefined)[];
  lastIdx: Int32Array;
  /** Raw (escaped) text of the previous row's unit, when it came escaped from the expression. */
  unitRaw: string | undefined;
  unitText: string | undefined;
  unit: string | null;
}

/**
 * Reads the VALUE array whose `[` is at `start` into rows offset, offset + 1, …; returns the index just
 * after its `]` and the number of rows in `rows[0]`, or -1 when the text is outside the subset.
 */
export function scanValueArray(
  k: TextKernel,
  text: string,
  start: number,
  offset: number,
  rows: number[],
): number {
  const { nd, fields } = k;
  const nf = fields.length;
  if (text.charCodeAt(start) !== 91) return -1;
  const st: ScanState = {
    text,
    offset,
    p: skipSpace(text, start + 1),
    j: 0,
    got: new Array<string | undefined>(nf).fill(undefined),
    escaped: new Uint8Array(1),
    rowRe: undefined,
    reFields: new Int32Array(0),
    reEscaped: 0,
    patterns: 0,
    order: [],
    orderEscaped: 0,
    last: new Array<string | undefined>(nd).fill(undefined),
    lastIdx: new Int32Array(nd).fill(-1),
    unitRaw: undefined,
    unitText: undefined,
    unit: null,
  };
  if (text.charCodeAt(st.p) === 93) {
    rows[0] = 0;
    return st.p + 1;
  }
  // Chunks of rows, so the kernel is optimised as an ordinary function after a few calls rather than by
  // on-stack replacement of one long loop.
  let done = 0;
  for (let until = CHUNK; done === 0; until += CHUNK) done = scanRows(k, st, until);
  if (done < 0) return -1;
  rows[0] = st.j;
  return st.p;
}

const CHUNK = 512;

/** Reads rows until `until` rows are read (0), the array ends (1, st.p after its `]`) or the text is outside the subset (-1). */
function scanRows(k: TextKernel, st: ScanState, until: number): number {
  const { text, got } = st;
  const nf = got.length;
  let p = st.p;
  let j = st.j;
  for (;;) {
    const re = st.rowRe;
    let m: RegExpExecArray | null = null;
    if (re !== undefined) {
      re.lastIndex = p;
      m = re.exec(text);
    }
    let closed: boolean;
    let escapedFields: number;
    if (m !== null) {
      const reFields = st.reFields;
      const n = reFields.length;
      for (let f = 0; f < nf; f++) got[f] = undefined;
      for (let g = 0; g < n; g++) got[reFields[g]] = m[g + 1];
      closed = m[n + 1] === "]";
      p = re!.lastIndex;
      escapedFields = st.reEscaped;
    } else {
      const q = readRow(k, st, p);
      if (q < 0) return -1;
      if (st.order.length > 0 && st.patterns < MAX_PATTERNS) buildPattern(k, st);
      p = skipSpace(text, q);
      const c = text.charCodeAt(p);
      if (c === 44) closed = false;
      else if (c === 93) closed = true;
      else return -1;
      p++;
      escapedFields = 0;
    }
    applyRow(k, st, st.offset + j, escapedFields);
    j++;
    if (closed) {
      st.p = p;
      st.j = j;
      return 1;
    }
    p = skipSpace(text, p);
    if (j >= until) {
      st.p = p;
      st.j = j;
      return 0;
    }
  }
}

/**
 * Reads the row object at p (any key order and spacing) into st.got, decoded; returns the index after its
 * `}` or -1. Records its key order in st.order when an expression could match rows like it.
 */
function readRow(k: TextKernel, st: ScanState, p: number): number {
  const { text, got, escaped, order } = st;
  const { fieldOf } = k;
  const nf = got.length;
  for (let f = 0; f < nf; f++) got[f] = undefined;
  order.length = 0;
  st.orderEscaped = 0;
  let regular = true;
  let seen = 0;
  if (text.charCodeAt(p) !== 123) return -1;
  let q = skipSpace(text, p + 1);
  if (q !== p + 1) regular = false;
  for (;;) {
    if (text.charCodeAt(q) !== QUOTE) return -1;
    const ka = q + 1;
    const kb = stringEnd(text, ka, escaped);
    if (kb < 0 || escaped[0]) return -1; // an escaped key may spell a field's name: JSON.parse decides
    const f = fieldOf.get(text.slice(ka, kb)) ?? -1;
    q = kb + 1;
    if (text.charCodeAt(q) !== 58) {
      q = skipSpace(text, q);
      if (text.charCodeAt(q) !== 58) return -1;
      regular = false;
    }
    const va = q + 1;
    q = skipSpace(text, va);
    if (q !== va) regular = false;
    if (text.charCodeAt(q) !== QUOTE) return -1; // numbers, null, objects: JSON.parse decides
    const vb = stringEnd(text, q + 1, escaped);
    if (vb < 0) return -1;
    if (f >= 0) {
      const bit = 1 << f;
      if (seen & bit) return -1; // a repeated key: the last one wins in JSON.parse
      seen |= bit;
      got[f] = stringAt(text, q + 1, vb, escaped[0]);
      order.push(f);
      if (escaped[0]) st.orderEscaped |= bit;
    } else regular = false;
    q = vb + 1;
    let c = text.charCodeAt(q);
    if (isJsonSpace(c)) {
      regular = false;
      c = text.charCodeAt((q = skipSpace(text, q)));
    }
    if (c === 44) {
      const next = q + 1;
      q = skipSpace(text, next);
      if (q !== next) regular = false;
      continue;
    }
    if (c !== 125) return -1;
    if (!regular) order.length = 0;
    return q + 1;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** An expression for rows with the keys of the row just read, unless the current one is already that. */
function buildPattern(k: TextKernel, st: ScanState): void {
  const { order, orderEscaped, reFields } = st;
  const same = st.rowRe && order.length === reFields.length && order.every((f, g) => reFields[g] === f);
  if (same && (orderEscaped & ~st.reEscaped) === 0) return;
  // a field seen escaped once keeps the escaped form, so an expression is not rebuilt for every such row
  const escapedFields = orderEscaped | (st.rowRe ? st.reEscaped : 0);
  const body = order
    .map((f) => `"${escapeRegExp(k.fields[f])}":"${(escapedFields >> f) & 1 ? ESCAPED : PLAIN}"`)
    .join(",");
  st.rowRe = new RegExp(`\\{${body}\\}(,|\\])`, "y");
  st.reFields = Int32Array.from(order);
  st.reEscaped = escapedFields;
  st.patterns++;
}

/**
 * Applies st.got to row i exactly as TidyBuilder.write applies a parsed row object: dimensions, `$`, `@unit`,
 * `@annotation`, in that order. Fields in `escapedFields` are raw JSON string content still to be decoded.
 * The rules are written out again rather than shared with tidyBuilder.ts's writeRows: as shared functions
 * (not inlined there) they made the object reader about 40 % slower; scanValueArray.test.ts holds the two
 * readers to the same result.
 */
function applyRow(k: TextKernel, st: ScanState, i: number, escapedFields: number): void {
  const { codes, vals, markers, units, nd, lists, positions, numericMarkers, maxMarkerLength, markerSet } = k;
  const { got, last, lastIdx } = st;
  k.ensureRow(i);
  for (let d = 0; d < nd; d++) {
    const raw = got[d];
    const s = raw === undefined ? "" : (escapedFields >> d) & 1 && raw.indexOf("\\") >= 0 ? decode(raw) : raw;
    // rows come sorted, so most codes repeat the previous row's: skip the map lookup then
    const prev = last[d];
    if (s === prev) {
      codes[d][i] = prev;
      continue;
    }
    // the innermost dimension usually steps to the next code of its list: try that before the map
    const list = lists[d];
    let q = lastIdx[d] + 1;
    if (q >= list.length) q = 0;
    if (s !== list[q]) {
      const found = positions[d].get(s);
      q = found === undefined ? k.resolveCode(d, s, i) : found;
    }
    const code = list[q];
    codes[d][i] = code;
    last[d] = code;
    lastIdx[d] = q;
  }

  const rawValue = got[nd];
  const s =
    rawValue === undefined
      ? ""
      : (escapedFields >> nd) & 1 && rawValue.indexOf("\\") >= 0
        ? decode(rawValue)
        : rawValue;
  const numericMarker =
    numericMarkers !== undefined && s.length <= maxMarkerLength ? numericMarkers.get(s) : undefined;
  let x: number;
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

  const rawUnit = got[nd + 1];
  if (rawUnit === undefined) units[i] = null;
  else {
    let u: string | undefined;
    if ((escapedFields >> (nd + 1)) & 1) {
      // the same escaped text as the previous row's: the same unit, without decoding it again
      if (rawUnit !== st.unitRaw) {
        u = rawUnit.indexOf("\\") >= 0 ? decode(rawUnit) : rawUnit;
        st.unitRaw = rawUnit;
      }
    } else {
      u = rawUnit;
      st.unitRaw = undefined;
    }
    if (u !== undefined && u !== st.unitText) {
      st.unitText = u;
      const unit = k.unitIntern.get(u) ?? u;
      k.unitIntern.set(u, unit);
      st.unit = unit;
    }
    units[i] = st.unit;
  }

  const a = got[nd + 2];
  if (a !== undefined)
    k.annotations = k.annotate(i, (escapedFields >> (nd + 2)) & 1 && a.indexOf("\\") >= 0 ? decode(a) : a);
  else if (k.annotations) k.annotations[i] = null;
}
