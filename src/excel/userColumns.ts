// Columns the user added to a loaded table (a formula column メモ, typed notes) and how they follow a
// refresh, as Excel keeps added columns of a query table: a value stays with its row's key; a column whose
// cells are all formulas (a calculated column) gets its formula in new rows; nothing is dropped unasked.
import { shiftFormulaRows } from "./shiftFormula";
import { toExcelValue } from "./textGuard";
import type { ExcelInput } from "./writeRows";

export interface OldTable {
  header: string[];
  /** Body inputs (formulas as formulas), old row order. */
  body: (ExcelInput | null)[][];
  formats: string[][];
}

export interface UserColumnsPlan {
  /** Indexes in the old table of the user's columns, left to right. */
  columns: number[];
  header: string[];
  /** For new row i: the user's cells and their number formats. */
  cellsAt(i: number): ExcelInput[];
  formatsAt(i: number): string[];
  /** User values (not formulas) whose row the source no longer has: lost unless the user agrees. */
  lost: { count: number; sample: string[] };
}

const isFormula = (x: unknown): x is string => typeof x === "string" && x.startsWith("=");
const blank = (x: unknown) => x === "" || x === null || x === undefined;

/**
 * `sourceColumns`: the source's header at the previous load (older stored queries lack it: then every
 * column the new data does not have is the user's). `keyColumns`: header names that identify a row;
 * without them (or when the old table lacks one) rows are matched by position.
 */
/** Indexes in the old header of the user's columns (see planUserColumns for `sourceColumns`). */
export function userColumnIndexes(
  oldHeader: string[],
  header: string[],
  sourceColumns: string[] | undefined,
): number[] {
  const source = new Set(sourceColumns ?? header);
  return oldHeader
    .map((_, j) => j)
    .filter((j) => !source.has(oldHeader[j]) && !header.includes(oldHeader[j]));
}

export function planUserColumns(
  old: OldTable,
  header: string[],
  rows: unknown[][],
  sourceColumns: string[] | undefined,
  keyColumns: string[] | undefined,
): UserColumnsPlan {
  const columns = userColumnIndexes(old.header, header, sourceColumns);
  const oldKeyIdx = keyColumns?.map((k) => old.header.indexOf(k)) ?? [];
  const newKeyIdx = keyColumns?.map((k) => header.indexOf(k)) ?? [];
  const keyed =
    keyColumns !== undefined && keyColumns.length > 0 && [...oldKeyIdx, ...newKeyIdx].every((i) => i >= 0);
  // Duplicate keys are matched in order: the n-th row with a key follows the n-th old row with it.
  const keysOf = (list: unknown[][], idx: number[]) => {
    const seen = new Map<string, number>();
    return list.map((r) => {
      const k = JSON.stringify(idx.map((i) => (r[i] === null ? "" : r[i])));
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return `${k}#${n}`;
    });
  };
  const oldKeys = keyed ? keysOf(old.body, oldKeyIdx) : old.body.map((_, i) => String(i));
  // Old cells were read back as write inputs (text guarded with an apostrophe): compare like with like.
  const newKeys = keyed
    ? keysOf(
        rows.map((r) => r.map((x) => toExcelValue(x as string | number | null))),
        newKeyIdx,
      )
    : rows.map((_, i) => String(i));
  const oldRowOf = new Map(oldKeys.map((k, i) => [k, i]));
  const kept = new Set(newKeys);
  // A calculated column: every non-empty old cell is a formula; its first one is the template.
  const template = columns.map((j) => {
    const cells = old.body.map((r) => r[j]).filter((x) => !blank(x));
    const first = old.body.findIndex((r) => isFormula(r[j]));
    return cells.length > 0 && cells.every(isFormula)
      ? { row: first, formula: old.body[first][j] as string }
      : null;
  });
  const lost = { count: 0, sample: [] as string[] };
  oldKeys.forEach((k, i) => {
    if (kept.has(k)) return;
    for (const j of columns) {
      const x = old.body[i][j];
      if (blank(x) || isFormula(x)) continue;
      lost.count++;
      if (lost.sample.length < 3) lost.sample.push(String(x).replace(/^'/, ""));
    }
  });
  return {
    columns,
    header: columns.map((j) => old.header[j]),
    cellsAt(i) {
      const from = oldRowOf.get(newKeys[i]);
      return columns.map((j, u) => {
        const t = template[u];
        if (from !== undefined) {
          const x = old.body[from][j];
          if (isFormula(x)) return shiftFormulaRows(x, i - from) ?? "";
          if (!blank(x)) return x as ExcelInput;
        }
        return t ? (shiftFormulaRows(t.formula, i - t.row) ?? "") : "";
      });
    },
    formatsAt(i) {
      const from = oldRowOf.get(newKeys[i]);
      return columns.map((j, u) => old.formats[from ?? template[u]?.row ?? 0]?.[j] ?? "General");
    },
    lost,
  };
}
