import { parseLenientNumber } from "../../parse/parseNumber";
import type { DimensionMeta, MarkerInfo, TableIssue } from "../table/types";
import { isPlainJsonText, scanValueArray, type KernelColumns, type TextKernel } from "./scanValueArray";
import { simpleNumber } from "./simpleNumber";

export { simpleNumber };

const MAX_ISSUES = 200;
const CHUNK = 1024;

/**
 * Everything the row kernel touches, in one plain object (a stable shape), so the optimised kernel depends
 * on no TidyBuilder instance shape and no parsed-page object shape: it is compiled once and reused for every
 * page, instead of being thrown away and recompiled (10–20 ms) each time a page's objects are collected.
 */
interface Kernel extends KernelColumns {
  builder: TidyBuilder;
  /** Previous row's code and its list position, per dimension. */
  last: (string | undefined)[];
  lastIdx: Int32Array;
  /** The current row's fields, in the order of `fields`. */
  got: unknown[];
  unitRaw: string | undefined;
  unit: string | null;
}

/**
 * Writes rows from … to - 1 of a page. Called in chunks so it is optimised as an ordinary function rather
 * than by on-stack replacement of one long loop.
 */
function writeRows(k: Kernel, values: unknown[], offset: number, from: number, to: number): void {
  const { codes, vals, markers, units, nd, fields, got, last, lastIdx, lists, positions } = k;
  const { numericMarkers, maxMarkerLength, markerSet } = k;
  const nf = fields.length;
  for (let j = from; j < to; j++) {
    const v = values[j];
    const i = offset + j;
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      k.builder.badRow(i);
      continue;
    }
    const row = v as Record<string, unknown>;
    // Every field goes through this one keyed load: a megamorphic site, so the optimised kernel holds no
    // object shape (each parsed page brings fresh shapes, and code that checked the previous page's shapes
    // was thrown away and recompiled on every page).
    for (let q = 0; q < nf; q++) got[q] = row[fields[q]];
    for (let d = 0; d < nd; d++) {
      const raw = got[d];
      const s = typeof raw === "string" ? raw : raw === undefined || raw === null ? "" : String(raw);
      // rows come sorted, so most codes repeat the previous row's: skip the map lookup then
      const prev = last[d];
      if (s === prev) {
        codes[d][i] = prev;
        continue;
      }
      // the innermost dimension usually steps to the next code of its list: try that before the map
      const list = lists[d];
      let p = lastIdx[d] + 1;
      if (p >= list.length) p = 0;
      if (s !== list[p]) {
        const found = positions[d].get(s);
        p = found === undefined ? k.builder.addUnknownCode(d, s, i) : found;
      }
      const code = list[p];
      codes[d][i] = code;
      last[d] = code;
      lastIdx[d] = p;
    }
    const rawValue = got[nd];
    const s =
      typeof rawValue === "string"
        ? rawValue
        : rawValue === undefined || rawValue === null
          ? ""
          : String(rawValue);
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
    } else k.builder.otherValue(s, i);
    const u = got[nd + 1];
    if (typeof u === "string") {
      if (u !== k.unitRaw) {
        k.unitRaw = u;
        const unit = k.unitIntern.get(u) ?? u;
        k.unitIntern.set(u, unit);
        k.unit = unit;
      }
      units[i] = k.unit;
    } else units[i] = null;
    const a = got[nd + 2];
    if (a !== undefined && a !== null) k.annotations = k.builder.annotate(i, a);
    else if (k.annotations) k.annotations[i] = null;
  }
}

/**
 * The same text as the engine's own property-name string (read back from an object's keys), so `row[key]`
 * in the hot loop compares names by identity instead of hashing a freshly built string on every row.
 */
function propertyKey(s: string): string {
  return Object.keys({ [s]: 0 })[0];
}

/**
 * One page's rows as a parse worker sends them back (see pageParsePool.ts): typed arrays that move between
 * threads without a copy, and the few strings they point into. Made by `exportPage` in the worker, read by
 * `mergePage` on the main thread.
 */
