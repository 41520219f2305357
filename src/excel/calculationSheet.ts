// The subsidy calculator's live sheet: labels, inputs and formulas the user can change in Excel.
import { parseRangeAddress, type RangeRef } from "./a1";
import { readArea, restoreArea, type SavedArea } from "./area";
import { describeOfficeError, excelError } from "./errors";
import { SyncMeter } from "./payload";
import { toExcelValue } from "./textGuard";
import type { ExcelRun, OverwriteInfo } from "./types";

export interface CalculationCell {
  address: string;
  /** A constant; text is written as text even if it starts with = + - @. Omit it (and formula) to format only. */
  value?: string | number | boolean | null;
  /** A formula, written as a formula (must start with "="). */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface CalculationSheetRequest {
  sheetName: string;
  cells: CalculationCell[];
}

export interface CalculationSheetResult {
  written: boolean;
  sheet: string;
}

/**
 * Writes the cells to the named sheet, creating it when missing. A sheet that already has content is
 * cleared and rewritten only when confirmOverwrite resolves true.
 */
export async function writeCalculationSheet(
  run: ExcelRun,
  req: CalculationSheetRequest,
  opts: { confirmOverwrite?: (what: OverwriteInfo) => Promise<boolean> } = {},
): Promise<CalculationSheetResult> {
  const cells = req.cells.map((c) => {
    const ref = parseRangeAddress(c.address);
    if (!ref || ref.rows !== 1 || ref.cols !== 1)
      throw excelError("EXCEL_BAD_ADDRESS", `Bad cell ${c.address}.`, { address: c.address });
    if (c.formula !== undefined && !c.formula.startsWith("="))
      throw excelError("EXCEL_BAD_ADDRESS", `Formula for ${c.address} must start with =.`, {
        address: c.address,
      });
    return { ...c, ref };
  });
  const existing = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(req.sheetName);
    await context.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load("address, values");
    await context.sync();
    if (used.isNullObject) return { nonEmpty: 0, address: "", sample: [] as string[] };
    const flat = used.values.flat().filter((v) => v !== "" && v !== null);
    return { nonEmpty: flat.length, address: used.address, sample: flat.slice(0, 3).map(String) };
  });
  if (existing && existing.nonEmpty > 0) {
    const info = {
      sheet: req.sheetName,
      address: existing.address,
      nonEmptyCells: existing.nonEmpty,
      sample: existing.sample,
    };
    if (!(opts.confirmOverwrite && (await opts.confirmOverwrite(info))))
      return { written: false, sheet: req.sheetName };
  }
  const saved = existing && existing.nonEmpty > 0 ? await readWholeSheet(run, req.sheetName) : null;
  let addedSheetId: string | null = null;
  let touched = false;
  try {
    await run(async (context) => {
      const meter = new SyncMeter(context);
      let sheet: Excel.Worksheet;
      if (existing) sheet = context.workbook.worksheets.getItem(req.sheetName);
      else {
        // Its own request, so a failure later can delete exactly this sheet (by id) and nothing else.
        sheet = context.workbook.worksheets.add(req.sheetName).load("id");
        await meter.sync();
        addedSheetId = sheet.id;
      }
      touched = true;
      if (existing) sheet.getRange().clear("All");
      for (const c of cells) {
        const range = sheet.getRangeByIndexes(c.ref.row, c.ref.col, 1, 1);
        if (c.numberFormat) range.numberFormat = [[c.numberFormat]];
        if (c.formula !== undefined) range.formulas = [[c.formula]];
        // A cell with neither value nor formula only formats: it is where a formula's result spills.
        else if (c.value !== undefined) range.values = [[toExcelValue(c.value)]];
        if (c.bold) range.format.font.bold = true;
        meter.add([[c.formula ?? c.value ?? ""], c.numberFormat ?? ""]);
      }
      sheet.activate();
      await meter.sync();
    });
  } catch (e) {
    // A request can fail after some of its operations were applied (Excel keeps them), so put back what
    // this write changed: the sheet it added, or the overwritten sheet's values, formulas and number formats.
    if (touched) {
      try {
        await run(async (context) => {
          const meter = new SyncMeter(context);
          if (addedSheetId) context.workbook.worksheets.getItem(addedSheetId).delete();
          else {
            const sheet = context.workbook.worksheets.getItem(req.sheetName);
            await restoreArea(meter, sheet, footprintOf(cells, saved), saved);
          }
          await meter.sync();
        });
      } catch (undo) {
        throw excelError(
          "EXCEL_ROLLBACK_FAILED",
          "Rollback failed.",
          { detail: describeOfficeError(undo), address: req.sheetName },
          e,
        );
      }
    }
    throw excelError("EXCEL_WRITE_FAILED", describeOfficeError(e), { detail: describeOfficeError(e) }, e);
  }
  return { written: true, sheet: req.sheetName };
}

/** Everything on the sheet (values, formulas, number formats), to put back if the rewrite fails. */
async function readWholeSheet(run: ExcelRun, sheetName: string): Promise<SavedArea | null> {
  return run(async (context) => {
    const meter = new SyncMeter(context);
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(false).load("rowIndex, columnIndex, rowCount, columnCount");
    await meter.sync();
    if (used.isNullObject) return null;
    return readArea(meter, sheet, {
      row: used.rowIndex,
      col: used.columnIndex,
      rows: used.rowCount,
      cols: used.columnCount,
    });
  });
}

/** The smallest area covering the saved contents and every cell the rewrite touched. */
function footprintOf(cells: { ref: RangeRef }[], saved: SavedArea | null): RangeRef {
  const boxes: RangeRef[] = [...cells.map((c) => c.ref), ...(saved ? [saved] : [])];
  const row = Math.min(...boxes.map((b) => b.row));
  const col = Math.min(...boxes.map((b) => b.col));
  const rows = Math.max(...boxes.map((b) => b.row + b.rows)) - row;
  const cols = Math.max(...boxes.map((b) => b.col + b.cols)) - col;
  return { row, col, rows, cols };
}
