import type { Cell } from "./cells";
import type { DimensionMeta, MarkerInfo, TableMeta, TidyTable } from "./types";
import type { WideMatrix } from "./toWideMatrix";

export interface UnpivotOptions {
  /**
   * The table's markers (e-Stat NOTE). A number cell whose text equals a numeric marker (労働力調査 `0`) is
   * flagged again, as the e-Stat parser does. @default the template's meta.markers
   */
  markers?: MarkerInfo[];
  /** Metadata and dimension code lists to attach; dimensions are reduced to those the wide matrix holds. */
  template?: { meta: TableMeta; dimensions: DimensionMeta[] };
}

/**
 * Turns a wide matrix from `toWideMatrix` back into a tidy table, keyed by codes (`rowKeys`, `colKeys`),
 * never by the labels shown in the matrix. Empty cells (null) are absent combinations; a text cell is a
 * marker (value null); a number cell is a value. Dimensions fixed across the table come back from
 * `layout.fixed`.
 */
export function unpivotWide(
  wide: Pick<WideMatrix, "rows" | "rowKeys" | "colKeys" | "layout">,
  options: UnpivotOptions = {},
): TidyTable {
  const { layout, rowKeys, colKeys, rows } = wide;
  const markers = options.markers ?? options.template?.meta.markers ?? [];
  const numericMarkers = new Set(
    markers.map((m) => m.marker).filter((m) => m.trim() !== "" && !Number.isNaN(Number(m))),
  );
  const dimIds = [...layout.rowDims, layout.colDim, ...layout.fixed.map((f) => f.dimension)];
  const codes: string[][] = dimIds.map(() => []);
  const values: (number | null)[] = [];
  const outMarkers: (string | null)[] = [];
  const units: (string | null)[] = [];
  const nRowDims = layout.rowDims.length;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const unitCell = layout.unitColumn >= 0 ? row[layout.unitColumn] : null;
    const unit = unitCell === null || unitCell === undefined ? null : String(unitCell);
    for (let c = 0; c < colKeys.length; c++) {
      const cell: Cell = row[layout.keyColumnCount + c] ?? null;
      if (cell === null) continue;
      for (let k = 0; k < nRowDims; k++) codes[k].push(rowKeys[r][k]);
      codes[nRowDims].push(colKeys[c]);
      layout.fixed.forEach((f, k) => codes[nRowDims + 1 + k].push(f.code));
      if (typeof cell === "number") {
        values.push(cell);
        outMarkers.push(numericMarkers.has(String(cell)) ? String(cell) : null);
      } else {
        values.push(null);
        outMarkers.push(cell);
      }
      units.push(unit);
    }
  }
  const templateDims = new Map((options.template?.dimensions ?? []).map((d) => [d.id, d]));
  const dimensions: DimensionMeta[] = dimIds.map(
    (id) => templateDims.get(id) ?? { id, name: id, role: id === "time" ? "time" : "other", codes: [] },
  );
  const meta: TableMeta = options.template?.meta ?? {
    source: "offline",
    id: "",
    title: "",
    fetchedAt: new Date(0).toISOString(),
  };
  return { meta, dimensions, rowCount: values.length, codes, values, markers: outMarkers, units };
}
