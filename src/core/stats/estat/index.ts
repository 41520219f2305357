export { createEstatClient } from "./createEstatClient";
export type {
  EstatClient,
  EstatClientOptions,
  JsonpTransport,
  StatsDataQuery,
  StatsDataResult,
  StatsListQuery,
  EstatProgress,
  CallOptions,
} from "./createEstatClient";
export { buildEstatUrl, toJsonpUrl, splitFilters, filterParams, ESTAT_API_ROOT } from "./buildUrl";
export type { DimensionFilter, EstatFunction } from "./buildUrl";
export {
  parseStatsDataResponse,
  parseStatsDataPages,
  readStatsDataEnvelope,
  checkEstatStatus,
} from "./parseStatsData";
export type { ParsedStatsData, ParseStatsDataOptions, EstatPageInfo } from "./parseStatsData";
export { parseMetaInfoResponse } from "./parseMetaInfo";
export type { EstatMetaInfo } from "./parseMetaInfo";
export { parseStatsListResponse } from "./parseStatsList";
export type { EstatStatsList, EstatTableEntry, EstatSurveyEntry } from "./parseStatsList";
export { parseSimpleStatsDataCsv, parseCsv } from "./parseSimpleCsv";
export { EstatStatusError, isEstatStatusError, statusCodeFor } from "./statusError";
export { ESTAT_CREDIT, estatTableViewUrl } from "./credit";
export { createJsonpScriptLoader } from "./jsonpScriptLoader";
export type { DocumentLike, ScriptElementLike } from "./jsonpScriptLoader";
