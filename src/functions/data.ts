// Data formulas: official statistics in the analyst's own layout (e-Stat, OECD SDMX, the bundled pack).
// Cache first: a formula whose query is cached (also after reopening) answers with no request; fresh data
// comes from "refresh formulas" or after the maximum age, never from a recalculation. SME.ESTATVALUE
// cells of one calculation are batched into one download per table. See docs/functions/data.md.
// This file is what Excel registers: thin wrappers. The implementation (./data/formulas.ts), the runtime
// (HTTP, cache, JSONP) and the indicator pack load with the first data formula (./shared/lazy.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { onFormulaRefresh } from "./refresh";
import { lazyModule } from "./shared/lazy";
import { configureDataFunctions } from "./data/config";

export { configureDataFunctions, resetDataFunctions } from "./data/config";
export type { DataFunctionsConfig } from "./data/runtime";
export { SETTINGS_STORAGE_KEY } from "./data/settings";

const formulas = lazyModule(() => import(/* webpackChunkName: "fn-data" */ "./data/formulas"));

/** "Refresh formulas": downloads every table the formulas used again, then recalculates (./data/runtime.ts). */
export function refreshDataFormulas(): Promise<{ tables: number; failed: number }> {
  return formulas.load().then((m) => m.refreshDataFormulas());
}
onFormulaRefresh(refreshDataFormulas);

/**
 * A handle for hosts that load the built bundle without importing modules: the bundle tests (a vm context)
 * and the playground page. It can only repoint the formulas and ask for a refresh, as the task pane can.
 */
(globalThis as Record<string, unknown>).__SME_DATA_FUNCTIONS__ = {
  configure: configureDataFunctions,
  refresh: refreshDataFormulas,
  // before the first data formula nothing has been fetched or cached
  stats: () => (formulas.loaded ? formulas.loaded.dataStats() : { fetches: 0, memoHits: 0, cacheHits: 0 }),
};

/**
 * Spills an e-Stat statistical table (header row + rows) in long or wide layout. Cached: recalculation does not download again; use "Refresh formulas" for fresh data.
 * @customfunction ESTAT
 * @helpurl https://localhost:3000/docs/functions.html#estat
 * @param stats_data_id e-Stat table ID (statsDataId), e.g. 0003425893.
 * @param [filters] Filters as text, e.g. "cdCat01=A1101,A1102;cdTimeFrom=2015000000", or a two-column range of parameter and value.
 * @param [layout] "long" (default) or "wide".
 * @param [options] e.g. "labels=code;lang=en;rows=cat01,area;cols=time;hierarchy=indent;header=FALSE".
 * @param [invocation] Invocation of the function (set by Excel).
 * @returns The table: header row and rows; marked cells are blank.
 * @cancelable
 * @requiresAddress
 */
export function estatFn(
  stats_data_id: any[][],
  filters?: any[][],
  layout?: any[][],
  options?: any[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<any[][]> {
  return formulas.run((m) => m.estatFn(stats_data_id, filters, layout, options, invocation));
}

/**
 * One number from an e-Stat table, chosen by dimension=code selectors. Cells of one calculation share one download per table. A cell marked by e-Stat gives #N/A with the marker's meaning.
 * @customfunction ESTATVALUE
 * @helpurl https://localhost:3000/docs/functions.html#estatvalue
 * @param stats_data_id e-Stat table ID (statsDataId), e.g. 0003425893.
 * @param [selectors] One selector per argument, e.g. "cat01=A1101", "area=13000", "time=2020000000" (or a range of them).
 * @param [invocation] Invocation of the function (set by Excel).
 * @returns The value as a number.
 * @cancelable
 * @requiresAddress
 */
export function estatValueFn(
  stats_data_id: any[][],
  selectors?: any[][][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return formulas.run((m) => m.estatValueFn(stats_data_id, selectors, invocation));
}

/**
 * Spills an OECD SDMX series (header row + rows), e.g. MSTI R&D indicators. Counts against the OECD limit of about 60 downloads per hour only when not cached.
 * @customfunction OECD
 * @helpurl https://localhost:3000/docs/functions.html#oecd
 * @param dataflow Dataflow, e.g. "OECD.STI.STP,DSD_MSTI@DF_MSTI".
 * @param key Series key, e.g. "JPN+USA+DEU.A.G.PT_B1GQ.." (empty positions mean all).
 * @param [start] First period, e.g. 2015.
 * @param [end] Last period, e.g. 2023.
 * @param [layout] "long" (default) or "wide".
 * @param [options] e.g. "labels=label;rows=REF_AREA;cols=TIME_PERIOD".
 * @param [invocation] Invocation of the function (set by Excel).
 * @returns The series: header row and rows.
 * @cancelable
 * @requiresAddress
 */
export function oecdFn(
  dataflow: any[][],
  key: any[][],
  start?: any[][],
  end?: any[][],
  layout?: any[][],
  options?: any[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<any[][]> {
  return formulas.run((m) => m.oecdFn(dataflow, key, start, end, layout, options, invocation));
}

/**
 * Spills a series of the bundled offline pack: period, value, unit and the figure's status (verified / secondary / assumption). Works offline and without an application ID.
 * @customfunction INDICATOR
 * @helpurl https://localhost:3000/docs/functions.html#indicator
 * @param id Series ID from SME.INDICATORS, e.g. minimum_wage_national_weighted_avg.
 * @param [from] First year, e.g. 2015.
 * @param [to] Last year, e.g. 2024.
 * @param [language] "ja" or "en": the header and the status in words (期間 | 値 | 単位 | 状態, 公式確認済み …). Blank = period | value | unit | status and the status codes.
 * @param [invocation] Invocation of the function (set by Excel).
 * @returns Header row and one row per period.
 * @requiresAddress
 */
export function indicatorFn(
  id: any[][],
  from?: any[][],
  to?: any[][],
  language?: any[][],
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return formulas.run((m) => m.indicatorFn(id, from, to, language, invocation));
}

/**
 * Spills the series of the bundled offline pack: id, titles, unit, period range, status and sources.
 * @customfunction INDICATORS
 * @helpurl https://localhost:3000/docs/functions.html#indicators
 * @param [filter] Words that must all appear in the id, title or topic, e.g. "minimum wage" or 最低賃金.
 * @param [language] "ja" or "en": the header and the status in words. Blank = id | title | title_en | unit | from | to | status | sources and the status codes.
 * @returns Header row and one row per series.
 */
export function indicatorsFn(filter?: any[][], language?: any[][]): any[][] {
  return formulas.run((m) => m.indicatorsFn(filter, language));
}

/**
 * The source of a data formula's result, for a footnote: source, table or series ID, retrieval time and the required credit text; for the bundled series, the official documents of the figures the range shows, one line each. Point it at the formula's cell or spilled range (or part of it), or give a table ID, dataflow or series ID.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/docs/functions.html#source
 * @param ref A cell or range with an SME.ESTAT, SME.ESTATVALUE, SME.OECD or SME.INDICATOR result, or an ID as text.
 * @param [lang] "ja" (default) or "en".
 * @param [invocation] Invocation of the function (set by Excel).
 * @returns One line of text per distinct source.
 * @requiresParameterAddresses
 */
export function sourceFn(
  ref: any[][],
  lang?: any[][],
  invocation?: CustomFunctions.Invocation,
): Promise<any[][]> {
  return formulas.run((m) => m.sourceFn(ref, lang, invocation));
}
