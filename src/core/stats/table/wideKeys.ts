import { codeOrder } from "./labels";
import type { DimensionMeta, TidyTable } from "./types";

/** Ordinal of every code of dimension d in the source's order; codes missing from the list go last. */
export function ordinals(
  dim: DimensionMeta,
  column: string[],
  n: number,
): { ord: Int32Array; codes: string[] } {
  const byCode = new Map<string, number>();
  const ord = new Int32Array(n);
  ordinalPass(codeOrder(dim), dim.codes.length, column, n, byCode, ord);
  const codes: string[] = [];
  for (const [c, k] of byCode) codes[k] = c;
  return { ord, codes };
}

/** The pass over the rows of `ordinals`, a function of its own (see indexDense). */
function ordinalPass(
  order: Map<string, number>,
  nList: number,
  column: string[],
  n: number,
  byCode: Map<string, number>,
  ord: Int32Array,
): void {
  let extras = 0;
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
      k = listed === undefined ? nList + extras++ : listed;
      byCode.set(c, k);
    }
    ord[i] = k;
    prev = c;
    prevK = k;
  }
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
 *
 * Each pass over the rows is a function of its own. A loop V8 optimises while it runs (on-stack
 * replacement) takes the rest of its function along; code after the loop that had not run yet has no type
 * feedback, and the optimised code is thrown away on reaching it — five times in one CLI run when the
 * passes shared one function (`node --trace-deopt`).
 */
function indexDense(
  rowOrd: { ord: Int32Array }[],
  strides: number[],
  radix: number,
  n: number,
): Omit<RowIndex, "rowOrd"> {
  const rowKey = new Int32Array(n);
  for (let k = 0; k < rowOrd.length; k++) addScaled(rowKey, rowOrd[k].ord, strides[k], n);
  const first = new Int32Array(radix).fill(-1);
  const nRows = markFirstRows(rowKey, first, n);
  const wideRow = new Int32Array(radix);
  const firstSource = new Int32Array(nRows);
  numberRows(first, wideRow, firstSource, radix);
  keysToRows(rowKey, wideRow, n); // rowKey reused in place: each key becomes its wide row
  return { wideRowOfSource: rowKey, firstSource };
}

/** rowKey[i] = wideRow[rowKey[i]]. */
function keysToRows(rowKey: Int32Array, wideRow: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) rowKey[i] = wideRow[rowKey[i]];
}

/** rowKey[i] += ord[i] × stride. */
function addScaled(rowKey: Int32Array, ord: Int32Array, stride: number, n: number): void {
  for (let i = 0; i < n; i++) rowKey[i] += ord[i] * stride;
}

/** first[key] = the first row with that key (others stay -1); returns how many keys there are. */
function markFirstRows(rowKey: Int32Array, first: Int32Array, n: number): number {
  let nRows = 0;
  for (let i = 0; i < n; i++) {
    const k = rowKey[i];
    if (first[k] === -1) {
      first[k] = i;
      nRows++;
    }
  }
  return nRows;
}

/** Wide rows in key order: wideRow[key] and the first source row of each. */
function numberRows(first: Int32Array, wideRow: Int32Array, firstSource: Int32Array, radix: number): void {
  let r = 0;
  for (let k = 0; k < radix; k++) {
    if (first[k] !== -1) {
      wideRow[k] = r;
      firstSource[r++] = first[k];
    }
  }
}
