// Chunked range writes: as few syncs as the 4 MB request budget allows, one values assignment per chunk
// (office-js-docs-pr excel/performance: build one 2-D array, write it once per chunk, sync per chunk).
import { throwIfAborted } from "./errors";
import { OPERATION_BYTES, REQUEST_BUDGET_BYTES, jsonBytes, type SyncMeter } from "./payload";

export type ExcelInput = string | number | boolean;

/** Room kept free in every request for the caller's own operations (table, provenance, stored query). */
export const RESERVE_BYTES = 64 * 1024;

export type FormatPlan =
  { kind: "columns"; formats: (string | null)[] } | { kind: "cells"; rowAt: (i: number) => string[] };

export interface WriteRowsOptions {
  sheet: Excel.Worksheet;
  row: number;
  col: number;
  width: number;
  count: number;
  /** null leaves a cell as it is (Excel's rule for null inside a 2-D array). */
  rowAt: (i: number) => (ExcelInput | null)[];
  formats?: FormatPlan;
  /** @default REQUEST_BUDGET_BYTES (4 MB) */
  budgetBytes?: number;
  signal?: AbortSignal;
  onRows?: (written: number) => void;
  /**
   * Queues per-sync operations (e.g. suspendApiCalculationUntilNextSync) before each chunk's sync; `last` is
   * true for the final chunk (left queued when leaveLastQueued).
   */
  beforeSync?: (chunkIndex: number, last: boolean) => void;
  /** Leave the last chunk queued, so the caller's final operations go in the same request. */
  leaveLastQueued?: boolean;
}

const isPlainFormat = (f: string | null | undefined) =>
  f === null || f === undefined || f === "" || f === "General";

/** Writes rows [0, count) at (row, col); returns the number of syncs it made. */
export async function writeRows(meter: SyncMeter, o: WriteRowsOptions): Promise<number> {
  const budget = (o.budgetBytes ?? REQUEST_BUDGET_BYTES) - RESERVE_BYTES;
  const columnFormats =
    o.formats?.kind === "columns"
      ? o.formats.formats
          .map((f, j) => ({ j, f, bytes: isPlainFormat(f) ? 0 : jsonBytes([f]) + 1 }))
          .filter((x) => x.bytes > 0)
      : [];
  const perRowFormatBytes = columnFormats.reduce((n, x) => n + x.bytes, 0);
  let start = 0;
  let syncs = 0;
  let chunkIndex = 0;
  while (start < o.count) {
    throwIfAborted(o.signal);
    const values: (ExcelInput | null)[][] = [];
    const cellFormats: string[][] = [];
    let bytes = meter.pendingBytes + OPERATION_BYTES * (2 + columnFormats.length);
    for (let i = start; i < o.count; i++) {
      const row = o.rowAt(i);
      if (row.length !== o.width) throw new Error(`Row ${i} has ${row.length} cells, expected ${o.width}.`);
      const fmt = o.formats?.kind === "cells" ? o.formats.rowAt(i) : undefined;
      const b = jsonBytes(row) + 1 + perRowFormatBytes + (fmt ? jsonBytes(fmt) + 1 : 0);
      if (values.length > 0 && bytes + b > budget) break;
      values.push(row);
      if (fmt) cellFormats.push(fmt);
      bytes += b;
    }
    const n = values.length;
    o.sheet.getRangeByIndexes(o.row + start, o.col, n, o.width).values = values;
    meter.add(values);
    if (o.formats?.kind === "cells") {
      o.sheet.getRangeByIndexes(o.row + start, o.col, n, o.width).numberFormat = cellFormats;
      meter.add(cellFormats);
    }
    for (const { j, f } of columnFormats) {
      const column = Array.from({ length: n }, () => [f]);
      o.sheet.getRangeByIndexes(o.row + start, o.col + j, n, 1).numberFormat = column;
      meter.add(column);
    }
    start += n;
    o.beforeSync?.(chunkIndex++, start >= o.count);
    if (start >= o.count && o.leaveLastQueued) break;
    await meter.sync();
    syncs++;
    o.onRows?.(start);
  }
  return syncs;
}
