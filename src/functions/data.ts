// Data formulas: official statistics in the analyst's own layout (e-Stat, OECD SDMX, the bundled pack).
// Cache first: a formula whose query is cached (also after reopening) answers with no request; fresh data
// comes from "refresh formulas" or after the maximum age, never from a recalculation. SME.ESTATVALUE
// cells of one calculation are batched into one download per table. See docs/functions/data.md.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { AppError } from "../core/errors/AppError";
import { getIndicator, listIndicators } from "../core/indicators/pack";
import { checkPeriod, normaliseKey, parseFlowRef } from "../core/stats/oecd/query";
import { asMatrix, isBlank, readText, scalarOf, type Arg } from "./shared/args";
import { guard, guardAsync, toExcelMatrix } from "./shared/toExcel";
import { readLanguage, type OutputLanguage } from "./shared/language";
import { STATUS_LABEL, type Status } from "../core/subsidy/statuses";
import { estatValue } from "./data/estatValue";
import { parseEstatFilters } from "./data/filters";
import { provenanceLines, provenanceOf } from "./data/provenance";
import { configureDataFunctions, dataState, getTable, refreshDataFormulas } from "./data/runtime";
import { parseSelectors } from "./data/selectors";
import { parseShape, shapeTable } from "./data/shape";
import { findProvenanceById } from "./data/sourceLookup";

export { configureDataFunctions, refreshDataFormulas, resetDataFunctions } from "./data/runtime";
export type { DataFunctionsConfig } from "./data/runtime";
export { SETTINGS_STORAGE_KEY } from "./data/settings";

/**
 * A handle for hosts that load the built bundle without importing modules: the bundle tests (a vm context)
 * and the playground page. It can only repoint the formulas and ask for a refresh, as the task pane can.
 */
(globalThis as Record<string, unknown>).__SME_DATA_FUNCTIONS__ = {
  configure: configureDataFunctions,
  refresh: refreshDataFormulas,
  stats: () => ({ ...dataState().stats }),
};

const STATS_DATA_ID = /^[0-9A-Za-z_-]{1,32}$/;

function readStatsDataId(arg: Arg): string {
  const id = readText(scalarOf(arg, "stats_data_id"), "stats_data_id");
  if (!STATS_DATA_ID.test(id))
    throw new AppError("DATA_BAD_ID", `bad statsDataId ${id}`, { params: { value: id.slice(0, 40) } });
  return id;
}

/** An AbortSignal that fires when Excel abandons the calculation. */
function signalOf(invocation: CustomFunctions.CancelableInvocation | undefined): AbortSignal | undefined {
  if (!invocation) return undefined;
  const controller = new AbortController();
  invocation.onCanceled = () => controller.abort(new Error("cancelled by Excel"));
  return controller.signal;
}

