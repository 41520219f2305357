import { AppError } from "../../errors/AppError";
import type { DelimitedEncoder } from "./DelimitedEncoder";
import { codeColumnName, LONG_COLUMNS, levelColumnName, type Cell, type MatrixOptions } from "./cells";
import { codeIndex, dimensionName, indentLabel, itemLabel } from "./labels";
import { indexRows, ordinals } from "./wideKeys";
import type { TableIssue, TidyTable } from "./types";

export interface WideOptions extends MatrixOptions {
  /** Dimension ids that make the rows, major first (e.g. ["cat01", "cat02"]). */
  rowDims: string[];
  /** Dimension id whose codes become the columns. @default the time dimension, else the last one */
  colDim?: string;
  /** What a marked cell without a number shows: its marker text, or nothing. @default "marker" */
  markerCells?: "marker" | "blank";
  /** Add a unit column after the row keys. @default true */
  unitColumn?: boolean;
  /** Duplicate (row, column) keys: report them as issues (keeping the first value) or throw. @default "issue" */
  onDuplicate?: "issue" | "throw";
}

export interface WideLayout {
  rowDims: string[];
  colDim: string;
  /** Columns before the first value column (row keys, optional level columns, optional unit). */
  keyColumnCount: number;
  /** Index of the `<dim>_code` column of each row dimension, or -1 when only labels were written. */
  rowCodeColumns: number[];
  unitColumn: number;
  /** Dimensions that are neither rows nor columns but hold one code across the table. */
  fixed: { dimension: string; code: string }[];
}

export interface WideMatrix {
  header: string[];
  rows: Cell[][];
  issues: TableIssue[];
  /** Codes of the row dimensions for each row: joins and unpivot use codes, never labels. */
  rowKeys: string[][];
  /** Code of the column dimension for each value column. */
  colKeys: string[];
  layout: WideLayout;
  duplicateCount: number;
}

const MAX_ISSUES = 100;

function findDim(table: TidyTable, id: string): number {
  const i = table.dimensions.findIndex((d) => d.id === id);
  if (i < 0) {
    throw new AppError("TABLE_UNKNOWN_DIMENSION", `No dimension ${id}`, {
      params: { dimension: id, available: table.dimensions.map((d) => d.id).join(", ") },
    });
  }
  return i;
}

/**
 * Pivots a tidy table: rows = `rowDims`, columns = codes of `colDim`, cells = values (a marked cell shows its
 * marker unless `markerCells: "blank"`; a numeric marker shows its number). Rows and columns follow the
 * source's code-list order. Two source rows on one cell are never overwritten silently: the first is kept
 * and each further one is an issue (or an AppError with `onDuplicate: "throw"`).
 */
export function toWideMatrix(table: TidyTable, options: WideOptions): WideMatrix {
  const { fill, finish, header, issues, colKeys, layout, duplicateCount } = prepareWide(table, options);
  const { rows, rowKeys } = fillRows(fill);
  finish();
  return { header, rows, issues, rowKeys, colKeys, layout, duplicateCount };
}

/**
 * The wide layout of toWideMatrix with rows built on demand (`row(r)`), for writers that stream: a
 * 100,000-row CSV is not first held as 100,000 arrays. Same header and cells; the issues are those found
 * before the rows are built (duplicates, hidden dimensions), not the per-cell mixed-unit ones.
 */
export function createWideView(
  table: TidyTable,
  options: WideOptions,
): Omit<WideMatrix, "rows" | "rowKeys"> & {
  rowCount: number;
  row(r: number): Cell[];
  /**
   * Writes rows [from, to) as records: the bytes `enc.record(row(r))` writes for each, with each row key
   * encoded once and no row arrays built (the CLI's CSV and TSV).
   */
  encodeRows(from: number, to: number, enc: DelimitedEncoder): void;
} {
  const { fill, finish, ...rest } = prepareWide(table, options);
  finish();
  const rowKeys: string[] = new Array(fill.rowCodes.length);
  // encoded row keys per encoder (their bytes depend on its separator), by dimension and code ordinal
  const keyBytes = new WeakMap<DelimitedEncoder, (Uint8Array | undefined)[][]>();
  return {
    ...rest,
    rowCount: fill.firstSource.length,
    row: (r) => fillRow(fill, r, rowKeys),
    encodeRows: (from, to, enc) => {
      let b = keyBytes.get(enc);
      if (b === undefined) keyBytes.set(enc, (b = fill.rowOrd.map((o) => new Array(o.codes.length))));
      encodeRows(fill, from, to, enc, b);
    },
  };
}

