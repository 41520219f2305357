// CSV/TSV records written straight into UTF-8 bytes (issue 15): the same fields as delimitedRecord (quoting,
// formula guard, numbers bare), but each distinct text is quoted and encoded once and copied from then on,
// and numbers go in as ASCII, so a 100,000-row table is not first built as millions of small strings, joined
// into big UTF-16 ones and converted again on write. The bytes equal the UTF-8 of delimitedRecord's text.
import type { Cell } from "./cells";
import { delimitedField } from "./delimited";

const CR = 13;
const LF = 10;
/** The first buffer's size (see the constructor). */
const FIRST_BUFFER = 4096;
/** Distinct texts kept encoded; bounded so a table of distinct texts cannot grow it without limit. */
const TEXTS_MAX = 50_000;

/** Bytes a number's text can take (String of a double: at most 25 characters). */
const NUMBER_MAX = 32;
const POINT = 46;
const MINUS = 45;

/**
 * Writes String(x) for a number as ASCII at p (nothing for NaN and ±Infinity, as delimitedField); returns
 * the end. Integers and numbers with one or two decimals below 2^40 are written digit by digit, without
 * building the string: for those, String(x) is the digits of x·10^d with the point d places from the end
 * (x is the double nearest to that decimal, and no shorter decimal is within half an ulp of x, since
 * 10^-d > ulp(x) there). Everything else goes through String(x). DelimitedEncoder.test.ts holds it to
 * String(x) over tens of thousands of values, among them doubles one or two ulps from such decimals.
 */
export function writeNumber(buf: Uint8Array, p: number, x: number): number {
  const a = x < 0 ? -x : x;
  if (a < 1099511627776) {
    let d = 0;
    let m = a;
    if (m !== Math.floor(m)) {
      m = a * 10;
      d = 1;
      if (m !== Math.floor(m) || m / 10 !== a) {
        m = a * 100;
        d = 2;
        // (m % 10 === 0: a one-decimal number the test above missed, which two decimals would misprint as
        // "1.70"; it goes to String(x). No double reached this in a search: a cheap defence.)
        if (m !== Math.floor(m) || m / 100 !== a || m % 10 === 0) d = -1;
      }
    }
    if (d >= 0) {
      if (x < 0) buf[p++] = MINUS;
      // digits of m, with at least d + 1 of them (0.5 → "0.5")
      let len = 1;
      for (let q = 10; q <= m; q *= 10) len++;
      if (len < d + 1) len = d + 1;
      const end = p + len + (d > 0 ? 1 : 0);
      let at = end;
      for (let k = 0; k < len; k++) {
        if (d > 0 && k === d) buf[--at] = POINT;
        const q = Math.floor(m / 10);
        buf[--at] = 48 + (m - q * 10);
        m = q;
      }
      return end;
    }
  }
  if (x !== x || a === Infinity) return p;
  const s = String(x);
  for (let k = 0; k < s.length; k++) buf[p++] = s.charCodeAt(k);
  return p;
}

/**
 * Copies b into buf at p (room already made); returns the end. Short runs by a loop, longer ones by
 * TypedArray.set, whose call costs about as much as copying 10 bytes one by one (micro-bench, session 5).
 */
function copyRun(buf: Uint8Array, p: number, b: Uint8Array): number {
  const n = b.length;
  if (n > 8) buf.set(b, p);
  else for (let q = 0; q < n; q++) buf[p + q] = b[q];
  return p + n;
}

export class DelimitedEncoder {
  private readonly sep: number;
  private readonly capacity: number;
  private readonly utf8 = new TextEncoder();
  private readonly texts = new Map<string, Uint8Array>();
  private buf: Uint8Array;
  private pos = 0;
  private done: Uint8Array[] = [];
  /** Per column, the previous record's text and its bytes: sorted tables repeat a column's text row after row. */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastBytes: Uint8Array[] = [];
  /** keyedRecord's bytes of each text field of the record at hand (its text caches above go by tail index). */
  private readonly tailBytes: Uint8Array[] = [];
  private doneBytes = 0;

  constructor(sep: "," | "\t", capacity = 1 << 20) {
    this.sep = sep.charCodeAt(0);
    this.capacity = capacity;
    // The first buffer is small, so keyedRecord starts a new one within its first rows (see there).
    this.buf = new Uint8Array(Math.min(capacity, FIRST_BUFFER));
  }

  /** Bytes written and not yet taken. */
  get size(): number {
    return this.doneBytes + this.pos;
  }

  /** Appends text as it is (a BOM, a preamble): no quoting. */
  raw(s: string): void {
    this.bytes(this.utf8.encode(s));
  }

