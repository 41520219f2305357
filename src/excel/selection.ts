// Reading what the user selected, and whether a range holds anything.
import { parseRangeAddress } from "./a1";
import { excelError } from "./errors";
import type { ExcelRun } from "./types";

export interface Selection {
  sheet: string;
  /** Sheet-qualified, as Excel reports it. */
  address: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Cells read back at most: large selections report their size without their values. */
export async function readSelection(run: ExcelRun): Promise<Selection> {
  return run(async (context) => {
    const range = context.workbook
      .getSelectedRange()
      .load("address, rowIndex, columnIndex, rowCount, columnCount");
    const sheet = range.worksheet.load("name");
    await context.sync();
    return {
      sheet: sheet.name,
      address: range.address,
      row: range.rowIndex,
      col: range.columnIndex,
      rows: range.rowCount,
      cols: range.columnCount,
    };
  });
}

/** True when no cell of the sheet-qualified range has a value or formula (formats do not count). */
export async function isRangeEmpty(run: ExcelRun, sheetName: string, address: string): Promise<boolean> {
  const ref = parseRangeAddress(address);
  if (!ref) throw excelError("EXCEL_BAD_ADDRESS", `Bad address ${address}.`, { address });
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject)
      throw excelError("EXCEL_SHEET_NOT_FOUND", `No sheet ${sheetName}.`, { sheet: sheetName });
    const used = sheet.getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols).getUsedRangeOrNullObject(true);
    await context.sync();
    return used.isNullObject;
  });
}
