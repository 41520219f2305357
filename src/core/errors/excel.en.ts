import type { excelJa } from "./excel.ja";

export const excelEn: Record<keyof typeof excelJa, string> = {
  EXCEL_SHEET_NOT_FOUND: "Sheet '{sheet}' was not found.",
  EXCEL_BAD_ADDRESS: "'{address}' is not a cell address (e.g. B3).",
  EXCEL_NO_ROWS: "No data came back (nothing matches the selection). Nothing was written.",
  EXCEL_EMPTY_HEADER: "A table without a header cannot be written.",
  EXCEL_ROW_SHAPE: "Row {row} has {got} columns but the header has {expected}.",
  EXCEL_TARGET_HAS_TABLE: "The target {address} overlaps the existing table '{table}'. Choose another place.",
  EXCEL_TABLE_NOT_FOUND: "Table '{table}' was not found in the workbook.",
  EXCEL_RESIZE_UNSUPPORTED:
    "This version of Excel (without ExcelApi 1.13) cannot change table '{table}' from {from} to {to} columns. Nothing was changed. Update Excel, or load the data to a new sheet.",
  EXCEL_CHECK_FAILED: "Could not check the target ({detail}). Nothing was written.",
  EXCEL_CANCELLED: "The write was cancelled. The workbook is as it was.",
  EXCEL_WRITE_FAILED: "Writing to Excel failed ({detail}). The workbook was put back as it was.",
  EXCEL_ROLLBACK_FAILED: "Writing failed and could not be undone ({detail}). Check {address}.",
  EXCEL_CELL_TOO_LONG:
    "The text for {address} has {length} characters, more than an Excel cell holds (32,767). Nothing was written.",
};