  /** Appends one record and its CRLF (RFC 4180 rule 1). */
  record(cells: readonly Cell[]): void {
    const n = cells.length;
    for (let i = 0; i < n; i++) {
      if (i > 0) this.byte(this.sep);
      const c = cells[i];
      if (c === null) continue;
      if (typeof c === "number") {
        if (Number.isFinite(c)) this.ascii(String(c));
      } else if (c === this.lastText[i] && c !== undefined) this.bytes(this.lastBytes[i]);
      else {
        const b = this.text(c);
        this.lastText[i] = c;
        this.lastBytes[i] = b;
        this.bytes(b);
      }
    }
    this.end();
  }

  /**
   * Appends one record whose first `nKeys` fields come pre-encoded (runs of fields from `encode`, as a writer
   * whose rows repeat their keys keeps them) and whose other fields are `tail[0..nTail)`: the bytes `record`
   * writes for the same cells. `keys` and `tail` may be reused from record to record.
   */
  keyedRecord(keys: readonly Uint8Array[], nKeys: number, tail: readonly Cell[], nTail: number): void {
    // First the record's size at most, then one check for room and the bytes: one place that starts a
    // new buffer, so it has run (and V8 has seen it) before this is optimised — with a check per field,
    // optimised code was thrown away each time a field first met a full buffer (node --trace-deopt).
    const tailBytes = this.tailBytes;
    let need = nKeys + nTail + 2;
    for (let k = 0; k < nKeys; k++) need += keys[k].length;
    for (let t = 0; t < nTail; t++) {
      const c = tail[t];
      if (typeof c === "string") {
        let b = this.lastBytes[t];
        if (c !== this.lastText[t]) {
          b = this.text(c);
          this.lastText[t] = c;
          this.lastBytes[t] = b;
        }
        tailBytes[t] = b;
        need += b.length;
      } else need += NUMBER_MAX;
    }
    if (this.pos + need > this.buf.length) this.room(need);
    const buf = this.buf;
    const sep = this.sep;
    let p = this.pos;
    for (let k = 0; k < nKeys; k++) {
      if (k > 0) buf[p++] = sep;
      p = copyRun(buf, p, keys[k]);
    }
    for (let t = 0; t < nTail; t++) {
      if (nKeys > 0 || t > 0) buf[p++] = sep;
      const c = tail[t];
      if (c === null) continue;
      if (typeof c === "number") {
        p = writeNumber(buf, p, c);
        continue;
      }
      p = copyRun(buf, p, tailBytes[t]);
    }
    buf[p++] = CR;
    buf[p++] = LF;
    this.pos = p;
  }

  /** Ends the record (CRLF). */
  private end(): void {
    this.byte(CR);
    this.byte(LF);
  }

  /** The bytes `record` writes for these cells, without the CRLF: a run of key fields for `keyedRecord`. */
  encode(cells: readonly Cell[]): Uint8Array {
    return this.join(
      cells.map((c) =>
        c === null || (typeof c === "number" && !Number.isFinite(c))
          ? new Uint8Array(0)
          : typeof c === "number"
            ? this.utf8.encode(String(c))
            : this.text(c),
      ),
    );
  }

  /** Runs of fields (from `encode`) joined by the separator into one run. */
  join(runs: readonly Uint8Array[]): Uint8Array {
    let n = Math.max(0, runs.length - 1);
    for (const r of runs) n += r.length;
    const out = new Uint8Array(n);
    let at = 0;
    runs.forEach((r, i) => {
      if (i > 0) out[at++] = this.sep;
      out.set(r, at);
      at += r.length;
    });
    return out;
  }

  /** Everything written since the last call, in one array; the encoder goes on in a fresh buffer. */
  take(): Uint8Array {
    const last = this.buf.subarray(0, this.pos);
    let out: Uint8Array;
    if (this.done.length === 0) out = last;
    else {
      out = new Uint8Array(this.size);
      let at = 0;
      for (const part of [...this.done, last]) {
        out.set(part, at);
        at += part.length;
      }
    }
    this.done = [];
    this.doneBytes = 0;
    this.buf = new Uint8Array(this.capacity);
    this.pos = 0;
    return out;
  }

  private text(s: string): Uint8Array {
    let b = this.texts.get(s);
    if (b === undefined) {
      b = this.utf8.encode(delimitedField(s));
      if (this.texts.size >= TEXTS_MAX) this.texts.clear();
      this.texts.set(s, b);
    }
    return b;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.done.push(this.buf.subarray(0, this.pos));
    this.doneBytes += this.pos;
    this.buf = new Uint8Array(Math.max(this.capacity, n));
    this.pos = 0;
  }

  private byte(b: number): void {
    if (this.pos === this.buf.length) this.room(1);
    this.buf[this.pos++] = b;
  }

  /** A number's text: ASCII only (digits, sign, point, exponent). */
  private ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let p = this.pos;
    for (let k = 0; k < n; k++) buf[p++] = s.charCodeAt(k);
    this.pos = p;
  }

  private bytes(b: Uint8Array): void {
    this.room(b.length);
    this.pos = copyRun(this.buf, this.pos, b);
  }
}
