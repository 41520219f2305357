import { parseLenientNumber } from "../../parse/parseNumber";
import type { DimensionMeta, MarkerInfo, TableIssue } from "../table/types";

const SIMPLE_NUMBER = /^-?\d+(?:\.\d+)?$/;
const MAX_ISSUES = 200;

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
  private readonly keys: string[];
  private readonly interned: Map<string, string>[];
  private readonly markerSet: Set<string>;
  private readonly numericMarkers: Map<string, number>;
  private readonly unknownTexts = new Set<string>();
  private readonly unitIntern = new Map<string, string>();
  /** Dimensions that came with a code list: a code outside it is worth an issue. */
  private readonly strict: boolean[];
  readonly columns: TidyColumns;
  private written = 0;

  constructor(dims: DimensionMeta[], markers: MarkerInfo[], capacity: number) {
    this.dims = dims;
    this.keys = dims.map((d) => `@${d.id}`);
    this.strict = dims.map((d) => d.codes.length > 0);
    this.interned = dims.map((d) => new Map(d.codes.map((c) => [c.code, c.code])));
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
    if (this.issues.length < MAX_ISSUES) this.issues.push(i);
  }

  /** Writes `values` (DATA_INF.VALUE, already an array) at rows offset … offset + values.length - 1. */
  write(values: unknown[], offset: number): void {
    const { codes, values: vals, markers, units } = this.columns;
    const nd = this.dims.length;
    const keys = this.keys;
    const last: (string | undefined)[] = new Array(nd).fill(undefined);
    const interned = this.interned;
    const numericMarkers = this.numericMarkers.size > 0 ? this.numericMarkers : undefined;
    const markerSet = this.markerSet;
    let lastUnitRaw: string | undefined;
    let lastUnit: string | null = null;
    if (offset + values.length > this.columns.rowCount) this.grow(offset + values.length);
    for (let j = 0; j < values.length; j++) {
      const v = values[j];
      const i = offset + j;
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        this.issue({ code: "ESTAT_BAD_VALUE_ROW", row: i, message: "VALUE entry is not an object" });
        for (let d = 0; d < nd; d++) codes[d][i] = "";
        vals[i] = null;
        markers[i] = "";
        units[i] = null;
        continue;
      }
      const row = v as Record<string, unknown>;
      for (let d = 0; d < nd; d++) {
        const raw = row[keys[d]];
        const s = typeof raw === "string" ? raw : raw === undefined || raw === null ? "" : String(raw);
        // rows come sorted, so most codes repeat the previous row's: skip the map lookup then
        if (s === last[d]) {
          codes[d][i] = s;
          continue;
        }
        let code = interned[d].get(s);
        if (code === undefined) code = this.addUnknownCode(d, s, i);
        codes[d][i] = code;
        last[d] = code;
      }
      const rawValue = row.$;
      const s =
        typeof rawValue === "string"
          ? rawValue
          : rawValue === undefined || rawValue === null
            ? ""
            : String(rawValue);
      const numericMarker = numericMarkers !== undefined ? numericMarkers.get(s) : undefined;
      if (numericMarker !== undefined) {
        vals[i] = numericMarker;
        markers[i] = s;
      } else if (SIMPLE_NUMBER.test(s)) {
        vals[i] = +s;
        markers[i] = null;
      } else if (markerSet.has(s)) {
        vals[i] = null;
        markers[i] = s;
      } else {
        const n = parseLenientNumber(s);
        vals[i] = n;
        markers[i] = n === null ? s : null;
        if (n === null && !this.unknownTexts.has(s)) {
          this.unknownTexts.add(s);
          this.issue({
            code: "ESTAT_UNDECLARED_MARKER",
            row: i,
            column: "value",
            message: `value "${s}" is not a number and not in DATA_INF.NOTE`,
          });
        }
      }
      const u = row["@unit"];
      if (typeof u === "string") {
        if (u !== lastUnitRaw) {
          lastUnitRaw = u;
          lastUnit = this.unitIntern.get(u) ?? u;
          this.unitIntern.set(u, lastUnit);
        }
        units[i] = lastUnit;
      } else units[i] = null;
      const a = row["@annotation"];
      if (a !== undefined && a !== null) {
        if (!this.columns.annotations)
          this.columns.annotations = new Array<string | null>(this.columns.rowCount).fill(null);
        this.columns.annotations[i] = String(a);
      } else if (this.columns.annotations) this.columns.annotations[i] = null;
    }
    this.written += values.length;
  }

  private addUnknownCode(d: number, s: string, row: number): string {
    const dim = this.dims[d];
    this.interned[d].set(s, s);
    dim.codes.push({ code: s, label: s });
    if (this.strict[d] || s === "") {
      this.issue({
        code: s === "" ? "ESTAT_MISSING_CODE" : "ESTAT_UNKNOWN_CODE",
        row,
        column: dim.id,
        message: s === "" ? `VALUE has no @${dim.id}` : `code ${s} of ${dim.id} is not in CLASS_INF`,
      });
    }
    return s;
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