function prepareWide(table: TidyTable, options: WideOptions) {
  const labels = options.labels ?? "both";
  const lang = options.lang ?? "ja";
  const hierarchy = options.hierarchy ?? "none";
  const n = table.rowCount;
  const rowIdx = options.rowDims.map((id) => findDim(table, id));
  const colId =
    options.colDim ??
    (table.dimensions.find((d) => d.role === "time") ?? table.dimensions[table.dimensions.length - 1])?.id;
  if (colId === undefined)
    throw new AppError("TABLE_UNKNOWN_DIMENSION", "Table has no dimensions", {
      params: { dimension: "", available: "" },
    });
  const colIdx = findDim(table, colId);
  if (rowIdx.includes(colIdx)) {
    throw new AppError("TABLE_UNKNOWN_DIMENSION", `${colId} cannot be both a row and the column dimension`, {
      params: { dimension: colId, available: table.dimensions.map((d) => d.id).join(", ") },
    });
  }

  const col = ordinals(table.dimensions[colIdx], table.codes[colIdx], n);
  const { wideRowOfSource, firstSource, rowOrd } = indexRows(table, rowIdx);
  const colCodes = col.codes.filter((c) => c !== undefined);
  const colPos = new Int32Array(col.codes.length).fill(-1);
  {
    let p = 0;
    col.codes.forEach((c, k) => {
      if (c !== undefined) colPos[k] = p++;
    });
  }
  const nCols = colCodes.length;
  const nRows = firstSource.length;
  const cellSource = new Int32Array(nRows * nCols).fill(-1);
  const issues: TableIssue[] = [];
  let duplicateCount = 0;
  let firstDuplicate = "";
  for (const i of placeCells(wideRowOfSource, col.ord, colPos, nCols, cellSource)) {
    const slot = wideRowOfSource[i] * nCols + colPos[col.ord[i]];
    duplicateCount++;
    const key = describeKey(table, i, [...rowIdx, colIdx]);
    if (duplicateCount === 1) firstDuplicate = key;
    if (issues.length < MAX_ISSUES) {
      issues.push({
        code: "TABLE_WIDE_DUPLICATE",
        row: i,
        column: table.codes[colIdx][i],
        message: `source row ${i} falls on the cell already filled by row ${cellSource[slot]} (${key})`,
      });
    }
  }
  if (duplicateCount > 0 && options.onDuplicate === "throw") {
    throw new AppError("TABLE_WIDE_DUPLICATE", `${duplicateCount} duplicate cells`, {
      params: { count: duplicateCount, key: firstDuplicate },
    });
  }

  // Dimensions that are neither rows nor columns must hold a single code, or the pivot hid data.
  const fixed: { dimension: string; code: string }[] = [];
  table.dimensions.forEach((dim, d) => {
    if (d === colIdx || rowIdx.includes(d) || n === 0) return;
    const first = table.codes[d][0];
    if (isSingle(table.codes[d], n)) fixed.push({ dimension: dim.id, code: first });
    else if (issues.length < MAX_ISSUES)
      issues.push({
        code: "TABLE_WIDE_HIDDEN_DIMENSION",
        column: dim.id,
        message: `dimension ${dim.id} varies but is neither a row nor the column`,
      });
  });

  // Header and rows.
  const withCode = labels !== "label";
  const withLabel = labels !== "code";
  const header: string[] = [];
  const rowCodeColumns: number[] = [];
  const indexes = rowIdx.map((d) => codeIndex(table.dimensions[d]));
  for (const d of rowIdx) {
    const dim = table.dimensions[d];
    rowCodeColumns.push(withCode ? header.length : -1);
    if (withCode) header.push(codeColumnName(dim.id));
    if (withLabel) header.push(dimensionName(dim, lang));
    if (hierarchy === "level") header.push(levelColumnName(dim.id));
  }
  const withUnit = options.unitColumn ?? true;
  const unitColumn = withUnit ? header.length : -1;
  if (withUnit) header.push(LONG_COLUMNS.unit);
  const keyColumnCount = header.length;
  const colIndex = codeIndex(table.dimensions[colIdx]);
  for (const c of colCodes) {
    if (labels === "code") header.push(c);
    else if (labels === "label") header.push(itemLabel(colIndex.get(c), c, lang));
    else {
      const label = itemLabel(colIndex.get(c), c, lang);
      header.push(label === c ? c : `${label} [${c}]`);
    }
  }

  // Labels and levels per row dimension, looked up by code (a code outside the list shows itself).
  const labelOf = indexes.map((ix) => {
    const m = new Map<string, string>();
    for (const [code, item] of ix) {
      const label = itemLabel(item, code, lang);
      m.set(code, hierarchy === "indent" ? indentLabel(label, item.level) : label);
    }
    return m;
  });
  const levelOf = indexes.map((ix) => {
    const m = new Map<string, number | null>();
    for (const [code, item] of ix) m.set(code, item.level ?? null);
    return m;
  });
  const fill: RowFill = {
    rowCodes: rowIdx.map((d) => table.codes[d]),
    labelOf,
    levelOf,
    keyCells: rowIdx.map(() => new Map<string, Cell[]>()),
    rowOrd,
    keyWidth: Number(withCode) + Number(withLabel) + Number(hierarchy === "level"),
    withCode,
    withLabel,
    withLevel: hierarchy === "level",
    withUnit,
    blank: options.markerCells === "blank",
    firstSource,
    cellSource,
    nCols,
    width: keyColumnCount + nCols,
    units: table.units,
    values: table.values,
    markers: table.markers,
    colCodes,
    issues,
    mixedUnits: 0,
  };
  /** The closing summary, after whatever issues the rows added. */
  const finish = () => {
    if (duplicateCount > MAX_ISSUES) {
      issues.push({
        code: "TABLE_WIDE_DUPLICATE",
        message: `${duplicateCount} duplicate cells in total (first ${MAX_ISSUES} listed)`,
      });
    }
  };
  return {
    fill,
    finish,
    header,
    issues,
    colKeys: colCodes,
    layout: {
      rowDims: options.rowDims.slice(),
      colDim: colId,
      keyColumnCount,
      rowCodeColumns,
      unitColumn,
      fixed,
    },
    duplicateCount,
  };
}

