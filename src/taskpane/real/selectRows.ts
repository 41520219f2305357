import type { TidyTable } from "../../core/stats/table/types";

/**
 * Keeps the rows whose code in every filtered dimension is selected. Sources that cannot filter on the
 * server (the offline pack, an OECD key left open) are filtered here, so preview and load agree.
 */
export function selectRows(table: TidyTable, filters: Record<string, string[]>): TidyTable {
  const active = table.dimensions
    .map((d, k) => ({ k, set: filters[d.id] ? new Set(filters[d.id]) : null }))
    .filter((x): x is { k: number; set: Set<string> } => x.set !== null);
  if (active.length === 0) return table;
  const keep: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    if (active.every(({ k, set }) => set.has(table.codes[k][i]))) keep.push(i);
  }
  if (keep.length === table.rowCount) return table;
  const pick = <T>(xs: T[]) => keep.map((i) => xs[i]);
  return {
    ...table,
    rowCount: keep.length,
    codes: table.codes.map(pick),
    values: pick(table.values),
    markers: pick(table.markers),
    units: pick(table.units),
    annotations: table.annotations ? pick(table.annotations) : undefined,
  };
}

/** The first n rows (previews). */
export function headRows(table: TidyTable, n: number): TidyTable {
  if (table.rowCount <= n) return table;
  const cut = <T>(xs: T[]) => xs.slice(0, n);
  return {
    ...table,
    rowCount: n,
    codes: table.codes.map(cut),
    values: cut(table.values),
    markers: cut(table.markers),
    units: cut(table.units),
    annotations: table.annotations ? cut(table.annotations) : undefined,
  };
}
