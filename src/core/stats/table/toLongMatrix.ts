import { codeIndex, dimensionName, indentLabel, itemLabel } from "./labels";
import { codeColumnName, LONG_COLUMNS, levelColumnName, type Cell, type MatrixOptions } from "./cells";
import type { CodeItem, TidyTable } from "./types";

export interface LongView {
  header: string[];
  rowCount: number;
  /** Builds row `i` on demand, so writers can stream a 1,000,000-row table without a second copy. */
  row(i: number): Cell[];
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

  function row(i: number): Cell[] {
    const out: Cell[] = [];
    for (let d = 0; d < nd; d++) {
      const code = codes[d][i];
      const item = indexes[d].get(code);
      if (withCode) out.push(code);
      if (withLabel) {
        const label = itemLabel(item, code, lang);
        out.push(hierarchy === "indent" ? indentLabel(label, item?.level) : label);
      }
      if (hierarchy === "level") out.push(item?.level ?? null);
    }
    const marker = markers[i];
    out.push(units[i], values[i], marker, marker === null ? null : (meanings.get(marker) ?? null));
    if (annotations) out.push(annotations[i]);
    return out;
  }

  return { header, rowCount: table.rowCount, row };
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