function describeKey(table: TidyTable, i: number, dims: number[]): string {
  return dims.map((d) => `${table.dimensions[d].id}=${table.codes[d][i]}`).join(", ");
}

// The loops below take only arrays, never the table or its dimension objects: their shapes are new for every
// parsed table, and optimised code that checked an earlier table's shapes would be discarded and recompiled
// on every call.

/** Places each source row on its cell; returns the source rows that fell on a cell already taken. */
function placeCells(
  wideRowOfSource: Int32Array,
  colOrd: Int32Array,
  colPos: Int32Array,
  nCols: number,
  cellSource: Int32Array,
): number[] {
  const duplicates: number[] = [];
  for (let i = 0; i < wideRowOfSource.length; i++) {
    const slot = wideRowOfSource[i] * nCols + colPos[colOrd[i]];
    if (cellSource[slot] === -1) cellSource[slot] = i;
    else duplicates.push(i);
  }
  return duplicates;
}

function isSingle(column: string[], n: number): boolean {
  const first = column[0];
  for (let i = 1; i < n; i++) if (column[i] !== first) return false;
  return true;
}

interface RowFill {
  rowCodes: string[][];
  labelOf: Map<string, string>[];
  levelOf: Map<string, number | null>[];
  /** Per row dimension, each code's key cells (code, label, level as chosen), made on first use. */
  keyCells: Map<string, Cell[]>[];
  /** Per row dimension, each source row's code ordinal and the codes by ordinal (from indexRows). */
  rowOrd: { ord: Int32Array; codes: string[] }[];
  /** Cells each row key writes (the same for every dimension). */
  keyWidth: number;
  withCode: boolean;
  withLabel: boolean;
  withLevel: boolean;
  withUnit: boolean;
  blank: boolean;
  firstSource: Int32Array;
  cellSource: Int32Array;
  nCols: number;
  width: number;
  units: (string | null)[];
  values: (number | null)[];
  markers: (string | null)[];
  colCodes: string[];
  issues: TableIssue[];
  /** Cells with another unit than their row's seen so far. */
  mixedUnits: number;
}

/** The wide rows: row keys (code, label, level), unit, then one cell per column. */
function fillRows(f: RowFill): { rows: Cell[][]; rowKeys: string[][] } {
  const nRows = f.firstSource.length;
  const nKeys = f.rowCodes.length;
  const rows: Cell[][] = new Array(nRows);
  const rowKeys: string[][] = new Array(nRows);
  for (let r = 0; r < nRows; r++) {
    const rk: string[] = new Array(nKeys);
    rows[r] = fillRow(f, r, rk, f.issues);
    rowKeys[r] = rk;
  }
  return { rows, rowKeys };
}

