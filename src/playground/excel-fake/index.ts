// The in-memory Excel used by unit tests, benchmarks and the browser playground.
export {
  FakeExcel,
  createFakeExcel,
  type ExcelRunLike,
  type FakeExcelOptions,
  type SyncInfo,
} from "./FakeExcel";
export { FakeExcelError } from "./errors";
export { REQUEST_LIMIT_BYTES, RESPONSE_LIMIT_BYTES, requestBody, requestBytes, utf8Length } from "./wire";
export { TABLE_OVERLAP_MESSAGE } from "./tables";
export { emulateHostRequirementSets, hostSupports, type HostRequirementSets } from "./requirements";
export { columnLetters, formatAddress, parseRef, splitSheet } from "./address";
export type { WorkbookSnapshot } from "./snapshot";
export type * from "./types";
