// Excel adapters: every workbook access of the task pane goes through these, with `run` passed in.
export type * from "./types";
export type { JsonValue } from "./json";
export { writeTableToWorkbook } from "./writeTable";
export { replaceTableData, type ReplaceOptions, type ReplaceResult } from "./replaceTableData";
export { insertChart, type InsertChartRequest, type InsertChartResult } from "./insertChart";
export { readSelection, isRangeEmpty, type Selection } from "./selection";
export {
  writeCalculationSheet,
  type CalculationCell,
  type CalculationSheetRequest,
  type CalculationSheetResult,
} from "./calculationSheet";
export {
  STORED_QUERIES_NAMESPACE,
  listStoredQueries,
  saveStoredQuery,
  removeStoredQuery,
  parseStoredQueries,
  serializeStoredQueries,
} from "./storedQueries";
export { REQUEST_BUDGET_BYTES, jsonBytes, utf8Length } from "./payload";
export { toExcelValue, needsTextGuard } from "./textGuard";
export { excelJa } from "../core/errors/excel.ja";
export { excelEn } from "../core/errors/excel.en";
