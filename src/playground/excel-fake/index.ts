// The in-memory Excel used by unit tests, benchmarks and the browser playground.
export {
  FakeExcel,
  createFakeExcel,
  type ExcelRunLike,
  type FakeExcelOptions,
  type SyncInfo,
} from "./FakeExcel";
export { FakeExcelError } from "./errors";
export {
  REQUEST_LIMIT_BYTES,
  RESPONSE_LIMIT_BYTES,
  OPERATION_OVERHEAD_BYTES,
  estimateRequestBytes,
  estimateJsonBytes,
  utf8Length,
} from "./payload";
export { TABLE_OVERLAP_MESSAGE } from "./tables";
export { emulateHostRequirementSets, hostSupports, type HostRequirementSets } from "./requirements";
export { columnLetters, formatAddress, parseRef, splitSheet } from "./address";
export type { WorkbookSnapshot } from "./snapshot";
export type * from "./types";
