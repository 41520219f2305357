import { AppError } from "../../errors/AppError";
import type { DimensionMeta, MarkerInfo, TableIssue, TableMeta, TidyTable } from "../table/types";
import { parseClassInf, parseTableInf, estatDimensionRank, roleOfEstatId } from "./classInf";
import { ESTAT_CREDIT } from "./credit";
import { asArray, attr, isObject, num, parseBody, text, type JsonObject } from "./normalize";
import { isStatsDataText, splitStatsDataText, type StatsDataText } from "./splitStatsDataText";
import { EstatStatusError } from "./statusError";
import { TidyBuilder } from "./tidyBuilder";

/** RESULT_INF of one getStatsData page. */
export interface EstatPageInfo {
  total?: number;
  from?: number;
  to?: number;
  nextKey?: number;
}

/** One getStatsData body, read but not yet turned into rows. */
export interface StatsDataEnvelope {
  status: number;
  errorMsg: string;
  date?: string;
  statsDataId?: string;
  page: EstatPageInfo;
  tableInf?: unknown;
  classInf?: unknown;
  notes: MarkerInfo[];
  /** DATA_INF.VALUE as an array ([] when DATA_INF or VALUE is missing). */
  values: unknown[];
  lang: "ja" | "en";
}

/**
 * Reads the GET_STATS_DATA envelope. STATUS ≥ 100 throws EstatStatusError (ERROR_MSG verbatim); 1 (no
 * data) and 2 (partial, bulk) are not errors. Also accepts a bare `DATA_INF` object ({NOTE, VALUE}), as some
 * tools save it.
 */
export function readStatsDataEnvelope(
  json: unknown,
  options: { secrets?: string[]; httpStatus?: number } = {},
): StatsDataEnvelope {
  const body = typeof json === "string" ? parseBody(json) : isStatsDataText(json) ? json.parse() : json;
  if (!isObject(body)) throw badResponse("not a JSON object");
  if (!("GET_STATS_DATA" in body) && ("VALUE" in body || "NOTE" in body)) {
    return {
      status: 0,
      errorMsg: "",
      page: {},
      notes: parseNotes(body.NOTE),
      values: asArray(body.VALUE),
      lang: "ja",
    };
  }
  const root = firstRoot(body);
  const result = isObject(root.RESULT) ? root.RESULT : undefined;
  const status = num(result?.STATUS);
  if (status === undefined) throw badResponse("RESULT.STATUS is missing");
  const errorMsg = text(result?.ERROR_MSG) ?? "";
  if (status >= 100) throw new EstatStatusError(status, errorMsg, options);
  const param = isObject(root.PARAMETER) ? root.PARAMETER : {};
  const sd = isObject(root.STATISTICAL_DATA) ? root.STATISTICAL_DATA : {};
  const ri = isObject(sd.RESULT_INF) ? sd.RESULT_INF : {};
  const dataInf = isObject(sd.DATA_INF) ? sd.DATA_INF : {};
  const lang = text(param.LANG) === "E" ? "en" : "ja";
  return {
    status,
    errorMsg,
    date: text(result?.DATE),
    statsDataId: text(param.STATS_DATA_ID) ?? attr(sd.TABLE_INF, "id"),
    page: {
      total: num(ri.TOTAL_NUMBER),
      from: num(ri.FROM_NUMBER),
      to: num(ri.TO_NUMBER),
      nextKey: num(ri.NEXT_KEY),
    },
    tableInf: sd.TABLE_INF,
    classInf: sd.CLASS_INF,
    notes: parseNotes(dataInf.NOTE),
    values: asArray(dataInf.VALUE),
    lang,
  };
}

/** The one top-level key (GET_STATS_DATA, GET_META_INFO, GET_STATS_LIST…) of any e-Stat body. */
export function firstRoot(body: JsonObject): JsonObject {
  for (const k of ["GET_STATS_DATA", "GET_META_INFO", "GET_STATS_LIST", "GET_STATS_DATAS"])
    if (isObject(body[k])) return body[k] as JsonObject;
  throw badResponse(`unknown envelope: ${Object.keys(body).slice(0, 3).join(", ")}`);
}

/** Reads RESULT of any e-Stat body and throws EstatStatusError for STATUS ≥ 100. */
export function checkEstatStatus(
  json: unknown,
  options: { secrets?: string[]; httpStatus?: number } = {},
): { status: number; errorMsg: string } {
  const body = typeof json === "string" ? parseBody(json) : json;
  if (!isObject(body)) throw badResponse("not a JSON object");
  const root = firstRoot(body);
  const result = isObject(root.RESULT) ? root.RESULT : undefined;
  const status = num(result?.STATUS);
  if (status === undefined) throw badResponse("RESULT.STATUS is missing");
  const errorMsg = text(result?.ERROR_MSG) ?? "";
  if (status >= 100) throw new EstatStatusError(status, errorMsg, options);
  return { status, errorMsg };
}

