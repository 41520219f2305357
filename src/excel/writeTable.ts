// Loads a table into the workbook: provenance block, header, rows in chunked requests, an Excel Table,
// and the stored query. Nothing non-empty is overwritten without confirmation; a cancelled or failed
// write is undone (new sheet deleted, or the target area's previous contents put back).
import { AppError } from "../core/errors/AppError";
import { parseRangeAddress, qualified, type RangeRef } from "./a1";
import { readArea, restoreArea, type SavedArea } from "./area";
import { describeOfficeError, excelError, throwIfAborted } from "./errors";
import { excelTableHeaders, uniqueSheetName, uniqueTableName } from "./names";
import { SyncMeter } from "./payload";
import { blockWidth, provenanceBlock } from "./provenance";
import { isApiSupported } from "./requirements";
import {
  STORED_QUERIES_NAMESPACE,
  parseStoredQueries,
  queueStoredQueriesRead,
  restoreStoredQueriesXml,
  upsert,
  writeStoredQueriesIn,
} from "./storedQueries";
import { MAX_CELL_TEXT, findTooLongText, toExcelValue } from "./textGuard";
import type { ExcelRun, WriteOptions, WriteTableRequest, WriteTableResult } from "./types";
import { writeRows, type ExcelInput } from "./writeRows";

/** Rows autofit looks at: enough for the provenance block and typical widths, cheap on 100,000 rows. */
const AUTOFIT_ROWS = 200;

interface Plan {
  sheet: string;
  newSheet: boolean;
  origin: { row: number; col: number };
  footprint: RangeRef;
  tableName: string;
  /** Id of the sheet active before the load (rollback re-activates it; a rename meanwhile does not matter). */
  activeSheetId: string;
  /** Ids of the tables that existed at the check: rollback deletes only tables not among them. */
  tableIds: Set<string>;
  saved: SavedArea | null;
  storedXml: string[];
  /** The user's calculation mode is Manual: we leave recalculation to them. */
  manualCalculation: boolean;
}

function validate(req: WriteTableRequest): void {
  if (req.header.length === 0) throw excelError("EXCEL_EMPTY_HEADER", "The header is empty.");
  req.rows.forEach((row, i) => {
    if (row.length !== req.header.length)
      throw excelError("EXCEL_ROW_SHAPE", `Row ${i + 1} has ${row.length} cells.`, {
        row: i + 1,
        got: row.length,
        expected: req.header.length,
      });
  });
}

/** Run 1: reads names, the target area and the stored queries; writes nothing. */
async function check(run: ExcelRun, req: WriteTableRequest, height: number, width: number): Promise<Plan> {
  return run(async (context) => {
    const meter = new SyncMeter(context);
    const sheets = context.workbook.worksheets;
    const active = sheets.getActiveWorksheet().load("id");
    const application = context.application.load("calculationMode");
    const tables = context.workbook.tables.load("items/name, items/id");
    sheets.load("items/name");
    const stored = queueStoredQueriesRead(context, meter);
    const dest = req.destination;
    let target: Excel.Worksheet | undefined;
    let used: Excel.Range | undefined;
    let origin = { row: 0, col: 0 };
    if (dest.kind === "at") {
      const at = parseRangeAddress(dest.address);
      if (!at)
        throw excelError("EXCEL_BAD_ADDRESS", `Bad address ${dest.address}.`, { address: dest.address });
      origin = { row: at.row, col: at.col };
      target = sheets.getItemOrNullObject(dest.sheet);
      target.tables.load("items/name");
      used = target.getRangeByIndexes(origin.row, origin.col, height, width).getUsedRangeOrNullObject(false);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
    }
    meter.add();
    await meter.sync();
    const existingSheets = sheets.items.map((s) => s.name);
    const plan: Plan = {
      sheet: dest.kind === "newSheet" ? uniqueSheetName(dest.name, existingSheets) : dest.sheet,
      newSheet: dest.kind === "newSheet",
      origin,
      footprint: { ...origin, rows: height, cols: width },
      tableName: uniqueTableName(
        req.tableName ?? `T_${dest.kind === "newSheet" ? dest.name : dest.sheet}`,
        tables.items.map((t) => t.name),
      ),
      activeSheetId: active.id,
      tableIds: new Set(tables.items.map((t) => t.id)),
      saved: null,
      storedXml: [],
      manualCalculation: application.calculationMode === "Manual",
    };
    if (target && used) {
      if (target.isNullObject)
        throw excelError("EXCEL_SHEET_NOT_FOUND", `No sheet ${plan.sheet}.`, { sheet: plan.sheet });
      const ranges = target.tables.items.map((t) => ({
        name: t.name,
        range: t.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
      }));
      const { xml } = await stored.finish();
      plan.storedXml = xml;
      if (ranges.length > 0 && xml.length === 0) await meter.sync();
      for (const { name, range } of ranges) {
        const f = plan.footprint;
        if (
          range.rowIndex < f.row + f.rows &&
          f.row < range.rowIndex + range.rowCount &&
          range.columnIndex < f.col + f.cols &&
          f.col < range.columnIndex + range.columnCount
        )
          throw excelError("EXCEL_TARGET_HAS_TABLE", `Overlaps table ${name}.`, {
            address: qualified(plan.sheet, f),
            table: name,
          });
      }
      if (!used.isNullObject)
        plan.saved = await readArea(meter, target, {
          row: used.rowIndex,
          col: used.columnIndex,
          rows: used.rowCount,
          cols: used.columnCount,
        });
    } else plan.storedXml = (await stored.finish()).xml;
    return plan;
  });
}

