// The subsidy calculator's live sheet: labels, inputs and formulas the user can change in Excel.
import { parseRangeAddress } from "./a1";
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
  try {
    await run(async (context) => {
      const meter = new SyncMeter(context);
      const sheet = existing
        ? context.workbook.worksheets.getItem(req.sheetName)
        : context.workbook.worksheets.add(req.sheetName);
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
    throw excelError("EXCEL_WRITE_FAILED", describeOfficeError(e), { detail: describeOfficeError(e) }, e);
  }
  return { written: true, sheet: req.sheetName };
}