export function parseNotes(note: unknown): MarkerInfo[] {
  return asArray(note)
    .filter(isObject)
    .map((n) => ({ marker: attr(n, "char") ?? "", meaning: text(n) ?? "" }));
}

export function badResponse(detail: string): AppError {
  return new AppError("ESTAT_BAD_RESPONSE", `Bad e-Stat response: ${detail}`, {
    kind: "notAvailable",
    params: { detail },
  });
}

/** Dimensions named by the VALUE attributes, for bodies without CLASS_INF (metaGetFlg=N, DATA_INF only). */
export function dimensionsFromValues(values: unknown[]): DimensionMeta[] {
  const ids = new Set<string>();
  for (let i = 0; i < Math.min(values.length, 1000); i++) {
    const v = values[i];
    if (!isObject(v)) continue;
    for (const k of Object.keys(v))
      if (k.startsWith("@") && k !== "@unit" && k !== "@annotation") ids.add(k.slice(1));
  }
  return [...ids]
    .sort((a, b) => estatDimensionRank(a) - estatDimensionRank(b) || a.localeCompare(b))
    .map((id) => ({ id, name: id, role: roleOfEstatId(id), codes: [] }));
}

export interface ParseStatsDataOptions {
  /** Dimensions from getMetaInfo, for bodies that carry no CLASS_INF. */
  dimensions?: DimensionMeta[];
  /** Table metadata from getMetaInfo (or the first page), merged under the body's own TABLE_INF. */
  meta?: Partial<TableMeta>;
  /** Fetch time; defaults to RESULT.DATE, else now. */
  fetchedAt?: string;
  /** The request URL without the appId, recorded as meta.query. */
  query?: string;
}

export interface ParsedStatsData {
  table: TidyTable;
  issues: TableIssue[];
  status: number;
  page: EstatPageInfo;
}

export function cloneDimensions(dims: DimensionMeta[]): DimensionMeta[] {
  return dims.map((d) => ({ ...d, codes: d.codes.slice() }));
}

/** Builds TableMeta from a page's TABLE_INF, the options and the notes. */
export function buildMeta(
  env: StatsDataEnvelope,
  options: ParseStatsDataOptions,
  markers: MarkerInfo[],
): TableMeta {
  const fromInf =
    env.tableInf !== undefined ? parseTableInf(env.tableInf, env.statsDataId ?? "", env.lang) : undefined;
  const meta: TableMeta = {
    source: "e-Stat",
    id: env.statsDataId ?? options.meta?.id ?? "",
    title: env.statsDataId ?? "",
    credit: ESTAT_CREDIT,
    ...options.meta,
    ...fromInf,
    fetchedAt: options.fetchedAt ?? options.meta?.fetchedAt ?? env.date ?? new Date().toISOString(),
    markers,
  };
  if (options.query) meta.query = options.query;
  return meta;
}

/**
 * One saved or fetched getStatsData body → tidy table. STATUS 1 (no data) gives an empty table; STATUS ≥ 100
 * throws EstatStatusError. Accepts the parsed object, the JSON text, a JSONP text, a bare DATA_INF, or a
 * StatsDataText (splitStatsDataText). JSON text is read without building the VALUE rows as objects when it
 * can be (see splitStatsDataText.ts); the result is the same either way.
 */
export function parseStatsDataResponse(json: unknown, options: ParseStatsDataOptions = {}): ParsedStatsData {
  const split =
    typeof json === "string" ? splitStatsDataText(json) : isStatsDataText(json) ? json : undefined;
  if (split) {
    const fast = parseSplitText(split, options);
    if (fast) return fast;
    json = split.parse();
  }
  const env = readStatsDataEnvelope(json);
  const dims = cloneDimensions(
    env.classInf !== undefined
      ? parseClassInf(env.classInf, env.lang)
      : (options.dimensions ?? dimensionsFromValues(env.values)),
  );
  const builder = new TidyBuilder(dims, env.notes, env.values.length);
  builder.write(env.values, 0);
  return parsed(env, options, dims, builder);
}

