import type { DimensionMeta } from "../core/stats/table/types";
import type { Layout, TableInfo } from "./actions";
import { longHeader } from "./real/shapeTable";

/** Above this many cells the pane warns before loading (issue 7). */
export const LARGE_CELLS = 200_000;

export interface LoadEstimate {
  rows: number;
  columns: number;
  cells: number;
  large: boolean;
  /**
   * false when the rows cannot be told from the code lists (an OECD flow whose time periods come only with
   * the data) and the source gave no count (obs_count): the pane says 「不明」 instead of a number.
   */
  known: boolean;
}

export function selectedCodes(dim: DimensionMeta, filters: Record<string, string[]>): string[] {
  return filters[dim.id] ?? dim.codes.map((c) => c.code);
}

/**
 * Rows and cells a load would write. e-Stat tables are sparse (not every
 * combination of codes has a value), so the product of the selected code counts
 * is scaled by the table's density when its total row count is known.
 */
export function estimateLoad(
  info: TableInfo,
  filters: Record<string, string[]>,
  layout: Layout,
  labels: "label" | "code" | "both" = "label",
): LoadEstimate {
  const dims = info.dimensions;
  const full = product(dims.map((d) => d.codes.length));
  const counted = info.totalRows !== undefined && full > 0;
  // Rows per combination of the listed codes. e-Stat lists every dimension, time included, and its
  // tables are sparse: at most 1 (without a count, the product is an upper bound). OECD's time periods
  // arrive only with the data (timeDimension), so a combination is a series of many observations: the
  // ratio is above 1, and without the source's count the size is unknown.
  const known = counted || !info.timeDimension;
  const ratio = counted ? info.totalRows! / full : 1;
  const density = info.timeDimension ? ratio : Math.min(1, ratio);
  const count = (id: string) => {
    const d = dims.find((x) => x.id === id);
    return d ? selectedCodes(d, filters).length : 1;
  };
  let rows: number;
  let columns: number;
  if (layout.kind === "long") {
    rows = Math.ceil(product(dims.map((d) => count(d.id))) * density);
    // The header the load will write (dimension columns, unit, value, marker, meaning, annotation if any).
    columns = longHeader(dims, { labels }, info.annotationColumn === true).length;
  } else {
    rows = product(layout.rows.map(count));
    // Row keys, a unit column, then one column per code across.
    columns = layout.rows.length * (labels === "both" ? 2 : 1) + 1 + product(layout.columns.map(count));
  }
  const cells = rows * columns;
  return { rows, columns, cells, large: known && cells > LARGE_CELLS, known };
}

function product(xs: number[]): number {
  return xs.reduce((a, b) => a * b, 1);
}

export type Suggestion =
  | { kind: "latest"; dimension: string; count: number }
  | { kind: "level"; dimension: string; level: number }
  | { kind: "first"; dimension: string; count: number };

const LATEST_PERIODS = 5;
const FIRST_CODES = 20;

/** Filters that would shrink a large load, the most effective first. */
export function suggestFilters(
  info: TableInfo,
  filters: Record<string, string[]>,
  layout: Layout,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const d of info.dimensions) {
    const chosen = selectedCodes(d, filters);
    if (d.role === "time" && chosen.length > LATEST_PERIODS) {
      out.push({ kind: "latest", dimension: d.id, count: LATEST_PERIODS });
      continue;
    }
    const levels = new Set(d.codes.filter((c) => chosen.includes(c.code)).map((c) => c.level ?? 1));
    if (levels.size > 1) {
      out.push({ kind: "level", dimension: d.id, level: Math.min(...levels) });
    } else if (chosen.length > FIRST_CODES) {
      out.push({ kind: "first", dimension: d.id, count: FIRST_CODES });
    }
  }
  const after = (s: Suggestion) => estimateLoad(info, applySuggestion(info, filters, s), layout).cells;
  return out.sort((a, b) => after(a) - after(b));
}

export function applySuggestion(
  info: TableInfo,
  filters: Record<string, string[]>,
  s: Suggestion,
): Record<string, string[]> {
  const d = info.dimensions.find((x) => x.id === s.dimension);
  if (!d) return filters;
  const chosen = selectedCodes(d, filters);
  let next: string[];
  if (s.kind === "latest") {
    // e-Stat time codes are opaque but sort chronologically within a table (estat-oecd-api.md §1.11).
    next = [...chosen].sort().slice(-s.count);
  } else if (s.kind === "level") {
    const atLevel = new Set(d.codes.filter((c) => (c.level ?? 1) === s.level).map((c) => c.code));
    next = chosen.filter((c) => atLevel.has(c));
  } else {
    next = chosen.slice(0, s.count);
  }
  return { ...filters, [d.id]: next };
}