interface WriteState {
  /** Id of the sheet this load added, once Excel confirmed it: rollback deletes that sheet and no other. */
  sheetId: string | null;
  /**
   * The name the new sheet is added under until the first data request renames it: no user picks it, so
   * a request that failed after adding the sheet (but before its id came back) still finds only ours.
   */
  tempName: string;
  finalSent: boolean;
  /** A chunk was sent with API calculation suspended: we must recalculate at the end. */
  calculationSuspended: boolean;
}

/**
 * Puts the workbook back after a cancelled or failed write. What this load created is found by id: a
 * sheet or table with the same name that the user made meanwhile survives (a request that fails halfway
 * may still have created the table under Excel's default name, so tables are compared with the check's).
 */
async function rollback(run: ExcelRun, plan: Plan, state: WriteState): Promise<void> {
  await run(async (context) => {
    const meter = new SyncMeter(context);
    const sheets = context.workbook.worksheets;
    if (plan.newSheet) {
      sheets.getItemOrNullObject(state.sheetId ?? state.tempName).delete();
    } else {
      const sheet = sheets.getItem(plan.sheet);
      if (state.finalSent) {
        const tables = sheet.tables.load("items/id");
        meter.add();
        await meter.sync();
        const added = tables.items
          .filter((t) => !plan.tableIds.has(t.id))
          .map((t) => ({ t, r: t.getRange().load("rowIndex, columnIndex, rowCount, columnCount") }));
        if (added.length > 0) await meter.sync();
        const f = plan.footprint;
        for (const { t, r } of added)
          if (
            r.rowIndex < f.row + f.rows &&
            f.row < r.rowIndex + r.rowCount &&
            r.columnIndex < f.col + f.cols &&
            f.col < r.columnIndex + r.columnCount
          ) {
            context.workbook.tables.getItem(t.id).delete();
            meter.add();
          }
      }
      await restoreArea(meter, sheet, plan.footprint, plan.saved);
    }
    if (state.finalSent) await restoreStoredQueriesXml(context, meter, plan.storedXml);
    sheets.getItemOrNullObject(plan.activeSheetId).activate();
    await meter.sync();
  });
}

/**
 * Writes `req` as an Excel Table with its provenance block above it and stores the query.
 * Requests stay under 4 MB; syncs: one or two to check, one per 4 MB of data (the last one also
 * creates the table and stores the query).
 */
