// The subsidy calculator's live sheet: labels, inputs and formulas the user can change in Excel.
import { parseRangeAddress } from "./a1";
import { readArea, restoreArea } from "./area";
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
  /** The sheet written: the requested name, or a new "name (2)" when the user chose a new sheet. */
  sheet: string;
}

/**
 * What to do with a sheet that already has content: replace it, write beside it on a new sheet (so
 * applicants can compare scenarios), or write nothing.
 */
export type SheetChoice = "overwrite" | "newSheet" | "cancel";

export interface CalculationSheetOptions {
  /** Asked when the sheet has content. Without it (or confirmOverwrite), nothing is overwritten. */
  chooseSheet?: (what: OverwriteInfo) => Promise<SheetChoice>;
  /** The older yes/no question: true = overwrite. Used only when chooseSheet is absent. */
  confirmOverwrite?: (what: OverwriteInfo) => Promise<boolean>;
}

/**
 * The first of "name (2)", "name (3)" … that no sheet has. Excel compares sheet names without regard
 * to case and allows at most 31 characters, so the base is shortened to make room for the suffix.
 */
export function nextSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = [...base].slice(0, 31 - suffix.length).join("") + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Writes the cells to the named sheet, creating it when missing. A sheet that already has content is
 * asked about (chooseSheet): overwritten (cleared and rewritten), left alone with the cells written to
 * a new sheet "name (2)", or left alone with nothing written.
 */
export async function writeCalculationSheet(
  run: ExcelRun,
  req: CalculationSheetRequest,
  opts: CalculationSheetOptions = {},
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
  // Anything on the sheet is content: a value, a formula (even one showing ""), a format, a table.
  let sheetNames: string[] = [];
  const found = await run(async (context) => {
    const meter = new SyncMeter(context);
    const sheet = context.workbook.worksheets.getItemOrNullObject(req.sheetName);
    sheet.load("id");
    const all = context.workbook.worksheets.load("items/name");
    meter.add();
    await meter.sync();
    sheetNames = all.items.map((w) => w.name);
    if (sheet.isNullObject) return null;
    const used = sheet
      .getUsedRangeOrNullObject(false)
      .load("address, rowIndex, columnIndex, rowCount, columnCount");
    const tables = sheet.tables.load("items/name");
    meter.add();
    await meter.sync();
    if (used.isNullObject)
      return { id: sheet.id, saved: null, address: "", tables: tables.items.length, cells: 0 };
    const area = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    const saved = await readArea(meter, sheet, area);
    const formatted = saved.formats.flat().filter((f) => f !== "General").length;
    return {
      id: sheet.id,
      saved,
      address: used.address,
      tables: tables.items.length,
      cells: Math.max(saved.nonEmptyCells, formatted, 1),
    };
  });
  let existing = found;
  let sheetName = req.sheetName;
  if (found && (found.saved || found.tables > 0)) {
    const info = {
      sheet: req.sheetName,
      address: found.address,
      nonEmptyCells: found.cells,
      sample: found.saved?.sample ?? [],
    };
    const choice: SheetChoice = opts.chooseSheet
      ? await opts.chooseSheet(info)
      : opts.confirmOverwrite && (await opts.confirmOverwrite(info))
        ? "overwrite"
        : "cancel";
    if (choice === "cancel") return { written: false, sheet: req.sheetName };
    if (choice === "newSheet") {
      // The old sheet is not touched at all: the cells go to a sheet of their own.
      existing = null;
      sheetName = nextSheetName(req.sheetName, sheetNames);
    }
  }
  let addedId: string | null = null;
  try {
    await run(async (context) => {
      const meter = new SyncMeter(context);
      let sheet: Excel.Worksheet;
      if (existing) {
        sheet = context.workbook.worksheets.getItem(existing.id);
        sheet.getRange().clear("All");
        meter.add();
      } else {
        sheet = context.workbook.worksheets.add(sheetName);
        sheet.load("id");
        meter.add();
        await meter.sync();
        addedId = sheet.id;
      }
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
    // Put the sheet back: the one we added is deleted by id; an existing one gets its cells back.
    await run(async (context) => {
      const meter = new SyncMeter(context);
      if (addedId) context.workbook.worksheets.getItemOrNullObject(addedId).delete();
      else if (existing) {
        const sheet = context.workbook.worksheets.getItem(existing.id);
        const all = { row: 0, col: 0, rows: 1, cols: 1 };
        const area = existing.saved ?? all;
        const span = cells.reduce(
          (r, c) => ({
            rows: Math.max(r.rows, c.ref.row + 1 - area.row),
            cols: Math.max(r.cols, c.ref.col + 1 - area.col),
          }),
          { rows: area.rows, cols: area.cols },
        );
        sheet.getRangeByIndexes(0, 0, area.row + span.rows, area.col + span.cols).clear("All");
        meter.add();
        if (existing.saved) await restoreArea(meter, sheet, existing.saved, existing.saved);
      }
      await meter.sync();
    }).catch((undo: unknown) => {
      throw excelError(
        "EXCEL_ROLLBACK_FAILED",
        "Rollback failed.",
        {
          detail: describeOfficeError(undo),
          address: sheetName,
        },
        e,
      );
    });
    throw excelError("EXCEL_WRITE_FAILED", describeOfficeError(e), { detail: describeOfficeError(e) }, e);
  }
  return { written: true, sheet: sheetName };
}
