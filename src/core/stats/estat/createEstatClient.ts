import { AppError } from "../../errors/AppError";
import { describeError } from "../../errors/messages";
import { HttpStatusError, NetworkError } from "../http/errors";
import type { HttpClient } from "../http/createHttpClient";
import { redactUrl, scrubSecrets } from "../http/redactUrl";
import { concatTables } from "../table/concatTables";
import type { TableIssue, TidyTable } from "../table/types";
import {
  buildEstatUrl,
  filterParams,
  isFilterDimension,
  splitFilters,
  toJsonpUrl,
  type DimensionFilter,
  type EstatFunction,
} from "./buildUrl";
import { parseClassInf } from "./classInf";
import { parseBody } from "./normalize";
import { parseMetaInfoResponse, type EstatMetaInfo } from "./parseMetaInfo";
import {
  badResponse,
  buildMeta,
  checkEstatStatus,
  dimensionsFromValues,
  readStatsDataEnvelope,
  type StatsDataEnvelope,
} from "./parseStatsData";
import { parseStatsListResponse, type EstatStatsList } from "./parseStatsList";
import { EstatStatusError } from "./statusError";
import { TidyBuilder } from "./tidyBuilder";

/**
 * Loads a JSONP URL and resolves with the object passed to `callbackName`. The browser supplies one that
 * injects a <script> (see jsonpScriptLoader.ts); Node tests supply one that fetches and unwraps the text.
 */
export type JsonpTransport = (
  url: string,
  options: { callbackName: string; signal?: AbortSignal },
) => Promise<unknown>;

