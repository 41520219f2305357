// The data formulas' implementation, loaded by their first call (src/functions/data.ts has the thin
// wrappers Excel registers, with the metadata). Data formulas: official statistics in the analyst's own layout (e-Stat, OECD SDMX, the bundled pack).
// Cache first: a formula whose query is cached (also after reopening) answers with no request; fresh data
// comes from "refresh formulas" or after the maximum age, never from a recalculation. SME.ESTATVALUE
// cells of one calculation are batched into one download per table. See docs/functions/data.md.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { AppError } from "../../core/errors/AppError";
import { getIndicator, listIndicators } from "../../core/indicators/pack";
import { checkPeriod, normaliseKey, parseFlowRef } from "../../core/stats/oecd/query";
import { asMatrix, isBlank, readText, scalarOf, type Arg } from "../shared/args";
import { guard, guardAsync, toExcelMatrix } from "../shared/toExcel";
import { readLanguage, type OutputLanguage } from "../shared/language";
import { STATUS_LABEL, type Status } from "../../core/subsidy/statuses";
import { estatValue } from "./estatValue";
import { parseEstatFilters } from "./filters";
import { provenanceLines, provenanceOf } from "./provenance";
import { dataState, getTable } from "./runtime";
import { parseSelectors } from "./selectors";
import { parseShape, shapeTable } from "./shape";
import { findProvenanceById } from "./sourceLookup";

export { refreshDataFormulas } from "./runtime";

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

/** SME.ESTAT (see the JSDoc in ../data.ts). */
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
    return spillTable(r, shape, invocation);
  });
}

/** SME.ESTAT and SME.OECD: the shaped table as the spill, with its provenance recorded for SME.SOURCE. */
function spillTable(
  r: Awaited<ReturnType<typeof getTable>>,
  shape: ReturnType<typeof parseShape>,
  invocation: CustomFunctions.CancelableInvocation | undefined,
): any[][] {
  const m = shapeTable(r.table, shape);
  dataState().provenance.record(
    invocation?.address,
    m.length,
    m[0]?.length ?? 1,
    provenanceOf(r.table.meta, r.stale),
  );
  return toExcelMatrix(m);
}

/** SME.ESTATVALUE (see the JSDoc in ../data.ts). */
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

/** SME.OECD (see the JSDoc in ../data.ts). */
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
    return spillTable(r, shape, invocation);
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

/** SME.INDICATOR (see the JSDoc in ../data.ts). */
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

/** SME.INDICATORS (see the JSDoc in ../data.ts). */
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

/** SME.SOURCE (see the JSDoc in ../data.ts). */
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

/** Counters for tests and the benchmark. */
export function dataStats(): { fetches: number; memoHits: number; cacheHits: number } {
  return { ...dataState().stats };
}