/** Blank, omitted or 0 (Excel desktop passes a blank cell as 0) → undefined. */
function optionalText(arg: Arg, name: string): string | undefined {
  const c = scalarOf(arg, name);
  return isBlank(c) || c === 0 ? undefined : readText(c, name);
}

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
export async function estatFn(
  stats_data_id: any[][],
  filters?: any[][],
  layout?: any[][],
  options?: any[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<any[][]> {
  return guardAsync(async () => {
    const statsDataId = readStatsDataId(stats_data_id);
    const f = parseEstatFilters(filters);
    const shape = parseShape(layout, options);
    const r = await getTable({ source: "estat", statsDataId, filters: f }, { signal: signalOf(invocation) });
    const m = shapeTable(r.table, shape);
    dataState().provenance.record(
      invocation?.address,
      m.length,
      m[0]?.length ?? 1,
      provenanceOf(r.table.meta, r.stale),
    );
    return toExcelMatrix(m);
  });
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
export async function estatValueFn(
  stats_data_id: any[][],
  selectors?: any[][][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return guardAsync(async () => {
    const statsDataId = readStatsDataId(stats_data_id);
    const sel = parseSelectors(Array.isArray(selectors) ? selectors : selectors == null ? [] : [selectors]);
    const r = await estatValue(statsDataId, sel, signalOf(invocation));
    dataState().provenance.record(invocation?.address, 1, 1, provenanceOf(r.table.meta, r.stale));
    return r.value;
  });
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
export async function oecdFn(
  dataflow: any[][],
  key: any[][],
  start?: any[][],
  end?: any[][],
  layout?: any[][],
  options?: any[][],
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<any[][]> {
  return guardAsync(async () => {
    const flow = readText(scalarOf(dataflow, "dataflow"), "dataflow");
    parseFlowRef(flow);
    const k = normaliseKey(optionalText(key, "key") ?? "all");
    const s = checkPeriod(optionalText(start, "start"));
    const e = checkPeriod(optionalText(end, "end"));
    const shape = parseShape(layout, options);
    const r = await getTable(
      { source: "oecd", flow, key: k, start: s, end: e },
      { signal: signalOf(invocation) },
    );
    const m = shapeTable(r.table, shape);
    dataState().provenance.record(
      invocation?.address,
      m.length,
      m[0]?.length ?? 1,
      provenanceOf(r.table.meta, r.stale),
    );
    return toExcelMatrix(m);
  });
}

const HEADER_WORDS: Record<string, Record<OutputLanguage, string>> = {
  period: { ja: "期間", en: "Period" },
  value: { ja: "値", en: "Value" },
  unit: { ja: "単位", en: "Unit" },
  status: { ja: "状態", en: "Status" },
  id: { ja: "系列ID", en: "ID" },
  title: { ja: "名称", en: "Title" },
  title_en: { ja: "英語名", en: "Title (English)" },
  from: { ja: "開始", en: "From" },
  to: { ja: "終了", en: "To" },
  sources: { ja: "出典", en: "Sources" },
};

function headerIn(names: string[], lang: OutputLanguage | null): string[] {
  return lang ? names.map((n) => HEADER_WORDS[n]?.[lang] ?? n) : names;
}

/** "official-summary/secondary" → 「公式概要で確認・二次資料で確認」 when a language is asked for. */
function statusIn(status: string, lang: OutputLanguage | null): string {
  if (!lang || status === "") return status;
  const parts = status.split("/").map((p) => STATUS_LABEL[p as Status]?.[lang]);
  return parts.every((p) => p !== undefined) ? parts.join(lang === "ja" ? "・" : " / ") : status;
}

function periodCell(p: string): number | string {
  return /^\d{4}$/.test(p) ? Number(p) : p;
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
  // A caller that knows the function without [language] (metadata cached before it was added) passes
  // the invocation in its place: take it as the invocation, not as a language.
  if (invocation === undefined && language !== undefined && language !== null && !Array.isArray(language)) {
    invocation = language as unknown as CustomFunctions.Invocation;
    language = undefined;
  }
  return guard(() => {
    const lang = readLanguage(language);
    const t = getIndicator(readText(scalarOf(id, "id"), "id"), {
      from: optionalText(from, "from"),
      to: optionalText(to, "to"),
    });
    if (t.rowCount === 0) {
      throw new AppError("DATA_EMPTY", "no rows", { kind: "notAvailable", params: { id: t.meta.id } });
    }
    const rows: (string | number | null)[][] = [headerIn(["period", "value", "unit", "status"], lang)];
    for (let i = 0; i < t.rowCount; i++) {
      const status = (t.annotations?.[i] ?? "").split("|")[0].trim();
      rows.push([periodCell(t.codes[0][i]), t.values[i], t.units[i] ?? "", statusIn(status, lang)]);
    }
    dataState().provenance.record(invocation?.address, rows.length, 4, {
      ...provenanceOf(t.meta),
      rowPeriods: [null, ...t.codes[0]],
    });
    return toExcelMatrix(rows);
  });
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
  return guard(() => {
    const lang = readLanguage(language);
    const list = listIndicators(optionalText(filter, "filter"));
    if (list.length === 0) {
      throw new AppError("INDICATOR_NOT_FOUND", "no series", {
        kind: "notAvailable",
        params: { id: optionalText(filter, "filter") ?? "" },
      });
    }
    const rows: (string | number | null)[][] = [
      headerIn(["id", "title", "title_en", "unit", "from", "to", "status", "sources"], lang),
    ];
    for (const s of list) {
      rows.push([
        s.id,
        s.titleJa,
        s.titleEn,
        s.unit,
        periodCell(s.from),
        periodCell(s.to),
        statusIn(s.status, lang),
        s.sources.join(" ; "),
      ]);
    }
    return toExcelMatrix(rows);
  });
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
export async function sourceFn(
  ref: any[][],
  lang?: any[][],
  invocation?: CustomFunctions.Invocation,
): Promise<any[][]> {
  return guardAsync(async () => {
    const l = (optionalText(lang, "lang") ?? "ja").toLowerCase() === "en" ? "en" : "ja";
    const s = dataState();
    const address = invocation?.parameterAddresses?.[0];
    let found = address ? s.provenance.atAddress(address) : [];
    if (found.length === 0) {
      const ids = new Set<string>();
      for (const row of asMatrix(ref)) {
        for (const c of row) if (typeof c === "string" && c.trim() !== "" && ids.size < 50) ids.add(c.trim());
      }
      for (const id of ids) {
        const p = await findProvenanceById(s, id);
        if (p) found.push(p);
      }
    }
    found = found.slice(0, 1000);
    if (found.length === 0) {
      const shown = address ?? String(asMatrix(ref)[0][0] ?? "");
      throw new AppError("DATA_SOURCE_UNKNOWN", "no provenance", {
        kind: "notAvailable",
        params: { value: shown.slice(0, 60) },
      });
    }
    const lines = [...new Set(found.flatMap((p) => provenanceLines(p, l)))];
    return toExcelMatrix(lines.map((line) => [line]));
  });
}
