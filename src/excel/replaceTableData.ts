// Refresh: rewrite a loaded table in place, resize it, and report what changed. A failed or cancelled
// refresh puts the old table back; cells below or beside it are never overwritten without confirmation.
// Columns the user added to the table stay (formulas extend to new rows, values follow their row key).
import { AppError } from "../core/errors/AppError";
import { qualified, type RangeRef } from "./a1";
import { readArea, restoreArea, type SavedArea } from "./area";
import { describeOfficeError, excelError, throwIfAborted } from "./errors";
import { OPERATION_BYTES, REQUEST_BUDGET_BYTES, SyncMeter, jsonBytes } from "./payload";
import { isApiSupported } from "./requirements";
import { MAX_CELL_TEXT, findTooLongText, toExcelValue } from "./textGuard";
import type { ExcelRun, OverwriteInfo, SourceCell, WriteProgress } from "./types";
import { excelTableHeaders } from "./names";
import { planUserColumns, userColumnIndexes } from "./userColumns";
import { writeRows, type ExcelInput } from "./writeRows";

export interface ReplaceOptions {
  signal?: AbortSignal;
  onProgress?: (p: WriteProgress) => void;
  numberFormats?: (string | null)[];
  /**
   * Asked when the grown table would cover non-empty cells outside it, and when values the user typed in
   * an added column belong to rows the source no longer has.
   */
  confirmOverwrite?: (what: OverwriteInfo) => Promise<boolean>;
  /** Header names that identify a row (the dimension columns): user values follow them. */
  keyColumns?: string[];
  /** The source's header at the previous load; any other column of the table is the user's. */
  sourceColumns?: string[];
}

export interface ReplaceResult {
  /** false when the user declined to overwrite cells next to the table: nothing changed. */
  written: boolean;
  rowsAdded: number;
  rowsRemoved: number;
  /** Cells whose content differs, among rows and columns both versions have (header included). */
  cellsChanged: number;
  address: string;
  /** Headers of the user's columns kept beside the source's. */
  userColumns: string[];
  syncs: number;
  largestRequestBytes: number;
}

interface Before {
  sheet: string;
  table: RangeRef;
  header: string[];
  users: number[];
  footprint: RangeRef;
  saved: SavedArea | null;
}

function inputAt(saved: SavedArea | null, row: number, col: number): ExcelInput | null {
  if (!saved || !within(saved, row, col)) return "";
  return saved.inputs[row - saved.row][col - saved.col];
}

function formatAt(saved: SavedArea | null, row: number, col: number): string {
  if (!saved || !within(saved, row, col)) return "General";
  return saved.formats[row - saved.row][col - saved.col];
}

function within(r: RangeRef, row: number, col: number): boolean {
  return row >= r.row && col >= r.col && row < r.row + r.rows && col < r.col + r.cols;
}

async function readBefore(
  run: ExcelRun,
  tableName: string,
  rows: number,
  newHeader: string[],
  sourceColumns: string[] | undefined,
): Promise<Before> {
  return run(async (context) => {
    const meter = new SyncMeter(context);
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    meter.add();
    await meter.sync();
    if (table.isNullObject)
      throw excelError("EXCEL_TABLE_NOT_FOUND", `No table ${tableName}.`, { table: tableName });
    const range = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
    const sheet = table.worksheet.load("name");
    meter.add();
    await meter.sync();
    const t: RangeRef = {
      row: range.rowIndex,
      col: range.columnIndex,
      rows: range.rowCount,
      cols: range.columnCount,
    };
    const head = sheet.getRangeByIndexes(t.row, t.col, 1, t.cols).load("values");
    meter.add();
    await meter.sync();
    const header = head.values[0].map((v) => String(v ?? ""));
    const users = userColumnIndexes(header, newHeader, sourceColumns);
    const footprint: RangeRef = {
      row: t.row,
      col: t.col,
      rows: Math.max(t.rows, rows + 1, 2),
      cols: Math.max(t.cols, newHeader.length + users.length),
    };
    const used = sheet
      .getRangeByIndexes(footprint.row, footprint.col, footprint.rows, footprint.cols)
      .getUsedRangeOrNullObject(false);
    used.load("rowIndex, columnIndex, rowCount, columnCount");
    await meter.sync();
    const saved = used.isNullObject
      ? null
      : await readArea(meter, sheet, {
          row: used.rowIndex,
          col: used.columnIndex,
          rows: used.rowCount,
          cols: used.columnCount,
        });
    return { sheet: sheet.name, table: t, header, users, footprint, saved };
  });
}

/**
 * Grows or shrinks a table by `delta` data rows without Table.resize (ExcelApi 1.13): appends blank rows
 * with TableRowCollection.add (several at once: ExcelApi 1.4) or deletes rows from the bottom with
 * TableRow.delete (ExcelApi 1.1). Excel inserts and removes table rows by moving the cells below the table
 * (in its columns) down or up, so nothing there is overwritten. Syncs as the request budget requires and
 * at the end.
 */
