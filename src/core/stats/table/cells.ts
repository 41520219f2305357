/** One cell of a matrix handed to writers (CSV, JSON, xlsx, Excel ranges). */
export type Cell = string | number | null;

export type LabelMode = "label" | "code" | "both";
export type HierarchyMode = "none" | "level" | "indent";

export interface MatrixOptions {
  /** Which columns each dimension gets. @default "both" */
  labels?: LabelMode;
  /** Label language; English falls back to Japanese where the source has no English. @default "ja" */
  lang?: "ja" | "en";
  /**
   * Hierarchy display: `level` adds a `<dim>_level` column, `indent` prefixes labels with one full-width
   * space per level below the top. @default "none"
   */
  hierarchy?: HierarchyMode;
}

/** Fixed long-format column names: the e-Stat CSV names, stable across languages so scripts can rely on them. */
export const LONG_COLUMNS = {
  unit: "unit",
  value: "value",
  marker: "marker",
  markerMeaning: "marker_meaning",
  annotation: "annotation",
} as const;

export function codeColumnName(dimId: string): string {
  return `${dimId}_code`;
}

export function levelColumnName(dimId: string): string {
  return `${dimId}_level`;
}