export interface PageColumns {
  rows: number;
  /** Per dimension: each row's position in the worker's code list (-1: the empty code of a bad row). */
  codes: Int32Array[];
  /** Per dimension: the codes the page itself added to the list it was given (positions from `base[d]`). */
  added: string[][];
  base: number[];
  /** NaN = null (no parsed value is NaN: parseLenientNumber gives null for what is not finite). */
  values: Float64Array;
  /** Position in `markerList`, -1 = null. */
  markers: Int32Array;
  markerList: string[];
  /** Position in `unitList`, -1 = null. */
  units: Int32Array;
  unitList: string[];
  /** Annotated rows and their texts (rare). */
  annotationRows: number[];
  annotationTexts: string[];
  /** The page's issues in row order, rows counted from the page's first row. */
  issues: TableIssue[];
}

export interface TidyColumns {
  rowCount: number;
  codes: string[][];
  values: (number | null)[];
  markers: (string | null)[];
  units: (string | null)[];
  annotations?: (string | null)[];
}

/**
 * Writes VALUE rows straight into preallocated columns at a given offset, so pages can arrive in any order
 * and a 1,000,000-row table is never held as 1,000,000 parsed objects plus a copy. Codes are interned to
 * the code-list strings, so the page's parsed JSON can be collected right after `write`.
 *
 * Cells: a NOTE marker → value null + marker (never 0); a NOTE marker that is itself a number (労働力調査
 * `0`) → the number + the marker; anything else is parsed leniently; text that is neither → value null
 * with the text as an (undeclared) marker and one issue per distinct text.
 */
export class TidyBuilder {
  readonly dims: DimensionMeta[];
  readonly issues: TableIssue[] = [];
  /** Row fields read per VALUE: `@<dim>` for each dimension, then `$`, `@unit`, `@annotation`. */
  private readonly fields: string[];
  /** Per dimension: the code strings in list order (unknown codes appended) and code → its position. */
  private readonly codeLists: string[][];
  private readonly codePositions: Map<string, number>[];
  private readonly markerSet: Set<string>;
  private readonly numericMarkers: Map<string, number>;
  private readonly unknownTexts = new Set<string>();
  private readonly unitIntern = new Map<string, string>();
  /** Dimensions that came with a code list: a code outside it is worth an issue. */
  private readonly strict: boolean[];
  readonly columns: TidyColumns;
  private written = 0;
  private readonly maxIssues: number;
  /** Code-list lengths as given (codes from there on were added by the rows). */
  private readonly baseLengths: number[];

  /**
   * `maxIssues`: a parse worker's page keeps more than the table's 200 (up to 10,000), so the table's
   * builder, replaying them in row order, keeps the same first 200 as one thread would.
   */
  constructor(dims: DimensionMeta[], markers: MarkerInfo[], capacity: number, maxIssues = MAX_ISSUES) {
    this.dims = dims;
    this.maxIssues = maxIssues;
    this.baseLengths = dims.map((d) => d.codes.length);
    this.fields = [...dims.map((d) => `@${d.id}`), "$", "@unit", "@annotation"].map(propertyKey);
    this.strict = dims.map((d) => d.codes.length > 0);
    this.codeLists = dims.map((d) => d.codes.map((c) => c.code));
    this.codePositions = dims.map((d) => new Map(d.codes.map((c, k) => [c.code, k])));
    this.markerSet = new Set(markers.map((m) => m.marker));
    this.numericMarkers = new Map();
    for (const m of markers) {
      const n = parseLenientNumber(m.marker);
      if (n !== null) this.numericMarkers.set(m.marker, n);
    }
    this.columns = {
      rowCount: capacity,
      codes: dims.map(() => new Array<string>(capacity)),
      values: new Array<number | null>(capacity),
      markers: new Array<string | null>(capacity),
      units: new Array<string | null>(capacity),
    };
  }

  /** Adds markers declared by a later page's NOTE (pages fetched with metaGetFlg=N still carry NOTE). */
  addMarkers(markers: MarkerInfo[]): void {
    for (const m of markers) {
      if (this.markerSet.has(m.marker)) continue;
      this.markerSet.add(m.marker);
      const n = parseLenientNumber(m.marker);
      if (n !== null) this.numericMarkers.set(m.marker, n);
    }
  }