async function adjustRowsWithoutResize(
  meter: SyncMeter,
  table: Excel.Table,
  dataRows: number,
  delta: number,
  width: number,
): Promise<void> {
  const blank = new Array<string>(width).fill("");
  const perChunk = Math.max(
    1,
    Math.floor((REQUEST_BUDGET_BYTES / 2 - OPERATION_BYTES) / (jsonBytes(blank) + 1)),
  );
  for (let added = 0; added < delta;) {
    const rows = Array.from({ length: Math.min(perChunk, delta - added) }, () => blank);
    table.rows.add(null as unknown as number, rows);
    meter.add(rows);
    added += rows.length;
    await meter.sync();
  }
  for (let i = 0; i < -delta; i++) {
    table.rows.getItemAt(dataRows - 1 - i).delete();
    meter.add();
    if (meter.pendingBytes > REQUEST_BUDGET_BYTES / 2 || i === -delta - 1) await meter.sync();
  }
}

export async function replaceTableData(
  run: ExcelRun,
  tableName: string,
  sourceHeader: string[],
  rows: SourceCell[][],
  opts: ReplaceOptions = {},
): Promise<ReplaceResult> {
  // The names Excel gives the table's columns (blank → ColumnN, repeats numbered), as the load wrote them.
  const header = excelTableHeaders(sourceHeader);
  if (opts.sourceColumns) opts = { ...opts, sourceColumns: excelTableHeaders(opts.sourceColumns) };
  const cols = header.length;
  if (cols === 0) throw excelError("EXCEL_EMPTY_HEADER", "The header is empty.");
  rows.forEach((r, i) => {
    if (r.length !== cols)
      throw excelError("EXCEL_ROW_SHAPE", `Row ${i + 1}.`, { row: i + 1, got: r.length, expected: cols });
  });
  const before = await readBefore(run, tableName, rows.length, header, opts.sourceColumns).catch(
    (e: unknown) => {
      if (e instanceof AppError) throw e;
      throw excelError("EXCEL_CHECK_FAILED", describeOfficeError(e), { detail: describeOfficeError(e) }, e);
    },
  );
  const { table: old, footprint, saved } = before;
  const body = Array.from({ length: old.rows - 1 }, (_, i) =>
    before.header.map((_, j) => inputAt(saved, old.row + 1 + i, old.col + j)),
  );
  const users = planUserColumns(
    {
      header: before.header,
      body,
      formats: body.map((_, i) => before.header.map((_, j) => formatAt(saved, old.row + 1 + i, old.col + j))),
    },
    header,
    rows,
    opts.sourceColumns,
    opts.keyColumns,
  );
  const width = cols + users.columns.length;
  const next: RangeRef = { row: old.row, col: old.col, rows: Math.max(rows.length + 1, 2), cols: width };
  const newRow = (i: number): ExcelInput[] =>
    i === 0
      ? [...header, ...users.header].map((h) => toExcelValue(h))
      : [...rows[i - 1].map(toExcelValue), ...users.cellsAt(i - 1)];
  // Table.resize is ExcelApi 1.13, above the manifest's minimum (1.7). Without it the rows are added or
  // deleted one table row at a time; a different number of columns cannot be done that way without
  // rewriting the table (which would turn other formulas' structured references into fixed ranges), so
  // it stops here, before anything is written.
  const canResize = isApiSupported("1.13");
  if (!canResize && width !== old.cols)
    throw excelError("EXCEL_RESIZE_UNSUPPORTED", "Table.resize (ExcelApi 1.13) is not available.", {
      table: tableName,
      from: old.cols,
      to: width,
    });
  // Text over Excel's 32,767-character cell limit stops the refresh before anything is written.
  const long = findTooLongText(rows.length + 1, cols, (i, j) => {
    const v = i === 0 ? header[j] : rows[i - 1][j];
    return typeof v === "string" && v.length > MAX_CELL_TEXT ? toExcelValue(v) : v;
  });
  if (long) {
    const address = qualified(before.sheet, {
      row: next.row + long.i,
      col: next.col + long.j,
      rows: 1,
      cols: 1,
    });
    throw excelError("EXCEL_CELL_TOO_LONG", `Text for ${address} is too long.`, {
      address,
      length: long.length,
    });
  }
  if (users.lost.count > 0) {
    const info = {
      sheet: before.sheet,
      address: qualified(before.sheet, old),
      nonEmptyCells: users.lost.count,
      sample: users.lost.sample,
    };
    if (!(opts.confirmOverwrite && (await opts.confirmOverwrite(info))))
      return {
        written: false,
        rowsAdded: 0,
        rowsRemoved: 0,
        cellsChanged: 0,
        address: qualified(before.sheet, old),
        userColumns: users.header,
        syncs: 0,
        largestRequestBytes: 0,
      };
  }

  let outsideNonEmpty = 0;
  let cellsChanged = 0;
  const sample: string[] = [];
  for (let r = 0; r < footprint.rows; r++)
    for (let c = 0; c < footprint.cols; c++) {
      const row = footprint.row + r;
      const col = footprint.col + c;
      const was = inputAt(saved, row, col);
      if (!within(old, row, col) && within(next, row, col) && was !== "") {
        outsideNonEmpty++;
        if (sample.length < 3 && was !== null) sample.push(String(was).replace(/^'/, ""));
      }
      if (r < Math.min(old.rows, rows.length + 1) && c < Math.min(old.cols, cols) && was !== newRow(r)[c])
        cellsChanged++;
    }
  const result: ReplaceResult = {
    written: false,
    rowsAdded: Math.max(0, rows.length - (old.rows - 1)),
    rowsRemoved: Math.max(0, old.rows - 1 - rows.length),
    cellsChanged,
    address: qualified(before.sheet, next),
    userColumns: users.header,
    syncs: 0,
    largestRequestBytes: 0,
  };
  if (outsideNonEmpty > 0) {
    const info = {
      sheet: before.sheet,
      address: qualified(before.sheet, footprint),
      nonEmptyCells: outsideNonEmpty,
      sample,
    };
    if (!(opts.confirmOverwrite && (await opts.confirmOverwrite(info)))) return result;
  }
  let touched = false;
  try {
    throwIfAborted(opts.signal);
    await run(async (context) => {
      const meter = new SyncMeter(context);
      const sheet = context.workbook.worksheets.getItem(before.sheet);
      const table = context.workbook.tables.getItem(tableName);
      if (canResize) {
        // Cells of the old table the new one does not cover are emptied first.
        sheet.getRangeByIndexes(old.row, old.col, old.rows, old.cols).clear("Contents");
        meter.add();
      } else {
        touched = true;
        await adjustRowsWithoutResize(meter, table, old.rows - 1, next.rows - old.rows, width);
      }
      touched = true;
      const sourceFormats = opts.numberFormats ?? header.map(() => null);
      await writeRows(meter, {
        sheet,
        row: next.row,
        col: next.col,
        width,
        count: rows.length + 1,
        rowAt: newRow,
        // Per-cell formats only when user columns carry their own; otherwise one format per column.
        formats:
          users.columns.length > 0
            ? {
                kind: "cells",
                rowAt: (i) => [
                  ...sourceFormats.map((f) => (i === 0 ? "General" : (f ?? "General"))),
                  ...(i === 0 ? users.header.map(() => "General") : users.formatsAt(i - 1)),
                ],
              }
            : opts.numberFormats
              ? { kind: "columns", formats: opts.numberFormats }
              : undefined,
        signal: opts.signal,
        leaveLastQueued: true,
        onRows: (written) =>
          opts.onProgress?.({ rowsWritten: Math.max(0, written - 1), rowsTotal: rows.length }),
      });
      throwIfAborted(opts.signal);
      if (canResize) {
        table.resize(sheet.getRangeByIndexes(next.row, next.col, next.rows, next.cols));
        meter.add();
      }
      await meter.sync();
      opts.onProgress?.({ rowsWritten: rows.length, rowsTotal: rows.length });
      result.syncs = meter.syncs;
      result.largestRequestBytes = meter.largestRequestBytes;
    });
  } catch (e) {
    if (touched) {
      try {
        await run(async (context) => {
          const meter = new SyncMeter(context);
          const sheet = context.workbook.worksheets.getItem(before.sheet);
          const table = context.workbook.tables.getItem(tableName);
          if (canResize) {
            table.resize(sheet.getRangeByIndexes(old.row, old.col, old.rows, old.cols));
            meter.add();
          } else {
            // How many rows the failed write left is read back, not assumed (a batch may fail half-way).
            // Rows go back first, moving the cells below back up or down, then the old contents.
            const now = table.getRange().load("rowCount");
            await meter.sync();
            await adjustRowsWithoutResize(meter, table, now.rowCount - 1, old.rows - now.rowCount, width);
          }
          await restoreArea(meter, sheet, footprint, saved);
        });
      } catch (undo) {
        throw excelError(
          "EXCEL_ROLLBACK_FAILED",
          "Rollback failed.",
          { detail: describeOfficeError(undo), address: qualified(before.sheet, footprint) },
          e,
        );
      }
    }
    if (e instanceof AppError) throw e;
    throw excelError("EXCEL_WRITE_FAILED", describeOfficeError(e), { detail: describeOfficeError(e) }, e);
  }
  result.written = true;
  return result;
}
