import { createLongView, toWideMatrix, type Cell } from "../../core/stats/table";
import type { DimensionMeta, TableIssue, TidyTable } from "../../core/stats/table/types";
import type { LoadRequest } from "../actions";

export interface ShapedTable {
  header: string[];
  rows: Cell[][];
  /** Excel number format per column; null where the column is text. */
  numberFormats: (string | null)[];
  /** Header names that identify a row (the dimension columns): a refresh keeps user notes with them. */
  keyColumns: string[];
  issues: TableIssue[];
}

/**
 * The table exactly as it will be written: long (one value per row, markers in their own columns) or
 * wide (rows × one dimension across; marked cells blank, explained by the legend beside the table).
 */
export function shapeTable(
  table: TidyTable,
  request: Pick<LoadRequest, "layout" | "labels" | "labelLang">,
): ShapedTable {
  const opts = { labels: request.labels, lang: request.labelLang } as const;
  if (request.layout.kind === "long") {
    const view = createLongView(table, opts);
    const rows: Cell[][] = new Array(view.rowCount);
    for (let i = 0; i < view.rowCount; i++) rows[i] = view.row(i);
    return {
      header: view.header,
      rows,
      numberFormats: formatsFor(view.header, rows, [view.header.indexOf("value")]),
      keyColumns: view.header.slice(0, Math.max(0, view.header.indexOf("value"))),
      issues: [],
    };
  }
  const layout = request.layout;
  const ids = new Set(table.dimensions.map((d) => d.id));
  const time = table.dimensions.find((d) => d.role === "time")?.id;
  const colDim =
    layout.columns.find((c) => ids.has(c)) ?? time ?? table.dimensions[table.dimensions.length - 1]?.id;
  // Dimensions the pane did not know when the table was opened (OECD's TIME_PERIOD comes with the data) go down.
  const rowDims = [
    ...layout.rows.filter((r) => ids.has(r) && r !== colDim),
    ...table.dimensions.map((d) => d.id).filter((d) => d !== colDim && !layout.rows.includes(d)),
  ];
  const wide = toWideMatrix(table, { ...opts, rowDims, colDim, markerCells: "blank" });
  const valueColumns = wide.colKeys.map((_, k) => wide.layout.keyColumnCount + k);
  return {
    header: wide.header,
    rows: wide.rows,
    numberFormats: formatsFor(wide.header, wide.rows, valueColumns),
    keyColumns: wide.header.slice(0, wide.layout.keyColumnCount),
    issues: wide.issues,
  };
}

/**
 * The header a long load writes for these dimensions, built by the same view `shapeTable` uses (on a
 * table with no rows), so the pane's estimate counts exactly the columns the load writes.
 */
export function longHeader(
  dimensions: DimensionMeta[],
  request: Pick<LoadRequest, "labels"> & Partial<Pick<LoadRequest, "labelLang">>,
  annotationColumn: boolean,
): string[] {
  const empty: TidyTable = {
    meta: { source: "offline", id: "", title: "", fetchedAt: "" },
    dimensions,
    rowCount: 0,
    codes: dimensions.map(() => []),
    values: [],
    markers: [],
    units: [],
    ...(annotationColumn ? { annotations: [] } : {}),
  };
  return createLongView(empty, { labels: request.labels, lang: request.labelLang ?? "ja" }).header;
}

/** Thousands separators; decimals only as many as the data has (up to 3), so 1.5 is not shown as 2. */
function formatsFor(header: string[], rows: Cell[][], valueColumns: number[]): (string | null)[] {
  const out: (string | null)[] = header.map(() => null);
  for (const c of valueColumns) {
    if (c < 0) continue;
    let decimals = 0;
    for (const row of rows) {
      const v = row[c];
      if (typeof v === "number" && !Number.isInteger(v)) {
        const s = String(v);
        const dot = s.indexOf(".");
        decimals = Math.max(decimals, dot < 0 || s.includes("e") ? 3 : Math.min(3, s.length - dot - 1));
        if (decimals === 3) break;
      }
    }
    out[c] = decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
  }
  return out;
}