  private issue(i: TableIssue) {
    if (this.issues.length < this.maxIssues) this.issues.push(i);
  }

  /** Writes `values` (DATA_INF.VALUE, already an array) at rows offset … offset + values.length - 1. */
  write(values: unknown[], offset: number): void {
    if (offset + values.length > this.columns.rowCount) this.grow(offset + values.length);
    const c = this.columns;
    // The same columns as writeText's kernel, written out: a kernel spread from a shared object measured
    // 31.7–54.3 ms per 100,000 rows against 29.2–30.8 ms (3 runs each), too unsteady to take on this hot loop.
    const k: Kernel = {
      builder: this,
      codes: c.codes,
      vals: c.values,
      markers: c.markers,
      units: c.units,
      annotations: c.annotations,
      nd: this.dims.length,
      fields: this.fields,
      lists: this.codeLists,
      positions: this.codePositions,
      numericMarkers: this.numericMarkers.size > 0 ? this.numericMarkers : undefined,
      maxMarkerLength: this.maxNumericMarkerLength(),
      markerSet: this.markerSet,
      unitIntern: this.unitIntern,
      last: new Array<string | undefined>(this.dims.length).fill(undefined),
      lastIdx: new Int32Array(this.dims.length).fill(-1),
      got: new Array<unknown>(this.fields.length).fill(undefined),
      unitRaw: undefined,
      unit: null,
    };
    for (let from = 0; from < values.length; from += CHUNK)
      writeRows(k, values, offset, from, Math.min(values.length, from + CHUNK));
    this.written += values.length;
  }

  /** The longest numeric marker (e.g. "***"): longer values skip the marker lookup. */
  private maxNumericMarkerLength(): number {
    let n = 0;
    for (const m of this.numericMarkers.keys()) n = Math.max(n, m.length);
    return n;
  }

  /**
   * Reads the VALUE array whose `[` is at `text[start]` straight from the text into rows offset, offset + 1, …
   * (see scanValueArray.ts). Returns the index after its `]` and the row count, or undefined when the text is
   * outside what the scanner reads — then rows, codes and issues may be half written, and the caller starts
   * again from JSON.parse with a new builder.
   */
  writeText(text: string, start: number, offset: number): { end: number; rows: number } | undefined {
    const nf = this.fields.length;
    // Field names are matched as raw text, one bit each: names that need escaping, repeat, or do not fit
    // in the bit mask go through JSON.parse.
    if (nf > 30 || new Set(this.fields).size !== nf || !this.fields.every(isPlainJsonText)) return undefined;
    const c = this.columns;
    const k: TextKernel = {
      resolveCode: (d, s, i) => this.addUnknownCode(d, s, i),
      otherValue: (s, i) => this.otherValue(s, i),
      annotate: (i, a) => this.annotate(i, a),
      ensureRow: (i) => {
        if (i >= c.rowCount) this.grow(Math.max(1024, 2 * c.rowCount, i + 1));
      },
      codes: c.codes,
      vals: c.values,
      markers: c.markers,
      units: c.units,
      annotations: c.annotations,
      nd: this.dims.length,
      fields: this.fields,
      fieldOf: new Map(this.fields.map((f, q) => [f, q])),
      lists: this.codeLists,
      positions: this.codePositions,
      numericMarkers: this.numericMarkers.size > 0 ? this.numericMarkers : undefined,
      maxMarkerLength: this.maxNumericMarkerLength(),
      markerSet: this.markerSet,
      unitIntern: this.unitIntern,
    };
    const rows = [0];
    const end = scanValueArray(k, text, start, offset, rows);
    if (end < 0) return undefined;
    this.written += rows[0];
    return { end, rows: rows[0] };
  }

  /** @internal the kernel's rare path: a VALUE entry that is not an object. */
  badRow(i: number): void {
    const c = this.columns;
    this.issue({ code: "ESTAT_BAD_VALUE_ROW", row: i, message: "VALUE entry is not an object" });
    for (let d = 0; d < this.dims.length; d++) c.codes[d][i] = "";
    c.values[i] = null;
    c.markers[i] = "";
    c.units[i] = null;
    if (c.annotations) c.annotations[i] = null;
  }

