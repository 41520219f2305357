import { AppError } from "../../errors/AppError";
import type { HttpClient } from "../http/createHttpClient";
import { redactUrl } from "../http/redactUrl";
import { concatTables } from "../table/concatTables";
import type { TableIssue, TidyTable } from "../table/types";
import { isFilterDimension, splitFilters, type DimensionFilter } from "./buildUrl";
import { createEstatTransport, type JsonpTransport } from "./estatTransport";
import { fetchStatsDataPages, yn, type PagerSettings } from "./fetchStatsDataPages";
import type { PageParsePool } from "./pageParsePool";
import { parseMetaInfoResponse, type EstatMetaInfo } from "./parseMetaInfo";
import { parseStatsListResponse, type EstatStatsList } from "./parseStatsList";

export type { JsonpTransport } from "./estatTransport";

export interface EstatClientOptions {
  http: HttpClient;
  /** API root instead of https://api.e-stat.go.jp (an organisation's proxy, or the loopback fake). */
  baseUrl?: string;
  /** `baseUrl` is an organisation's proxy that may add the appId itself: calls without one are sent. @default false */
  appIdOptional?: boolean;
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
  /**
   * Code lists over 100 are split into one request per combination of chunks. Above `askAbove` requests
   * the caller's confirmRequests is asked (no callback: refused); above `maxRequests` refused outright, so
   * a stored query from an untrusted workbook cannot spend thousands of calls of the user's appId.
   * @default { askAbove: 16, maxRequests: 256 }
   */
  fanOut?: { askAbove: number; maxRequests: number };
  now?: () => Date;
  /**
   * Workers that parse pages 2… of a table while this thread receives the next ones (src/cli/estatPageWorkers.ts).
   * The caller owns it (and closes it). Without, every page is parsed on this thread.
   */
  parsePool?: PageParsePool;
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
    options?: CallOptions & {
      onProgress?: (p: EstatProgress) => void;
      confirmRequests?: (requests: number) => Promise<boolean>;
    },
  ): Promise<StatsDataResult>;
}

/**
 * The e-Stat API v3.0 client. The appId is taken per call and never kept: it goes into the request URL
 * only, and every URL, message and error the client produces is redacted.
 */
export function createEstatClient(options: EstatClientOptions): EstatClient {
  const now = options.now ?? (() => new Date());
  const settings: PagerSettings = {
    concurrency: Math.max(1, Math.min(8, options.concurrency ?? 4)),
    pageSize: Math.max(1, Math.min(100_000, options.pageSize ?? 100_000)),
    pageRetries: Math.max(0, Math.min(5, options.pageRetries ?? 2)),
    maxRows: options.maxRows ?? 5_000_000,
    now,
    parsePool: options.parsePool,
  };
  const transport = createEstatTransport(options);
  const { url, call } = transport;

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
    o: CallOptions & {
      onProgress?: (p: EstatProgress) => void;
      /** Asked with the number of requests when a query needs more than fanOut.askAbove. */
      confirmRequests?: (requests: number) => Promise<boolean>;
    } = {},
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
    const { askAbove, maxRequests } = options.fanOut ?? { askAbove: 16, maxRequests: 256 };
    const requests = variants.length;
    if (requests > maxRequests)
      throw new AppError("ESTAT_TOO_MANY_REQUESTS", `${requests} requests (max ${maxRequests})`, {
        params: { requests, max: maxRequests },
      });
    if (requests > askAbove && !(o.confirmRequests && (await o.confirmRequests(requests))))
      throw new AppError("ESTAT_REQUESTS_DECLINED", `${requests} requests not confirmed`, {
        params: { requests },
      });
    const results: StatsDataResult[] = [];
    let rowsBefore = 0;
    for (let k = 0; k < variants.length; k++) {
      const r = await fetchStatsDataPages(transport, settings, q, variants[k], o.signal, (p) =>
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

  return { getStatsList, getMetaInfo, getStatsData };
}