/** The key cells of `code` in row dimension k: its code, label and level, as the options choose. */
function keyCellsOf(f: RowFill, k: number, code: string): Cell[] {
  let cells = f.keyCells[k].get(code);
  if (cells === undefined) {
    cells = [];
    if (f.withCode) cells.push(code);
    if (f.withLabel) cells.push(f.labelOf[k].get(code) ?? code);
    if (f.withLevel) cells.push(f.levelOf[k].get(code) ?? null);
    f.keyCells[k].set(code, cells);
  }
  return cells;
}

/** The cell of source row i: its value; else its marker, or nothing with `blank`. */
function valueCell(f: RowFill, i: number): Cell {
  const v = f.values[i];
  return v !== null ? v : f.blank ? null : (f.markers[i] ?? null);
}

/** Wide row r (its codes into `rk`); with `issues`, a cell whose unit differs from the row's is reported (10 at most). */
function fillRow(f: RowFill, r: number, rk: string[], issues?: TableIssue[]): Cell[] {
  const { rowCodes, withUnit, keyWidth } = f;
  const { firstSource, cellSource, nCols, width, units, colCodes } = f;
  const nKeys = rowCodes.length;
  const src = firstSource[r];
  const out: Cell[] = new Array(width);
  let o = 0;
  for (let k = 0; k < nKeys; k++) {
    const code = rowCodes[k][src];
    rk[k] = code;
    const cells = keyCellsOf(f, k, code);
    for (let q = 0; q < keyWidth; q++) out[o++] = cells[q];
  }
  const unit = units[src];
  if (withUnit) out[o++] = unit;
  const base = r * nCols;
  for (let c = 0; c < nCols; c++) {
    const i = cellSource[base + c];
    if (i < 0) {
      out[o++] = null;
      continue;
    }
    if (issues && units[i] !== unit && f.mixedUnits++ < 10) {
      issues.push({
        code: "TABLE_WIDE_MIXED_UNITS",
        row: i,
        column: colCodes[c],
        message: `unit ${units[i]} differs from the row's ${unit}`,
      });
    }
    out[o++] = valueCell(f, i);
  }
  return out;
}

/**
 * Wide rows [from, to) straight into `enc`: each row key's cells are encoded once (per dimension and code
 * ordinal, in `keyBytes`) and copied from then on, and no row array is built. The bytes equal
 * `enc.record(fillRow(…))` for each row. One call writes many rows, so the loop is optimised early in a
 * short CLI run.
 */
function encodeRows(
  f: RowFill,
  from: number,
  to: number,
  enc: DelimitedEncoder,
  keyBytes: (Uint8Array | undefined)[][],
): void {
  const { rowCodes, rowOrd, withUnit, firstSource, cellSource, nCols, units } = f;
  const nKeys = rowCodes.length;
  const keyOf = (k: number, src: number): Uint8Array => {
    const ord = rowOrd[k].ord[src];
    let b = keyBytes[k][ord];
    if (b === undefined) b = keyBytes[k][ord] = enc.encode(keyCellsOf(f, k, rowCodes[k][src]));
    return b;
  };
  // The outer row keys change every few rows at most: they go in as one run (one copy instead of one per
  // key), joined again when one of them changes.
  const nOuter = nKeys - 1;
  const outerOrd = new Int32Array(Math.max(0, nOuter)).fill(-1);
  const outer: Uint8Array[] = new Array(Math.max(0, nOuter));
  const keys: Uint8Array[] = [];
  const tail: Cell[] = new Array(nCols + 1);
  const nTail = nCols + (withUnit ? 1 : 0);
  for (let r = from; r < to; r++) {
    const src = firstSource[r];
    let changed = false;
    for (let k = 0; k < nOuter; k++) {
      const ord = rowOrd[k].ord[src];
      if (ord !== outerOrd[k]) {
        outerOrd[k] = ord;
        changed = true;
      }
    }
    if (changed) {
      for (let k = 0; k < nOuter; k++) outer[k] = keyOf(k, src);
      keys[0] = enc.join(outer);
    }
    if (nKeys > 0) keys[nOuter > 0 ? 1 : 0] = keyOf(nOuter, src);
    let t = 0;
    if (withUnit) tail[t++] = units[src];
    const base = r * nCols;
    for (let c = 0; c < nCols; c++) {
      const i = cellSource[base + c];
      tail[t++] = i < 0 ? null : valueCell(f, i);
    }
    enc.keyedRecord(keys, nKeys > 1 ? 2 : nKeys, tail, nTail);
  }
}