  /** @internal the kernel's rare path: neither a numeric marker, a plain number nor a declared marker. */
  otherValue(s: string, i: number): void {
    const n = parseLenientNumber(s);
    this.columns.values[i] = n;
    this.columns.markers[i] = n === null ? s : null;
    if (n === null) this.undeclared(s, i);
  }

  private undeclared(s: string, i: number): void {
    if (this.unknownTexts.has(s)) return;
    this.unknownTexts.add(s);
    this.issue({
      code: "ESTAT_UNDECLARED_MARKER",
      row: i,
      column: "value",
      message: `value "${s}" is not a number and not in DATA_INF.NOTE`,
    });
  }

  /** @internal the kernel's rare path: an annotated row; returns the annotation column. */
  annotate(i: number, a: unknown): (string | null)[] {
    if (!this.columns.annotations)
      this.columns.annotations = new Array<string | null>(this.columns.rowCount).fill(null);
    this.columns.annotations[i] = String(a);
    return this.columns.annotations;
  }

  /** @internal the kernel's rare path: appends a code missing from the list; returns its position. */
  addUnknownCode(d: number, s: string, row: number): number {
    const dim = this.dims[d];
    const k = this.codeLists[d].push(s) - 1;
    this.codePositions[d].set(s, k);
    dim.codes.push({ code: s, label: s });
    if (this.strict[d] || s === "") {
      this.issue({
        code: s === "" ? "ESTAT_MISSING_CODE" : "ESTAT_UNKNOWN_CODE",
        row,
        column: dim.id,
        message: s === "" ? `VALUE has no @${dim.id}` : `code ${s} of ${dim.id} is not in CLASS_INF`,
      });
    }
    return k;
  }