export interface EstatClientOptions {
  http: HttpClient;
  /** API root instead of https://api.e-stat.go.jp (an organisation's proxy, or the loopback fake). */
  baseUrl?: string;
  /** Label language (e-Stat `lang`). @default "ja" */
  lang?: "ja" | "en";
  /** Fallback when fetch fails the way a CORS block does (TypeError). Not used when absent. */
  jsonp?: JsonpTransport;
  /** Pages fetched at once. @default 4 */
  concurrency?: number;
  /** Rows per request; e-Stat's maximum is 100,000. @default 100000 */
  pageSize?: number;
  /** Whole-page retries after the transport's own retries are spent (bad JSON, paging mismatch, timeout). @default 2 */
  pageRetries?: number;
  /** Refuse tables larger than this before fetching them. @default 5000000 */
  maxRows?: number;
  now?: () => Date;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface StatsListQuery {
  appId: string;
  searchWord?: string;
  statsCode?: string;
  surveyYears?: string;
  openYears?: string;
  statsField?: string;
  searchKind?: 1 | 2;
  collectArea?: 1 | 2 | 3;
  explanationGetFlg?: boolean;
  statsNameList?: boolean;
  updatedDate?: string;
  startPosition?: number;
  limit?: number;
}

export interface StatsDataQuery {
  appId: string;
  statsDataId?: string;
  dataSetId?: string;
  /** Keyed by `tab`, `time`, `area`, `cat01`…`cat15`. */
  filters?: Record<string, DimensionFilter | undefined>;
  annotationGetFlg?: boolean;
  explanationGetFlg?: boolean;
}

export interface EstatProgress {
  pagesDone: number;
  pagesTotal: number;
  rows: number;
}

export interface StatsDataResult {
  table: TidyTable;
  issues: TableIssue[];
  /** Requests made (count requests included). */
  requests: number;
}

export interface EstatClient {
  getStatsList(query: StatsListQuery, options?: CallOptions): Promise<EstatStatsList>;
  getMetaInfo(query: { appId: string; statsDataId: string }, options?: CallOptions): Promise<EstatMetaInfo>;
  getStatsData(
    query: StatsDataQuery,
    options?: CallOptions & { onProgress?: (p: EstatProgress) => void },
  ): Promise<StatsDataResult>;
}

const yn = (b: boolean | undefined) => (b === undefined ? undefined : b ? "Y" : "N");

/**
 * The e-Stat API v3.0 client. The appId is taken per call and never kept: it goes into the request URL
 * only, and every URL, message and error the client produces is redacted.
 */
export function createEstatClient(options: EstatClientOptions): EstatClient {
  const http = options.http;
  const lang = options.lang === "en" ? "E" : "J";
  const concurrency = Math.max(1, Math.min(8, options.concurrency ?? 4));
  const pageSize = Math.max(1, Math.min(100_000, options.pageSize ?? 100_000));
  const pageRetries = Math.max(0, Math.min(5, options.pageRetries ?? 2));
  const maxRows = options.maxRows ?? 5_000_000;
  const now = options.now ?? (() => new Date());
  let useJsonp = false;
  let fetchWorked = false;
  let jsonpSeq = 0;

  function url(
    fn: EstatFunction,
    appId: string,
    params: Record<string, string | number | undefined>,
  ): string {
    if (!appId) throw new AppError("ESTAT_MISSING_APP_ID", "appId is required", { kind: "invalidValue" });
    return buildEstatUrl(fn, { appId, lang, ...params }, { baseUrl: options.baseUrl });
  }

  async function viaJsonp(u: string, signal?: AbortSignal): Promise<unknown> {
    const callbackName = `__smeEstat${++jsonpSeq}`;
    const shown = redactUrl(u);
    await http.throttle(signal);
    try {
      return await options.jsonp!(toJsonpUrl(u, callbackName), { callbackName, signal });
    } catch (e) {
      if (e instanceof AppError) throw e;
      const detail = scrubSecrets(e instanceof Error ? e.message : String(e), [appIdOf(u)]);
      throw new AppError("ESTAT_JSONP_FAILED", `JSONP failed: ${shown}`, {
        kind: "notAvailable",
        params: { url: shown, detail },
      });
    }
  }

  /** One request: JSON over fetch, or JSONP after a CORS-type failure. Returns the parsed body, STATUS checked. */
  async function call(u: string, signal?: AbortSignal): Promise<unknown> {
    const secrets = [appIdOf(u)];
    let body: unknown;
    if (useJsonp && options.jsonp) body = await viaJsonp(u, signal);
    else {
      let res;
      try {
        // before fetch has worked once, fail fast so a CORS block falls back to JSONP without retry waits
        res = await http.request(u, { signal, retries: options.jsonp && !fetchWorked ? 0 : undefined });
      } catch (e) {
        if (options.jsonp && e instanceof NetworkError && e.typeError) {
          try {
            body = await viaJsonp(u, signal);
            useJsonp = true;
          } catch {
            throw e;
          }
        } else throw e;
      }
      if (res) {
        fetchWorked = true;
        try {
          body = parseBody(res.text);
        } catch {
          if (!res.ok)
            throw new HttpStatusError(res.status, res.url, scrubSecrets(res.text.slice(0, 2000), secrets));
          throw badResponse(`not JSON (${res.text.length} bytes from ${res.url})`);
        }
        // e-Stat sends its own error document with 403/400/500: read STATUS whatever the HTTP status
        try {
          checkEstatStatus(body, { secrets, httpStatus: res.status });
        } catch (e) {
          if (e instanceof EstatStatusError || res.ok) throw e;
          throw new HttpStatusError(res.status, res.url, scrubSecrets(res.text.slice(0, 2000), secrets));
        }
        if (!res.ok)
          throw new HttpStatusError(res.status, res.url, scrubSecrets(res.text.slice(0, 2000), secrets));
        return body;
      }
    }
    checkEstatStatus(body, { secrets });
    return body;
  }

  async function getStatsList(q: StatsListQuery, o: CallOptions = {}): Promise<EstatStatsList> {
    const u = url("getStatsList", q.appId, {
      searchWord: q.searchWord,
      statsCode: q.statsCode,
      surveyYears: q.surveyYears,
      openYears: q.openYears,
      statsField: q.statsField,
      searchKind: q.searchKind,
      collectArea: q.collectArea,
      explanationGetFlg: yn(q.explanationGetFlg),
      statsNameList: q.statsNameList ? "Y" : undefined,
      updatedDate: q.updatedDate,
      startPosition: q.startPosition,
      limit: q.limit,
    });
    return parseStatsListResponse(await call(u, o.signal));
  }

  async function getMetaInfo(
    q: { appId: string; statsDataId: string },
    o: CallOptions = {},
  ): Promise<EstatMetaInfo> {
    const u = url("getMetaInfo", q.appId, { statsDataId: q.statsDataId });
    return parseMetaInfoResponse(await call(u, o.signal), {
      fetchedAt: now().toISOString(),
      query: redactUrl(u),
    });
  }

  async function getStatsData(
    q: StatsDataQuery,
    o: CallOptions & { onProgress?: (p: EstatProgress) => void } = {},
  ): Promise<StatsDataResult> {
    const filters = q.filters ?? {};
    for (const dim of Object.keys(filters)) {
      if (!isFilterDimension(dim)) {
        throw new AppError("TABLE_UNKNOWN_DIMENSION", `Unknown e-Stat filter dimension ${dim}`, {
          params: { dimension: dim, available: "tab, time, area, cat01–cat15" },
        });
      }
    }
    const variants = splitFilters(filters);
    const results: StatsDataResult[] = [];
    let rowsBefore = 0;
    for (let k = 0; k < variants.length; k++) {
      const r = await fetchAllPages(q, variants[k], o.signal, (p) =>
        o.onProgress?.({ ...p, rows: rowsBefore + p.rows }),
      );
      rowsBefore += r.table.rowCount;
      results.push(r);
    }
    if (results.length === 1) return results[0];
    const table = concatTables(results.map((r) => r.table));
    return {
      table,
      issues: results.flatMap((r) => r.issues),
      requests: results.reduce((s, r) => s + r.requests, 0),
    };
  }

  async function fetchAllPages(
    q: StatsDataQuery,
    filters: Record<string, DimensionFilter | undefined>,
    signal: AbortSignal | undefined,
    onProgress: (p: EstatProgress) => void,
  ): Promise<StatsDataResult> {
    const base = {
      statsDataId: q.statsDataId,
      dataSetId: q.dataSetId,
      ...filterParams(filters),
      annotationGetFlg: yn(q.annotationGetFlg),
      explanationGetFlg: yn(q.explanationGetFlg),
    };
    const fetchedAt = now().toISOString();
    const queryShown = redactUrl(url("getStatsData", q.appId, base));
    let requests = 1;
    const countEnv = readStatsDataEnvelope(
      await call(
        url("getStatsData", q.appId, { ...base, cntGetFlg: "Y", metaGetFlg: "Y", limit: pageSize }),
        signal,
      ),
    );
    let dims = countEnv.classInf !== undefined ? parseClassInf(countEnv.classInf, countEnv.lang) : [];
    const total = countEnv.page.total;
    const metaOpts = { fetchedAt, query: queryShown };
    if (countEnv.status === 1 || total === 0) {
      onProgress({ pagesDone: 0, pagesTotal: 0, rows: 0 });
      const table: TidyTable = {
        meta: buildMeta(countEnv, metaOpts, []),
        dimensions: dims,
        rowCount: 0,
        codes: dims.map(() => []),
        values: [],
        markers: [],
        units: [],
      };
      return { table, issues: [], requests };
    }
    if (total !== undefined && total > maxRows) {
      throw new AppError("ESTAT_TOO_MANY_PAGES", `Table has ${total} rows`, {
        params: { rows: total, maxRows },
      });
    }
    const capacity = total ?? countEnv.values.length;
    let builder: TidyBuilder | undefined = dims.length > 0 ? new TidyBuilder(dims, countEnv.notes, capacity) : undefined;
    /** Without CLASS_INF (a proxy that strips it), the first page to arrive names the dimensions. */
    const builderFor = (env: StatsDataEnvelope): TidyBuilder => {
      if (!builder) {
        dims = dimensionsFromValues(env.values);
        builder = new TidyBuilder(dims, countEnv.notes, capacity);
      }
      return builder;
    };
    const notes = new Map(countEnv.notes.map((n) => [n.marker, n]));
    const addNotes = (env: StatsDataEnvelope) => {
      builderFor(env).addMarkers(env.notes);
      for (const n of env.notes) if (!notes.has(n.marker)) notes.set(n.marker, n);
    };

    if (total === undefined || countEnv.values.length > 0) {
      // The server ignored cntGetFlg (or sent no TOTAL_NUMBER): follow NEXT_KEY one page after another.
      let env = countEnv;
      let offset = 0;
      const maxPages = Math.ceil(maxRows / pageSize) + 1;
      for (let page = 1; ; page++) {
        if (env.values.length === 0 && page === 1) {
          env = readStatsDataEnvelope(
            await call(url("getStatsData", q.appId, { ...base, startPosition: 1, limit: pageSize }), signal),
          );
          requests++;
        }
        addNotes(env);
        builderFor(env).write(env.values, offset);
        offset += env.values.length;
        onProgress({
          pagesDone: page,
          pagesTotal: env.page.nextKey === undefined ? page : page + 1,
          rows: offset,
        });
        if (env.page.nextKey === undefined) break;
        if (page >= maxPages)
          throw new AppError("ESTAT_TOO_MANY_PAGES", "NEXT_KEY loop too long", {
            params: { rows: offset, maxRows },
          });
        const next = env.page.nextKey;
        if (next <= offset) {
          throw new AppError("ESTAT_PAGING_MISMATCH", "NEXT_KEY does not advance", {
            params: { detail: `NEXT_KEY ${next} after ${offset} rows` },
          });
        }
        env = readStatsDataEnvelope(
          await call(
            url("getStatsData", q.appId, { ...base, startPosition: next, limit: pageSize, metaGetFlg: "N" }),
            signal,
          ),
        );
        requests++;
      }
      const b = builderFor(env);
      const cols = b.finish(offset);
      return {
        table: { meta: buildMeta(countEnv, metaOpts, [...notes.values()]), dimensions: dims, ...cols },
        issues: b.issues,
        requests,
      };
    }

    // Count known: fetch every page concurrently (bounded), each written at its own offset.
    const pagesTotal = Math.ceil(total / pageSize);
    const inner = new AbortController();
    const onOuterAbort = () => inner.abort(signal?.reason);
    signal?.addEventListener("abort", onOuterAbort, { once: true });
    let pagesDone = 0;
    let rowsDone = 0;
    let failure: unknown;
    let nextPage = 0;
    let lastNextKey: number | undefined;

    async function loadPage(k: number): Promise<void> {
      const start = k * pageSize + 1;
      const expected = Math.min(pageSize, total! - start + 1);
      const u = url("getStatsData", q.appId, {
        ...base,
        startPosition: start,
        limit: pageSize,
        metaGetFlg: "N",
      });
      for (let attempt = 0; ; attempt++) {
        try {
          requests++;
          const env = readStatsDataEnvelope(await call(u, inner.signal));
          if (
            env.page.total !== total ||
            env.values.length !== expected ||
            (env.page.from !== undefined && env.page.from !== start)
          ) {
            throw new AppError("ESTAT_PAGING_MISMATCH", "page does not fit", {
              params: {
                detail: `page ${k + 1}: rows ${env.page.from}–${env.page.to} (${env.values.length}) of ${env.page.total}, expected ${start}– (${expected}) of ${total}`,
              },
            });
          }
          addNotes(env);
          builderFor(env).write(env.values, start - 1);
          if (k === pagesTotal - 1) lastNextKey = env.page.nextKey;
          return;
        } catch (e) {
          const fatal =
            e instanceof EstatStatusError ||
            (e instanceof AppError && e.code === "CANCELLED") ||
            inner.signal.aborted;
          if (fatal || attempt >= pageRetries) {
            if (e instanceof AppError && (e.code === "CANCELLED" || e instanceof EstatStatusError)) throw e;
            throw new AppError("ESTAT_PAGE_FAILED", `page ${k + 1}/${pagesTotal} failed`, {
              kind: "notAvailable",
              params: { page: k + 1, pages: pagesTotal, detail: describeError(e, "en") },
              cause: e,
            });
          }
        }
      }
    }

    async function worker(): Promise<void> {
      while (failure === undefined) {
        const k = nextPage++;
        if (k >= pagesTotal) return;
        try {
          await loadPage(k);
        } catch (e) {
          if (failure === undefined) failure = e;
          inner.abort(new Error("another page failed"));
          return;
        }
        pagesDone++;
        rowsDone += Math.min(pageSize, total! - k * pageSize);
        onProgress({ pagesDone, pagesTotal, rows: rowsDone });
      }
    }

    try {
      await Promise.all(Array.from({ length: Math.min(concurrency, pagesTotal) }, worker));
    } finally {
      signal?.removeEventListener("abort", onOuterAbort);
    }
    if (failure !== undefined) {
      if (signal?.aborted && !(failure instanceof AppError && failure.code === "ESTAT_PAGE_FAILED")) {
        throw new AppError("CANCELLED", "getStatsData cancelled", {
          kind: "notAvailable",
          params: { url: queryShown },
          cause: failure,
        });
      }
      throw failure;
    }
    if (lastNextKey !== undefined) {
      throw new AppError("ESTAT_PAGING_MISMATCH", "last page has NEXT_KEY", {
        params: { detail: `the last page points on to row ${lastNextKey}; TOTAL_NUMBER was ${total}` },
      });
    }
    const b = builder!;
    const cols = b.finish(total);
    return {
      table: { meta: buildMeta(countEnv, metaOpts, [...notes.values()]), dimensions: dims, ...cols },
      issues: b.issues,
      requests,
    };
  }

  return { getStatsList, getMetaInfo, getStatsData };
}

function appIdOf(u: string): string {
  const m = /[?&]appId=([^&#]*)/.exec(u);
  if (!m) return "";
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