export async function writeTableToWorkbook(
  run: ExcelRun,
  req: WriteTableRequest,
  opts: WriteOptions = {},
): Promise<WriteTableResult> {
  validate(req);
  const width = blockWidth(req);
  const block = provenanceBlock(req, width);
  const rowsTotal = req.rows.length;
  const height = block.length + 1 + rowsTotal;
  throwIfAborted(opts.signal);
  const plan = await check(run, req, height, width).catch((e: unknown) => {
    if (e instanceof AppError) throw e;
    throw excelError(
      "EXCEL_CHECK_FAILED",
      `Check failed: ${describeOfficeError(e)}`,
      { detail: describeOfficeError(e) },
      e,
    );
  });
  const tableRef: RangeRef = {
    row: plan.origin.row + block.length,
    col: plan.origin.col,
    rows: rowsTotal + 1,
    cols: req.header.length,
  };
  assertCellsFit(plan, block, width, tableRef, req);
  const result: WriteTableResult = {
    written: false,
    sheet: plan.sheet,
    address: qualified(plan.sheet, { ...tableRef, rows: Math.max(2, tableRef.rows) }),
    tableName: plan.tableName,
    rows: rowsTotal,
    columns: req.header.length,
    syncs: 0,
    largestRequestBytes: 0,
  };
  if (plan.saved && plan.saved.nonEmptyCells > 0) {
    const ok = opts.confirmOverwrite
      ? await opts.confirmOverwrite({
          sheet: plan.sheet,
          address: qualified(plan.sheet, plan.footprint),
          nonEmptyCells: plan.saved.nonEmptyCells,
          sample: plan.saved.sample,
        })
      : false;
    if (!ok) return result;
  }
  const state: WriteState = {
    sheetId: null,
    tempName: `~sme-${Math.random().toString(36).slice(2, 10)}`,
    finalSent: false,
    calculationSuspended: false,
  };
  try {
    throwIfAborted(opts.signal);
    await run(async (context) => {
      const meter = new SyncMeter(context);
      let sheet: Excel.Worksheet;
      if (plan.newSheet) {
        // Its own request under a name nobody else uses, so rollback finds exactly our sheet (by id once
        // known, else by that name) and never a same-named sheet the user made meanwhile. The first data
        // request gives it its real name; if the user took that name meanwhile, that request fails.
        sheet = context.workbook.worksheets.add(state.tempName);
        sheet.load("id");
        meter.add(state.tempName);
        await meter.sync();
        state.sheetId = sheet.id;
        sheet.name = plan.sheet;
        meter.add(plan.sheet);
      } else {
        sheet = context.workbook.worksheets.getItem(plan.sheet);
        meter.add(plan.sheet);
      }
      if (isApiSupported("1.9")) {
        // Once, not per chunk: repeated calls make the window flicker (office-js-docs-pr excel/performance).
        context.application.suspendScreenUpdatingUntilNextSync();
        meter.add();
      }
      sheet.getRangeByIndexes(plan.origin.row, plan.origin.col, block.length, width).values = block;
      meter.add(block);
      const header = [excelTableHeaders(req.header).map((h) => toExcelValue(h))];
      sheet.getRangeByIndexes(tableRef.row, tableRef.col, 1, tableRef.cols).values = header;
      meter.add(header);
      const calcSuspend = isApiSupported("1.6");
      await writeRows(meter, {
        sheet,
        row: tableRef.row + 1,
        col: tableRef.col,
        width: tableRef.cols,
        count: rowsTotal,
        rowAt: (i) => req.rows[i].map(toExcelValue),
        formats: req.numberFormats ? { kind: "columns", formats: req.numberFormats } : undefined,
        signal: opts.signal,
        leaveLastQueued: true,
        // Not the last request: after it we recalculate, in a request Excel calculates normally.
        beforeSync: (_chunk, last) => {
          if (calcSuspend && !last) {
            context.application.suspendApiCalculationUntilNextSync();
            meter.add();
            state.calculationSuspended = true;
          }
        },
        onRows: (rowsWritten) => opts.onProgress?.({ rowsWritten, rowsTotal }),
      });
      throwIfAborted(opts.signal);
      const table = sheet.tables.add(
        sheet.getRangeByIndexes(tableRef.row, tableRef.col, Math.max(2, tableRef.rows), tableRef.cols),
        true,
      );
      table.name = plan.tableName;
      table.style = "TableStyleMedium2";
      table.showBandedRows = true;
      table.showFilterButton = true;
      meter.add([plan.tableName, "TableStyleMedium2", true, true, true]);
      if (plan.newSheet) {
        sheet.getRangeByIndexes(plan.origin.row, plan.origin.col, block.length, 1).format.font.bold = true;
        sheet
          .getRangeByIndexes(plan.origin.row, plan.origin.col, Math.min(height, AUTOFIT_ROWS), width)
          .format.autofitColumns();
        meter.add(true);
        meter.add();
      }
      const storedQuery = { ...req.query, tableName: plan.tableName, sheet: plan.sheet };
      state.finalSent = true;
      const list = plan.storedXml.flatMap(parseStoredQueries);
      writeStoredQueriesIn(
        context,
        meter,
        await partsForWrite(context, meter, plan),
        upsert(list, storedQuery),
      );
      if (plan.newSheet) sheet.activate();
      // suspendApiCalculationUntilNextSync leaves recalculation to us ("it is the developer's responsibility
      // to re-calc the workbook, to ensure that any dependencies are propagated", @types/office-js
      // Excel.Application, ExcelApi 1.6): formulas that read the written cells would otherwise stay stale.
      // "Recalculate" only recalculates what changed; a user in Manual mode keeps recalculating themselves.
      if (state.calculationSuspended && !plan.manualCalculation) {
        context.application.calculate("Recalculate");
        meter.add("Recalculate");
      }
      await meter.sync();
      opts.onProgress?.({ rowsWritten: rowsTotal, rowsTotal });
      result.syncs = meter.syncs;
      result.largestRequestBytes = meter.largestRequestBytes;
    });
  } catch (e) {
    try {
      await rollback(run, plan, state);
    } catch (undo) {
      throw excelError(
        "EXCEL_ROLLBACK_FAILED",
        "Rollback failed.",
        { detail: describeOfficeError(undo), address: qualified(plan.sheet, plan.footprint) },
        e,
      );
    }
    if (e instanceof AppError) throw e;
    throw excelError(
      "EXCEL_WRITE_FAILED",
      `Write failed: ${describeOfficeError(e)}`,
      { detail: describeOfficeError(e) },
      e,
    );
  }
  result.written = true;
  return result;
}

