import { parseLenientNumber } from "../../parse/parseNumber";
import type { DimensionMeta, MarkerInfo, TableIssue } from "../table/types";

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
const MAX_ISSUES = 200;

/**
 * The same text as the engine's own property-name string (read back from an object's keys), so `row[key]`
 * in the hot loop compares names by identity instead of hashing a freshly built string on every row.
 */
function propertyKey(s: string): string {
  return Object.keys({ [s]: 0 })[0];
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
  private readonly keys: string[];
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

  constructor(dims: DimensionMeta[], markers: MarkerInfo[], capacity: number) {
    this.dims = dims;
    this.keys = dims.map((d) => propertyKey(`@${d.id}`));
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
    if (this.issues.length < MAX_ISSUES) this.issues.push(i);
  }

  /** Writes `values` (DATA_INF.VALUE, already an array) at rows offset … offset + values.length - 1. */
  write(values: unknown[], offset: number): void {
    const { codes, values: vals, markers, units } = this.columns;
    const nd = this.dims.length;
    const keys = this.keys;
    const [k0, k1, k2, k3, k4, k5, k6, k7, k8, k9] = keys;
    const last: (string | undefined)[] = new Array(nd).fill(undefined);
    const lastIdx = new Int32Array(nd).fill(-1);
    const lists = this.codeLists;
    const positions = this.codePositions;
    const numericMarkers = this.numericMarkers.size > 0 ? this.numericMarkers : undefined;
    let maxMarkerLength = 0;
    for (const m of this.numericMarkers.keys()) maxMarkerLength = Math.max(maxMarkerLength, m.length);
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
        // One load site per dimension (up to ten), so each stays monomorphic instead of one keyed site
        // cycling through every dimension's name.
        let raw: unknown;
        switch (d) {
          case 0:
            raw = row[k0];
            break;
          case 1:
            raw = row[k1];
            break;
          case 2:
            raw = row[k2];
            break;
          case 3:
            raw = row[k3];
            break;
          case 4:
            raw = row[k4];
            break;
          case 5:
            raw = row[k5];
            break;
          case 6:
            raw = row[k6];
            break;
          case 7:
            raw = row[k7];
            break;
          case 8:
            raw = row[k8];
            break;
          case 9:
            raw = row[k9];
            break;
          default:
            raw = row[keys[d]];
        }
        const s = typeof raw === "string" ? raw : raw === undefined || raw === null ? "" : String(raw);
        // rows come sorted, so most codes repeat the previous row's: skip the map lookup then
        const prev = last[d];
        if (s === prev) {
          codes[d][i] = prev;
          continue;
        }
        // the innermost dimension usually steps to the next code of its list: try that before the map
        const list = lists[d];
        let k = lastIdx[d] + 1;
        if (k >= list.length) k = 0;
        if (s !== list[k]) {
          const found = positions[d].get(s);
          k = found === undefined ? this.addUnknownCode(d, s, i) : found;
        }
        const code = list[k];
        codes[d][i] = code;
        last[d] = code;
        lastIdx[d] = k;
      }
      const rawValue = row.$;
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

  /** Appends a code missing from the list; returns its position. */
  private addUnknownCode(d: number, s: string, row: number): number {
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
