import { AppError } from "../../errors/AppError";
import type { HttpClient, HttpTextResponse } from "../http";
import { sleep } from "../http";
import type { TidyTable } from "../table/types";
import type { OecdBudget } from "./budget";
import { parseSdmx } from "./parseSdmx";
import { parseDataflowList, type DataflowEntry } from "./catalogue";
import { parseStructure, type DataflowStructure } from "./parseStructure";
import {
  OECD_BASE_URL,
  buildDataUrl,
  buildStructureUrl,
  normaliseKey,
  parseFlowRef,
  type DataQuery,
  type OecdDataFormat,
} from "./query";

export interface OecdClientOptions {
  /** From createHttpClient (timeouts, cancellation, rate limit). */
  http: HttpClient;
  /** @default https://sdmx.oecd.org/public/rest */
  baseUrl?: string;
  /** Persistent download counter; without one nothing is counted (tests, the CLI with --no-budget). */
  budget?: OecdBudget;
  /** @default csvfilewithlabels (labels included, smallest body) */
  format?: OecdDataFormat;
  /** Retries on network errors and 5xx. Never on 429: retrying is what gets a user blocked. @default 2 */
  retries?: number;
  /** First retry wait; doubles each time. @default 1000 */
  retryBaseMs?: number;
  now?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface OecdClient {
  /** One download for the whole key (use `+` for several countries); 404 NoRecordsFound → empty table. */
  getData(query: DataQuery, options?: RequestOptions): Promise<TidyTable>;
  /** Dataflow → dimensions and code lists (narrowed to what exists). Not counted as a data download. */
  getStructure(flow: string, options?: RequestOptions): Promise<DataflowStructure>;
  /** Codes still available for a partial key. */
  getAvailability(flow: string, key: string, options?: RequestOptions): Promise<DataflowStructure>;
  dataUrl(query: DataQuery): string;
  /** Every dataflow the service lists (`/dataflow/all`), for the catalogue. A structure query, not counted. */
  listDataflows(options?: RequestOptions): Promise<DataflowEntry[]>;
}

const STRUCTURE_ACCEPT = "application/vnd.sdmx.structure+json; version=1.0; charset=utf-8";
const NO_RECORDS = /NoRecordsFound|No\s*Records\s*Found|NoResultsFound/i;

export function createOecdClient(options: OecdClientOptions): OecdClient {
  const baseUrl = options.baseUrl ?? OECD_BASE_URL;
  const format = options.format ?? "csvfilewithlabels";
  const retries = options.retries ?? 2;
  const retryBase = options.retryBaseMs ?? 1000;
  const now = options.now ?? Date.now;

  async function send(
    url: string,
    counted: boolean,
    signal?: AbortSignal,
    headers?: Record<string, string>,
  ): Promise<HttpTextResponse> {
    for (let attempt = 0; ; attempt++) {
      if (counted && options.budget) await options.budget.reserve();
      let res: HttpTextResponse | undefined;
      let error: unknown;
      try {
        res = await options.http.request(url, { signal, headers, retries: 0 });
      } catch (e) {
        if (e instanceof AppError && (e.code === "CANCELLED" || e.code === "PROXY_RATE_LIMIT")) throw e;
        error = e;
      }
      if (res && res.status === 429) {
        const retryAfter = Number(res.headers.get("retry-after"));
        const until = now() + (Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 3_600_000);
        await options.budget?.markExhausted(until);
        const d = new Date(until);
        throw new AppError("OECD_RATE_LIMITED", `HTTP 429 from ${res.url}`, {
          kind: "notAvailable",
          params: {
            resetAt: `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`,
          },
        });
      }
      if (res && res.status < 500) return res;
      if (attempt >= retries) {
        if (res) return res;
        throw error;
      }
      await sleep(retryBase * 2 ** attempt, signal);
    }
  }

  function httpError(res: HttpTextResponse): AppError {
    const detail = res.text.replace(/\s+/g, " ").trim().slice(0, 300) || `HTTP ${res.status}`;
    return new AppError("OECD_HTTP_ERROR", `HTTP ${res.status} from ${res.url}: ${detail}`, {
      kind: "notAvailable",
      params: { status: res.status, detail },
    });
  }

  function emptyTable(q: DataQuery, url: string): TidyTable {
    const ref = parseFlowRef(q.flow);
    return {
      meta: {
        source: "OECD",
        id: q.flow,
        title: q.flow,
        organization: ref.agency,
        fetchedAt: new Date(now()).toISOString(),
        sourceUrl: url,
        query: `${q.flow}/${normaliseKey(q.key)}`,
      },
      dimensions: [],
      rowCount: 0,
      codes: [],
      values: [],
      markers: [],
      units: [],
    };
  }

  const structureCache = new Map<string, Promise<DataflowStructure>>();

  async function structure(url: string, flow: string, signal?: AbortSignal): Promise<DataflowStructure> {
    const res = await send(url, false, signal, { Accept: STRUCTURE_ACCEPT });
    if (res.status !== 200) throw httpError(res);
    const ref = parseFlowRef(flow);
    return parseStructure(res.text, { agency: ref.agency, id: ref.id });
  }

  return {
    dataUrl: (q) => buildDataUrl(baseUrl, q, format),
    async getData(q, opts = {}) {
      const url = buildDataUrl(baseUrl, q, format);
      const res = await send(url, true, opts.signal);
      if (res.status === 404 && NO_RECORDS.test(res.text)) return emptyTable(q, url);
      if (res.status !== 200) throw httpError(res);
      const table = parseSdmx(res.text, {
        flow: q.flow,
        fetchedAt: new Date(now()).toISOString(),
        sourceUrl: url,
        query: `${q.flow}/${normaliseKey(q.key)}${q.start ? ` from ${q.start}` : ""}${q.end ? ` to ${q.end}` : ""}`,
      });
      // The organisation's cache (deploy/nginx) answered with its last copy because OECD was unreachable:
      // the provenance must say so, as for e-Stat, or an old figure passes for today's.
      if (res.headers.get("x-cache-status")?.toUpperCase() === "STALE") table.meta.staleCache = true;
      return table;
    },
    getStructure(flow, opts = {}) {
      const url = buildStructureUrl(baseUrl, "dataflow", flow);
      let p = structureCache.get(url);
      if (!p) {
        p = structure(url, flow, opts.signal);
        structureCache.set(url, p);
        p.catch(() => structureCache.delete(url));
      }
      return p;
    },
    async listDataflows(opts = {}) {
      const res = await send(`${baseUrl.replace(/\/+$/, "")}/dataflow/all`, false, opts.signal, {
        Accept: STRUCTURE_ACCEPT,
      });
      if (res.status !== 200) throw httpError(res);
      return parseDataflowList(res.text);
    },
    getAvailability(flow, key, opts = {}) {
      return structure(buildStructureUrl(baseUrl, "availableconstraint", flow, key), flow, opts.signal);
    },
  };
}
