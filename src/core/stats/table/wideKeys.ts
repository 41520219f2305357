import { codeOrder } from "./labels";
import type { DimensionMeta, TidyTable } from "./types";

/** Ordinal of every code of dimension d in the source's order; codes missing from the list go last. */
export function ordinals(
  dim: DimensionMeta,
  column: string[],
  n: number,
): { ord: Int32Array; codes: string[] } {
  const order = codeOrder(dim);
  const byCode = new Map<string, number>();
  const seenExtra: string[] = [];
  const ord = new Int32Array(n);
  let prev: string | undefined;
  let prevK = -1;
  for (let i = 0; i < n; i++) {
    const c = column[i];
    if (c === prev) {
      ord[i] = prevK;
      continue;
    }
    let k = byCode.get(c);
    if (k === undefined) {
      const listed = order.get(c);
      k = listed === undefined ? dim.codes.length + seenExtra.push(c) - 1 : listed;
      byCode.set(c, k);
    }
    ord[i] = k;
    prev = c;
    prevK = k;
  }
  const codes: string[] = [];
  for (const [c, k] of byCode) codes[k] = c;
  return { ord, codes };
}

export interface RowIndex {
  /** Wide row of each source row. */
  wideRowOfSource: Int32Array;
  /** First source row of each wide row (its codes and unit stand for the row). */
  firstSource: Int32Array;
  /** Per row dimension, the ordinal of each source row's code (see `ordinals`). */
  rowOrd: { ord: Int32Array; codes: string[] }[];
}

/**
 * Groups source rows by their codes on the row dimensions, in code-list order (major dimension first).
 * The key is a mixed-radix number over the code ordinals, so no strings are built per row; dense key
 * spaces use direct-index tables (sorted by a scan), sparse or huge ones fall back to Maps.
 */
export function indexRows(table: TidyTable, rowIdx: number[]): RowIndex {
  const n = table.rowCount;
  // Row key as a mixed-radix number over the row dimensions' ordinals: sortable, no string building.
  const rowOrd = rowIdx.map((d) => ordinals(table.dimensions[d], table.codes[d], n));
  let radix = 1;
  const strides = new Array<number>(rowIdx.length);
  for (let k = rowIdx.length - 1; k >= 0; k--) {
    strides[k] = radix;
    radix *= Math.max(1, rowOrd[k].codes.length);
  }
  const numeric = radix < Number.MAX_SAFE_INTEGER;
  if (numeric && radix <= Math.max(1 << 20, 4 * n))
    return { ...indexDense(rowOrd, strides, radix, n), rowOrd };
  const keyOf = (i: number): number | string => {
    if (numeric) {
      let key = 0;
      for (let k = 0; k < rowOrd.length; k++) key += rowOrd[k].ord[i] * strides[k];
      return key;
    }
    let key = "";
    for (let k = 0; k < rowOrd.length; k++) key += `${rowOrd[k].ord[i]},`;
    return key;
  };
  // Sparse or huge key spaces: row key → first source row and → wide row through Maps.
  const rowKey: (number | string)[] | Float64Array = numeric ? new Float64Array(n) : new Array<string>(n);
  for (let i = 0; i < n; i++) rowKey[i] = keyOf(i);
  const firstRowOfKey = new Map<number | string, number>();
  for (let i = 0; i < n; i++) if (!firstRowOfKey.has(rowKey[i])) firstRowOfKey.set(rowKey[i], i);
  const keys = [...firstRowOfKey.keys()];
  if (numeric) (keys as number[]).sort((a, b) => a - b);
  else {
    const tuple = (s: string) => s.split(",").slice(0, -1).map(Number);
    keys.sort((a, b) => {
      const ta = tuple(a as string);
      const tb = tuple(b as string);
      for (let k = 0; k < ta.length; k++) if (ta[k] !== tb[k]) return ta[k] - tb[k];
      return 0;
    });
  }
  const wideRowOfKey = new Map<number | string, number>();
  keys.forEach((k, r) => wideRowOfKey.set(k, r));
  const wideRowOfSource = new Int32Array(n);
  for (let i = 0; i < n; i++) wideRowOfSource[i] = wideRowOfKey.get(rowKey[i])!;
  const firstSource = new Int32Array(keys.length);
  for (let r = 0; r < keys.length; r++) firstSource[r] = firstRowOfKey.get(keys[r])!;
  return { wideRowOfSource, firstSource, rowOrd };
}

/**
 * Dense key space: the row key is accumulated one dimension at a time over typed arrays (no per-row call),
 * and a direct-index table over the key space gives first rows and wide rows in key order.
 */
function indexDense(
  rowOrd: { ord: Int32Array }[],
  strides: number[],
  radix: number,
  n: number,
): Omit<RowIndex, "rowOrd"> {
  const rowKey = new Int32Array(n);
  for (let k = 0; k < rowOrd.length; k++) {
    const ord = rowOrd[k].ord;
    const stride = strides[k];
    for (let i = 0; i < n; i++) rowKey[i] += ord[i] * stride;
  }
  const first = new Int32Array(radix).fill(-1);
  let nRows = 0;
  for (let i = 0; i < n; i++) {
    const k = rowKey[i];
    if (first[k] === -1) {
      first[k] = i;
      nRows++;
    }
  }
  const wideRow = new Int32Array(radix);
  const firstSource = new Int32Array(nRows);
  let r = 0;
  for (let k = 0; k < radix; k++) {
    if (first[k] !== -1) {
      wideRow[k] = r;
      firstSource[r++] = first[k];
    }
  }
  const wideRowOfSource = rowKey; // reused in place: each key becomes its wide row
  for (let i = 0; i < n; i++) wideRowOfSource[i] = wideRow[rowKey[i]];
  return { wideRowOfSource, firstSource };
}