  /** A worker's page: this builder's rows 0 … rows - 1 as PageColumns (see pageParsePool.ts). */
  exportPage(rows: number): PageColumns {
    const c = this.finish(rows);
    const codes = this.codeLists.map((list, d) => codeOrdinals(c.codes[d], this.codePositions[d], rows));
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const v = c.values[i];
      values[i] = v === null || v === undefined ? NaN : v;
    }
    const [markers, markerList] = stringOrdinals(c.markers, rows);
    const [units, unitList] = stringOrdinals(c.units, rows);
    const annotationRows: number[] = [];
    const annotationTexts: string[] = [];
    if (c.annotations)
      for (let i = 0; i < rows; i++) {
        const a = c.annotations[i];
        if (a !== null && a !== undefined) {
          annotationRows.push(i);
          annotationTexts.push(a);
        }
      }
    return {
      rows,
      codes,
      added: this.codeLists.map((list, d) => list.slice(this.baseLengths[d])),
      base: this.baseLengths,
      values,
      markers,
      markerList,
      units,
      unitList,
      annotationRows,
      annotationTexts,
      issues: this.issues,
    };
  }

  /**
   * Writes a worker's page at rows offset … offset + page.rows - 1, with what one thread parsing it here would
   * have done to this builder: codes the page added join the lists (with their issue), the page's issues join in
   * row order (an undeclared text once per table, not once per page), the written-row count grows. Pages must
   * be merged in page order for the code lists and issues to come out as one thread makes them.
   */
  mergePage(page: PageColumns, offset: number): void {
    const n = page.rows;
    if (offset + n > this.columns.rowCount) this.grow(offset + n);
    const c = this.columns;
    const nd = this.dims.length;
    // the page's own code positions → this builder's: the lists agree below `base` (the page was given them)
    const remap: Int32Array[] = [];
    const known = (d: number, s: string) => this.codePositions[d].get(s);
    const place = (d: number, s: string, row: number) =>
      known(d, s) ?? this.addUnknownCode(d, s, offset + row);
    for (const issue of page.issues) {
      const r = issue.row ?? 0;
      if (issue.code === "ESTAT_UNKNOWN_CODE" || issue.code === "ESTAT_MISSING_CODE") {
        const d = this.dims.findIndex((x) => x.id === issue.column);
        const p = page.codes[d]?.[r];
        if (d >= 0 && p !== undefined && p >= page.base[d]) place(d, page.added[d][p - page.base[d]], r);
      } else if (issue.code === "ESTAT_UNDECLARED_MARKER") {
        const s = page.markerList[page.markers[r]];
        // a marker another page's NOTE declared meanwhile is no longer undeclared
        if (s !== undefined && !this.markerSet.has(s)) this.undeclared(s, offset + r);
      } else this.issue({ ...issue, row: issue.row === undefined ? undefined : offset + r });
    }
    for (let d = 0; d < nd; d++) {
      const base = page.base[d];
      const added = page.added[d];
      const map = new Int32Array(base + added.length);
      for (let p = 0; p < base; p++) map[p] = p;
      // codes the page added without an issue (dimensions with no code list), in the page's order
      const first = added.length > 0 ? firstRows(page.codes[d], base, added.length) : undefined;
      for (let j = 0; j < added.length; j++) map[base + j] = place(d, added[j], Math.max(0, first![j]));
      remap.push(map);
    }
    for (let d = 0; d < nd; d++) {
      const ords = page.codes[d];
      const map = remap[d];
      const list = this.codeLists[d];
      const col = c.codes[d];
      for (let i = 0; i < n; i++) {
        const p = ords[i];
        col[offset + i] = p < 0 ? "" : list[map[p]];
      }
    }
    const units = page.unitList.map((u) => {
      const v = this.unitIntern.get(u) ?? u;
      this.unitIntern.set(u, v);
      return v;
    });
    const { values, markers, markerList } = page;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      c.values[offset + i] = v === v ? v : null;
      const m = markers[i];
      c.markers[offset + i] = m < 0 ? null : markerList[m];
      const u = page.units[i];
      c.units[offset + i] = u < 0 ? null : units[u];
    }
    if (c.annotations) for (let i = 0; i < n; i++) c.annotations[offset + i] = null;
    for (let j = 0; j < page.annotationRows.length; j++)
      this.annotate(offset + page.annotationRows[j], page.annotationTexts[j]);
    this.written += n;
  }

  private grow(n: number) {
    const c = this.columns;
    c.rowCount = n;
    for (const col of c.codes) col.length = n;
    c.values.length = n;
    c.markers.length = n;
    c.units.length = n;
    if (c.annotations) c.annotations.length = n;
  }

  /** Trims to the rows actually written (a count that was larger than the data is an error the client raises). */
  finish(rowCount = this.written): TidyColumns {
    if (rowCount !== this.columns.rowCount) this.grow(rowCount);
    return this.columns;
  }
}

/** Each row's position in `list` (via `positions`), -1 for a code outside it (a bad row's ""). */
function codeOrdinals(col: string[], positions: Map<string, number>, rows: number): Int32Array {
  const out = new Int32Array(rows);
  let prev: string | undefined;
  let prevP = -1;
  for (let i = 0; i < rows; i++) {
    const s = col[i];
    if (s !== prev) {
      prev = s;
      prevP = positions.get(s) ?? -1;
    }
    out[i] = prevP;
  }
  return out;
}

/** A string column as positions in a list of its distinct strings, -1 for null. */
function stringOrdinals(col: (string | null)[], rows: number): [Int32Array, string[]] {
  const out = new Int32Array(rows);
  const list: string[] = [];
  const at = new Map<string, number>();
  let prev: string | null | undefined;
  let prevP = -1;
  for (let i = 0; i < rows; i++) {
    const s = col[i];
    if (s !== prev) {
      prev = s;
      if (s === null || s === undefined) prevP = -1;
      else {
        let p = at.get(s);
        if (p === undefined) at.set(s, (p = list.push(s) - 1));
        prevP = p;
      }
    }
    out[i] = prevP;
  }
  return [out, list];
}

/** The first row at which each of the positions base … base + n - 1 appears (every one appears). */
function firstRows(ords: Int32Array, base: number, n: number): Int32Array {
  const first = new Int32Array(n).fill(-1);
  for (let i = 0; i < ords.length; i++) {
    const j = ords[i] - base;
    if (j >= 0 && first[j] < 0) first[j] = i;
  }
  return first;
}