/** The envelope of a split body, when its VALUE is the array that was cut out (see splitStatsDataText.ts). */
export function readSplitEnvelope(split: StatsDataText): StatsDataEnvelope | undefined {
  let env: StatsDataEnvelope;
  try {
    env = readStatsDataEnvelope(split.body);
  } catch {
    return undefined; // errors are the ordinary path's to report
  }
  return env.values.length === 1 && env.values[0] === split.marker ? env : undefined;
}

/** parseStatsDataResponse reading VALUE from the text; undefined when the ordinary path must do it. */
function parseSplitText(split: StatsDataText, options: ParseStatsDataOptions): ParsedStatsData | undefined {
  const env = readSplitEnvelope(split);
  if (!env || (env.classInf === undefined && !options.dimensions)) return undefined;
  const dims = cloneDimensions(
    env.classInf !== undefined ? parseClassInf(env.classInf, env.lang) : options.dimensions!,
  );
  const { from, to } = env.page;
  const expected = from !== undefined && to !== undefined && to >= from ? to - from + 1 : 0;
  const builder = new TidyBuilder(dims, env.notes, Math.min(expected, split.text.length >> 4));
  const read = builder.writeText(split.text, split.start, 0);
  if (!read || read.end !== split.end + 1) return undefined;
  return parsed(env, options, dims, builder);
}

function parsed(
  env: StatsDataEnvelope,
  options: ParseStatsDataOptions,
  dims: DimensionMeta[],
  builder: TidyBuilder,
): ParsedStatsData {
  const cols = builder.finish();
  const issues = builder.issues.slice();
  if (env.status === 2) issues.unshift({ code: "ESTAT_PARTIAL", message: `STATUS 2: ${env.errorMsg}` });
  if (env.page.nextKey !== undefined) {
    issues.unshift({
      code: "ESTAT_MORE_PAGES",
      message: `rows ${env.page.from}–${env.page.to} of ${env.page.total}; next page starts at ${env.page.nextKey}`,
    });
  }
  return {
    table: { meta: buildMeta(env, options, env.notes), dimensions: dims, ...cols },
    issues,
    status: env.status,
    page: env.page,
  };
}

/**
 * Several saved pages of one table (any order) → one table. Pages are placed by FROM_NUMBER; metadata comes
 * from whichever page has CLASS_INF/TABLE_INF. Overlapping or missing row ranges are reported as issues.
 */
export function parseStatsDataPages(jsons: unknown[], options: ParseStatsDataOptions = {}): ParsedStatsData {
  if (jsons.length === 1) return parseStatsDataResponse(jsons[0], options);
  const envs = jsons.map((j) => readStatsDataEnvelope(j));
  envs.sort((a, b) => (a.page.from ?? 0) - (b.page.from ?? 0));
  const withMeta = envs.find((e) => e.classInf !== undefined);
  const dims = cloneDimensions(
    withMeta
      ? parseClassInf(withMeta.classInf, withMeta.lang)
      : (options.dimensions ?? dimensionsFromValues(envs.flatMap((e) => e.values.slice(0, 10)))),
  );
  const notes = new Map<string, MarkerInfo>();
  for (const e of envs) for (const n of e.notes) if (!notes.has(n.marker)) notes.set(n.marker, n);
  const markers = [...notes.values()];
  const total = envs.reduce((s, e) => s + e.values.length, 0);
  const builder = new TidyBuilder(dims, markers, total);
  const issues: TableIssue[] = [];
  let offset = 0;
  let expectedFrom = 1;
  for (const e of envs) {
    if (e.page.from !== undefined && e.page.from !== expectedFrom) {
      issues.push({
        code: "ESTAT_PAGE_GAP",
        message: `page starting at row ${e.page.from} follows rows up to ${expectedFrom - 1}`,
      });
    }
    builder.write(e.values, offset);
    offset += e.values.length;
    expectedFrom = (e.page.from ?? expectedFrom) + e.values.length;
  }
  const declared = envs.find((e) => e.page.total !== undefined)?.page.total;
  if (declared !== undefined && declared !== total)
    issues.push({ code: "ESTAT_PAGE_GAP", message: `TOTAL_NUMBER ${declared} but ${total} rows read` });
  const cols = builder.finish();
  const head = withMeta ?? envs[0];
  return {
    table: {
      meta: buildMeta(
        { ...head, tableInf: envs.find((e) => e.tableInf !== undefined)?.tableInf },
        options,
        markers,
      ),
      dimensions: dims,
      ...cols,
    },
    issues: [...issues, ...builder.issues],
    status: head.status,
    page: { total: declared, from: envs[0].page.from, to: envs[envs.length - 1].page.to },
  };
}