/** Text over Excel's 32,767-character cell limit stops the load before anything is written. */
function assertCellsFit(
  plan: Plan,
  block: ExcelInput[][],
  width: number,
  tableRef: RangeRef,
  req: WriteTableRequest,
): void {
  const fail = (row: number, col: number, length: number) => {
    const address = qualified(plan.sheet, { row, col, rows: 1, cols: 1 });
    throw excelError("EXCEL_CELL_TOO_LONG", `Text for ${address} is too long.`, { address, length });
  };
  const inBlock = findTooLongText(block.length, width, (i, j) => block[i][j]);
  if (inBlock) fail(plan.origin.row + inBlock.i, plan.origin.col + inBlock.j, inBlock.length);
  const body = [req.header, ...req.rows];
  const inTable = findTooLongText(body.length, req.header.length, (i, j) => {
    const v = body[i][j];
    return typeof v === "string" && v.length > MAX_CELL_TEXT ? toExcelValue(v) : v;
  });
  if (inTable) fail(tableRef.row + inTable.i, tableRef.col + inTable.j, inTable.length);
}

/** Proxies, in this run, for the stored-query parts the check run found (one extra sync only if several). */
async function partsForWrite(
  context: Excel.RequestContext,
  meter: SyncMeter,
  plan: Plan,
): Promise<Excel.CustomXmlPart[]> {
  if (plan.storedXml.length === 0) return [];
  const scoped = context.workbook.customXmlParts.getByNamespace(STORED_QUERIES_NAMESPACE);
  if (plan.storedXml.length === 1) return [scoped.getOnlyItem()];
  scoped.load("items/id");
  meter.add();
  await meter.sync();
  return scoped.items;
}
