// CSV/TSV records written straight into UTF-8 bytes (issue 15): the same fields as delimitedRecord (quoting,
// formula guard, numbers bare), but each distinct text is quoted and encoded once and copied from then on,
// and numbers go in as ASCII, so a 100,000-row table is not first built as millions of small strings, joined
// into big UTF-16 ones and converted again on write. The bytes equal the UTF-8 of delimitedRecord's text.
import type { Cell } from "./cells";
import { delimitedField } from "./delimited";

const CR = 13;
const LF = 10;
/** Distinct texts kept encoded; bounded so a table of distinct texts cannot grow it without limit. */
const TEXTS_MAX = 50_000;

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
  private doneBytes = 0;

  constructor(sep: "," | "\t", capacity = 1 << 20) {
    this.sep = sep.charCodeAt(0);
    this.capacity = capacity;
    this.buf = new Uint8Array(capacity);
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
    this.byte(CR);
    this.byte(LF);
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
    const n = b.length;
    this.room(n);
    if (n > 32) this.buf.set(b, this.pos);
    else {
      const buf = this.buf;
      let p = this.pos;
      for (let k = 0; k < n; k++) buf[p++] = b[k];
    }
    this.pos += n;
  }
}
