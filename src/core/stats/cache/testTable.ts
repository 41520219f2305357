import type { TidyTable } from "../table/types";

/** A deterministic tidy table of `rows` rows over `dims` dimensions, for cache and codec tests. */
export function makeTable(rows: number, dims = 6, id = "T1"): TidyTable {
  const sizes = Array.from({ length: dims }, (_, d) => [3, 5, 4, 10, 7, 12][d % 6]);
  const codes: string[][] = sizes.map(() => new Array<string>(rows));
  const values: (number | null)[] = new Array(rows);
  const markers: (string | null)[] = new Array(rows);
  const units: (string | null)[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    let rest = i;
    for (let d = dims - 1; d >= 0; d--) {
      codes[d][i] = `C${d}_${rest % sizes[d]}`;
      rest = Math.floor(rest / sizes[d]);
    }
    const marked = i % 97 === 0;
    values[i] = marked ? null : Math.round(i * 1.37 * 100) / 100;
    markers[i] = marked ? "-" : null;
    units[i] = i % 2 ? "千円" : "人";
  }
  return {
    meta: {
      source: "e-Stat",
      id,
      title: `表 ${id}`,
      fetchedAt: "2026-01-01T00:00:00.000Z",
      updated: "2025-12-24",
    },
    dimensions: sizes.map((n, d) => ({
      id: `cat0${d + 1}`,
      name: `分類${d + 1}`,
      role: "category" as const,
      codes: Array.from({ length: n }, (_, k) => ({ code: `C${d}_${k}`, label: `ラベル${d}-${k}` })),
    })),
    rowCount: rows,
    codes,
    values,
    markers,
    units,
  };
}
