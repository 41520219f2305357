import { codeIndex, dimensionName, indentLabel, itemLabel } from "./labels";
import { codeColumnName, LONG_COLUMNS, levelColumnName, type Cell, type MatrixOptions } from "./cells";
import type { DelimitedEncoder } from "./DelimitedEncoder";
import type { CodeItem, TidyTable } from "./types";

export interface LongView {
  header: string[];
  rowCount: number;
  /** Builds row `i` on demand, so writers can stream a 1,000,000-row table without a second copy. */
  row(i: number): Cell[];
  /**
   * Writes rows [from, to) as records: the bytes `enc.record(row(i))` writes for each, with each code's
   * cells encoded once and no row arrays built (the CLI's CSV and TSV).
   */
  encodeRows(from: number, to: number, enc: DelimitedEncoder): void;
}

/**
 * The long (tidy) layout: per dimension a `<id>_code` column and/or a label column (the dimension's name),
 * optionally `<id>_level`; then unit, value, marker, marker_meaning and, when the table has any,
 * annotation. A marked cell has value null and its marker; a numeric marker keeps its number.
 */
export function createLongView(table: TidyTable, options: MatrixOptions = {}): LongView {
  const labels = options.labels ?? "both";
  const lang = options.lang ?? "ja";
  const hierarchy = options.hierarchy ?? "none";
  const withCode = labels !== "label";
  const withLabel = labels !== "code";
  const header: string[] = [];
  const used = new Set<string>();
  const unique = (name: string, id: string) => {
    const n = used.has(name) ? `${name} (${id})` : name;
    used.add(n);
    return n;
  };
  const indexes: Map<string, CodeItem>[] = table.dimensions.map(codeIndex);
  for (const dim of table.dimensions) {
    if (withCode) header.push(unique(codeColumnName(dim.id), dim.id));
    if (withLabel) header.push(unique(dimensionName(dim, lang), dim.id));
    if (hierarchy === "level") header.push(unique(levelColumnName(dim.id), dim.id));
  }
  header.push(LONG_COLUMNS.unit, LONG_COLUMNS.value, LONG_COLUMNS.marker, LONG_COLUMNS.markerMeaning);
  const annotations = table.annotations;
  if (annotations) header.push(LONG_COLUMNS.annotation);
  const meanings = new Map((table.meta.markers ?? []).map((m) => [m.marker, m.meaning]));
  const { codes, values, markers, units } = table;
  const nd = table.dimensions.length;

  // A dimension's cells for one code (code, label, level as chosen), made once per code.
  const keyCache = table.dimensions.map(() => new Map<string, Cell[]>());
  function keyCells(d: number, code: string): Cell[] {
    let cells = keyCache[d].get(code);
    if (cells === undefined) {
      cells = [];
      const item = indexes[d].get(code);
      if (withCode) cells.push(code);
      if (withLabel) {
        const label = itemLabel(item, code, lang);
        cells.push(hierarchy === "indent" ? indentLabel(label, item?.level) : label);
      }
      if (hierarchy === "level") cells.push(item?.level ?? null);
      keyCache[d].set(code, cells);
    }
    return cells;
  }

  function row(i: number): Cell[] {
    const out: Cell[] = [];
    for (let d = 0; d < nd; d++) {
      const cells = keyCells(d, codes[d][i]);
      for (let q = 0; q < cells.length; q++) out.push(cells[q]);
    }
    const marker = markers[i];
    out.push(units[i], values[i], marker, marker === null ? null : (meanings.get(marker) ?? null));
    if (annotations) out.push(annotations[i]);
    return out;
  }

  // encoded key cells per encoder (their bytes depend on its separator), by dimension and code
  const keyBytes = new WeakMap<DelimitedEncoder, Map<string, Uint8Array>[]>();
  function encodeRows(from: number, to: number, enc: DelimitedEncoder): void {
    let bytes = keyBytes.get(enc);
    if (bytes === undefined) keyBytes.set(enc, (bytes = codes.map(() => new Map<string, Uint8Array>())));
    const byCode = bytes;
    const keyOf = (d: number, code: string): Uint8Array => {
      let b = byCode[d].get(code);
      if (b === undefined) byCode[d].set(code, (b = enc.encode(keyCells(d, code))));
      return b;
    };
    // Leading dimensions whose codes did not change since the cached run go in as that one joined run;
    // the rest one run each. (Which dimension changes fastest depends on the table: in e-Stat's order the
    // last is often time, with one code, and the area before it changes on every row.)
    const keys: Uint8Array[] = new Array(nd);
    const prefixCodes: (string | undefined)[] = new Array(nd).fill(undefined);
    let prefixLen = 0;
    let prefix: Uint8Array = new Uint8Array(0);
    const nTail = annotations ? 5 : 4;
    const tail: Cell[] = new Array(nTail);
    for (let i = from; i < to; i++) {
      // dimensions [0, same) have the cached prefix's codes
      let same = 0;
      while (same < prefixLen && codes[same][i] === prefixCodes[same]) same++;
      // the leading dimensions that keep their code from this row to the next make the new prefix
      let stay = 0;
      if (i + 1 < to) while (stay < nd - 1 && codes[stay][i + 1] === codes[stay][i]) stay++;
      if (same < prefixLen || stay > prefixLen) {
        const runs: Uint8Array[] = [];
        for (let d = 0; d < stay; d++) {
          prefixCodes[d] = codes[d][i];
          runs.push(keyOf(d, codes[d][i]));
        }
        prefixLen = stay;
        prefix = enc.join(runs);
      }
      let n = 0;
      if (prefixLen > 0) keys[n++] = prefix;
      for (let d = prefixLen; d < nd; d++) keys[n++] = keyOf(d, codes[d][i]);
      const marker = markers[i];
      tail[0] = units[i];
      tail[1] = values[i];
      tail[2] = marker;
      tail[3] = marker === null ? null : (meanings.get(marker) ?? null);
      if (annotations) tail[4] = annotations[i];
      enc.keyedRecord(keys, n, tail, nTail);
    }
  }

  return { header, rowCount: table.rowCount, row, encodeRows };
}

/** The whole long table as a matrix (header + rows). For very large tables prefer `createLongView`. */
export function toLongMatrix(
  table: TidyTable,
  options: MatrixOptions = {},
): { header: string[]; rows: Cell[][] } {
  const view = createLongView(table, options);
  const rows: Cell[][] = new Array(view.rowCount);
  for (let i = 0; i < view.rowCount; i++) rows[i] = view.row(i);
  return { header: view.header, rows };
}
