export { createOecdClient } from "./client";
export type { OecdClient, OecdClientOptions, RequestOptions } from "./client";
export { createOecdBudget } from "./budget";
export type { OecdBudget, OecdBudgetOptions, BudgetState } from "./budget";
export { parseSdmx, detectSdmxFormat } from "./parseSdmx";
export { parseSdmxJson } from "./parseSdmxJson";
export type { SdmxParseOptions } from "./parseSdmxJson";
export { parseSdmxCsv } from "./parseSdmxCsv";
export { parseStructure } from "./parseStructure";
export type { DataflowStructure, StructureDimension } from "./parseStructure";
export {
  OECD_BASE_URL,
  buildDataUrl,
  buildStructureUrl,
  combineKeys,
  normaliseKey,
  parseFlowRef,
  flowPath,
  checkPeriod,
} from "./query";
export type { DataQuery, FlowRef, OecdDataFormat } from "./query";
export {
  BUNDLED_DATAFLOWS,
  flowRefOf,
  mergeCatalogue,
  parseDataflowList,
  searchCatalogue,
} from "./catalogue";
export type { DataflowEntry } from "./catalogue";
