// Shared state of the data formulas: settings, clients, the persistent table cache with an in-memory layer,
// the queries the formulas used (for "refresh formulas"), and the recalculation hook. One instance per
// runtime; configureDataFunctions (./config.ts) replaces it (the playground and tests point it at the loopback
// fakes). Loaded with the first data formula; "refresh formulas" is registered by ../data.ts.
import { AppError } from "../../core/errors/AppError";
import { DEFAULT_MAX_AGE_MS, createTableCache, type TableCache } from "../../core/stats/cache/tableCache";
import {
  createMemoryStore,
  createWebStorageStore,
  type KeyValueStore,
  type WebStorageLike,
} from "../../core/stats/cache/keyValueStore";
import { cacheKey } from "../../core/stats/cache/queryKey";
import { ESTAT_API_ROOT } from "../../core/stats/estat/buildUrl";
import {
  createEstatClient,
  type EstatClient,
  type JsonpTransport,
} from "../../core/stats/estat/createEstatClient";
import {
  DEFAULT_MIN_INTERVAL_MS,
  createHttpClient,
  type HttpClient,
} from "../../core/stats/http/createHttpClient";
import type { FetchLike } from "../../core/stats/http/types";
import { createOecdBudget, type OecdBudget } from "../../core/stats/oecd/budget";
import { createOecdClient, type OecdClient } from "../../core/stats/oecd/client";
import { proxyBases } from "../../core/stats/proxyBases";
import { OECD_BASE_URL, flowPath, normaliseKey, parseFlowRef } from "../../core/stats/oecd/query";
import type { TidyTable } from "../../core/stats/table/types";
import { dataConfig } from "./config";
import type { EstatFilters } from "./filters";
import { ProvenanceRegistry } from "./provenance";
import { readStoredSettings, type SettingsStorage } from "./settings";
import { SliceIndex, estatKey } from "./slices";
import { createScriptJsonp } from "./jsonp";

export interface DataFunctionsConfig {
  /** @default globalThis.fetch */
  fetch?: FetchLike;
  /** localStorage-like: settings (appId, proxy), the table cache and the OECD budget. @default globalThis.localStorage, else memory */
  storage?: (WebStorageLike & SettingsStorage) | null;
  /**
   * Overrides where tables are cached (else `storage` under "sme-toolkit.formulas:"). Not the task pane's
   * "sme-toolkit.tables:": two cache instances on one prefix would overwrite each other's index.
   */
  cacheStore?: KeyValueStore;
  /** @default https://api.e-stat.go.jp; a proxy saved in the settings wins over both */
  estatBaseUrl?: string;
  /** @default https://sdmx.oecd.org/public/rest */
  oecdBaseUrl?: string;
  /** e-Stat appId to use instead of the stored setting (playground, tests). */
  appId?: string;
  now?: () => number;
  /** A cached table older than this is fetched again on the next calculation. @default 24 h */
  maxAgeMs?: number;
  /** ESTATVALUE calls arriving within this window are fetched together. @default 50 */
  batchDelayMs?: number;
  /** After a failed download, calculations serve the cached copy (or the error) without retrying for this long. @default 60 000 */
  retryCooldownMs?: number;
  /** Size budget of the formula cache in characters. @default 2 000 000 */
  cacheMaxSize?: number;
  http?: { timeoutMs?: number; retries?: number; backoffBaseMs?: number; minIntervalMs?: number };
  /** JSONP fallback when fetch is blocked (CORS). @default a <script> loader when a DOM exists */
  jsonp?: JsonpTransport | null;
  /** Called after a refresh so the host recalculates the formulas. @default Excel full recalculation when Office.js is loaded */
  recalculate?: (() => void | Promise<void>) | null;
  /** OECD downloads per hour. @default 60 */
  oecdLimitPerHour?: number;
}

export type QuerySpec =
  | { source: "estat"; statsDataId: string; filters: EstatFilters }
  | { source: "oecd"; flow: string; key: string; start?: string; end?: string };

export interface TableResult {
  key: string;
  table: TidyTable;
  /** True when a newer copy was wanted but could not be fetched (the cached one is served). */
  stale: boolean;
  fromCache: boolean;
}

interface Entry {
  table: TidyTable;
  fetchedAtMs: number;
}

export interface DataState {
  cfg: Required<Pick<DataFunctionsConfig, "maxAgeMs" | "batchDelayMs" | "retryCooldownMs">> &
    DataFunctionsConfig;
  now: () => number;
  cache: TableCache;
  http: HttpClient;
  /** One OECD client per root (direct, or an organisation proxy saved in the settings). */
  oecdClients: Map<string, OecdClient>;
  budget: OecdBudget;
  slices: SliceIndex;
  provenance: ProvenanceRegistry;
  /** Tables fetched after this time count as fresh (set by refresh). */
  epoch: number;
  memo: Map<string, Entry>;
  peeks: Map<string, Promise<Entry | undefined>>;
  /** Queries of SME.ESTAT / SME.OECD formulas, by cache key (bounded). */
  used: Map<string, QuerySpec>;
  /** ESTATVALUE slices used, per statsDataId (bounded). */
  usedSlices: Map<string, Set<string>>;
  /** Last failed download per table: served from cache without retry until the cooldown ends. */
  failed: Map<string, { at: number; error: unknown }>;
  estatClients: Map<string, EstatClient>;
  /** Counters for tests and the benchmark. */
  stats: { fetches: number; memoHits: number; cacheHits: number };
}

const MEMO_TABLES = 32;
const MEMO_ROWS = 3_000_000;
const MAX_USED = 500;

let current: DataState | undefined;
let currentGeneration = -1;

function defaultStorage(): (WebStorageLike & SettingsStorage) | null {
  try {
    const s = (globalThis as { localStorage?: WebStorageLike & SettingsStorage }).localStorage;
    if (!s) return null;
    s.getItem("sme-toolkit.probe");
    return s;
  } catch {
    return null;
  }
}

function defaultFetch(): FetchLike {
  return (url, init) => {
    if (typeof globalThis.fetch !== "function")
      return Promise.reject(new TypeError("fetch is not available"));
    return globalThis.fetch(url, init);
  };
}

function createState(c: DataFunctionsConfig): DataState {
  const cfg = {
    maxAgeMs: DEFAULT_MAX_AGE_MS,
    batchDelayMs: 50,
    retryCooldownMs: 60_000,
    ...c,
  };
  const now = cfg.now ?? Date.now;
  const storage = cfg.storage === undefined ? defaultStorage() : cfg.storage;
  const cacheStore =
    cfg.cacheStore ??
    (storage ? createWebStorageStore(storage, "sme-toolkit.formulas:") : createMemoryStore());
  // The OECD limit is per user: count under the task pane's prefix so both draw on one budget.
  const budgetStore = storage ? createWebStorageStore(storage, "sme-toolkit.oecd:") : createMemoryStore();
  const http = createHttpClient({
    fetch: cfg.fetch ?? defaultFetch(),
    timeoutMs: cfg.http?.timeoutMs ?? 30_000,
    retries: cfg.http?.retries ?? 2,
    backoff: { baseMs: cfg.http?.backoffBaseMs ?? 500 },
    rateLimit: { minIntervalMs: cfg.http?.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS },
  });
  const budget = createOecdBudget({ store: budgetStore, limit: cfg.oecdLimitPerHour ?? 60, now });
  return {
    cfg,
    now,
    cache: createTableCache({ store: cacheStore, maxSize: cfg.cacheMaxSize ?? 2_000_000, now }),
    http,
    budget,
    oecdClients: new Map(),
    slices: new SliceIndex(),
    provenance: new ProvenanceRegistry(),
    epoch: -Infinity,
    memo: new Map(),
    peeks: new Map(),
    used: new Map(),
    usedSlices: new Map(),
    failed: new Map(),
    estatClients: new Map(),
    stats: { fetches: 0, memoHits: 0, cacheHits: 0 },
  };
}

/** The current state, created on first use from the configuration (and again after it changes). */
export function dataState(): DataState {
  const { config, generation } = dataConfig();
  if (!current || currentGeneration !== generation) {
    current = createState(config);
    currentGeneration = generation;
  }
  return current;
}

function settings(s: DataState) {
  return readStoredSettings(s.cfg.storage === undefined ? defaultStorage() : s.cfg.storage);
}

function oecdClient(s: DataState): OecdClient {
  // as in the task pane: the organisation proxy (deploy/nginx) serves OECD beside e-Stat
  const base = proxyBases(settings(s).proxyBaseUrl).oecd ?? s.cfg.oecdBaseUrl ?? OECD_BASE_URL;
  let c = s.oecdClients.get(base);
  if (!c) {
    c = createOecdClient({
      http: s.http,
      budget: s.budget,
      baseUrl: base,
      retries: s.cfg.http?.retries ?? 2,
      retryBaseMs: s.cfg.http?.backoffBaseMs ?? 1000,
      now: s.now,
    });
    s.oecdClients.set(base, c);
  }
  return c;
}

function estatClient(s: DataState): EstatClient {
  // as in the task pane: a proxy saved in the settings wins
  const proxy = proxyBases(settings(s).proxyBaseUrl).estat;
  const base = proxy || s.cfg.estatBaseUrl || ESTAT_API_ROOT;
  let c = s.estatClients.get(base);
  if (!c) {
    const jsonp = s.cfg.jsonp === undefined ? createScriptJsonp() : (s.cfg.jsonp ?? undefined);
    c = createEstatClient({
      http: s.http,
      baseUrl: base,
      appIdOptional: !!proxy,
      jsonp,
      now: () => new Date(s.now()),
    });
    s.estatClients.set(base, c);
  }
  return c;
}

export function appIdOf(s: DataState): string {
  return (s.cfg.appId ?? settings(s).appId).trim();
}

export function keyOf(spec: QuerySpec): string {
  if (spec.source === "estat") return estatKey(spec.statsDataId, spec.filters);
  return cacheKey("oecd", "data", {
    flow: flowPath(parseFlowRef(spec.flow)),
    key: normaliseKey(spec.key),
    startPeriod: spec.start,
    endPeriod: spec.end,
  });
}

/** What a failed download blocks for the cooldown: the whole e-Stat table, or the OECD query. */
export function tableIdOf(spec: QuerySpec, key: string): string {
  return spec.source === "estat" ? `estat:${spec.statsDataId}` : key;
}

function fetchedAtMs(table: TidyTable, fallback: string | undefined): number {
  const t = Date.parse(table.meta.fetchedAt);
  return Number.isFinite(t) ? t : fallback ? Date.parse(fallback) : NaN;
}

export function isFresh(s: DataState, e: { fetchedAtMs: number }): boolean {
  return e.fetchedAtMs >= s.epoch && s.now() - e.fetchedAtMs <= s.cfg.maxAgeMs;
}

export function coolingDown(s: DataState, tableId: string): { at: number; error: unknown } | undefined {
  const f = s.failed.get(tableId);
  return f && s.now() - f.at < s.cfg.retryCooldownMs ? f : undefined;
}

function remember(s: DataState, key: string, table: TidyTable, atMs: number): Entry {
  const e = { table, fetchedAtMs: atMs };
  s.memo.delete(key);
  s.memo.set(key, e);
  let rows = 0;
  for (const v of s.memo.values()) rows += v.table.rowCount;
  for (const k of s.memo.keys()) {
    if (s.memo.size <= MEMO_TABLES && rows <= MEMO_ROWS) break;
    if (k === key) continue;
    rows -= s.memo.get(k)!.table.rowCount;
    s.memo.delete(k);
  }
  return e;
}

/** The cached copy of a key: memory first, then the persistent cache (any age). */
export async function cachedEntry(s: DataState, key: string): Promise<Entry | undefined> {
  const m = s.memo.get(key);
  if (m) {
    s.stats.memoHits++;
    s.memo.delete(key);
    s.memo.set(key, m);
    return m;
  }
  // Cells of one calculation ask at once: one read and decode of the stored table serves them all.
  let pending = s.peeks.get(key);
  if (!pending) {
    pending = s.cache
      .peek(key)
      .then((p) => {
        if (!p) return undefined;
        s.stats.cacheHits++;
        return remember(s, key, p.table, fetchedAtMs(p.table, p.info.fetchedAt));
      })
      .finally(() => s.peeks.delete(key));
    s.peeks.set(key, pending);
  }
  return pending;
}

function bounded<K, V>(m: Map<K, V>, k: K, v: V): void {
  m.delete(k);
  m.set(k, v);
  if (m.size > MAX_USED) m.delete(m.keys().next().value as K);
}

export function markUsed(s: DataState, key: string, spec: QuerySpec): void {
  bounded(s.used, key, spec);
}

export function markSliceUsed(s: DataState, statsDataId: string, key: string): void {
  const set = s.usedSlices.get(statsDataId) ?? new Set<string>();
  set.add(key);
  bounded(s.usedSlices, statsDataId, set);
}

/** Errors of a download become #N/A with their own message (what failed and what to do). */
export function asNotAvailable(e: unknown): unknown {
  if (typeof CustomFunctions !== "undefined" && e instanceof CustomFunctions.Error) return e;
  if (e instanceof AppError) {
    if (e.kind === "notAvailable") return e;
    return new AppError(e.code, e.message, { kind: "notAvailable", params: e.params, cause: e });
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new AppError("INTERNAL", detail, { kind: "notAvailable", params: { detail }, cause: e });
}

async function download(s: DataState, spec: QuerySpec, signal: AbortSignal): Promise<TidyTable> {
  s.stats.fetches++;
  if (spec.source === "estat") {
    const r = await estatClient(s).getStatsData(
      { appId: appIdOf(s), statsDataId: spec.statsDataId, filters: spec.filters },
      { signal },
    );
    return r.table;
  }
  return oecdClient(s).getData(
    { flow: spec.flow, key: spec.key, start: spec.start, end: spec.end },
    { signal },
  );
}

/**
 * A table for a query, cache first: a fresh copy (memory or persistent cache) is returned with no request;
 * otherwise one download (shared with every concurrent caller of the same query). A failed download
 * serves the cached copy, whatever its age, or fails with #N/A. `force` skips the freshness check (refresh).
 */
export async function getTable(
  spec: QuerySpec,
  opts: { signal?: AbortSignal; force?: boolean; register?: boolean } = {},
): Promise<TableResult> {
  const s = dataState();
  const key = keyOf(spec);
  if (opts.register !== false) markUsed(s, key, spec);
  const cached = await cachedEntry(s, key);
  if (cached && spec.source === "estat") s.slices.add(key, cached.fetchedAtMs);
  if (!opts.force && cached && isFresh(s, cached))
    return { key, table: cached.table, stale: false, fromCache: true };
  const tableId = tableIdOf(spec, key);
  const cooling = opts.force ? undefined : coolingDown(s, tableId);
  if (cooling) {
    if (cached) return { key, table: cached.table, stale: true, fromCache: true };
    throw asNotAvailable(cooling.error);
  }
  // Behind the organisation's proxy the proxy may add the appId (deploy/nginx): then none is needed here.
  if (spec.source === "estat" && appIdOf(s) === "" && !proxyBases(settings(s).proxyBaseUrl).estat) {
    if (cached) return { key, table: cached.table, stale: true, fromCache: true };
    throw new AppError("DATA_NO_APP_ID", "no appId", {
      kind: "notAvailable",
      params: { id: spec.statsDataId },
    });
  }
  try {
    const r = await s.cache.getOrFetch(key, (signal) => download(s, spec, signal), {
      forceRefresh: true,
      staleIfError: false,
      signal: opts.signal,
    });
    s.failed.delete(tableId);
    const e = remember(s, key, r.table, fetchedAtMs(r.table, r.fetchedAt));
    if (spec.source === "estat") s.slices.add(key, e.fetchedAtMs);
    return { key, table: r.table, stale: false, fromCache: false };
  } catch (error) {
    if (opts.signal?.aborted) throw asNotAvailable(error);
    s.failed.set(tableId, { at: s.now(), error });
    if (cached) return { key, table: cached.table, stale: true, fromCache: true };
    throw asNotAvailable(error);
  }
}

/** Asks the host to recalculate every formula (Excel: a full calculation; the playground installs its own). */
export async function recalculateFormulas(): Promise<void> {
  const s = dataState();
  if (s.cfg.recalculate !== undefined) {
    await s.cfg.recalculate?.();
    return;
  }
  if (typeof Excel === "undefined") return;
  await Excel.run(async (ctx) => {
    ctx.workbook.application.calculate(Excel.CalculationType.full);
    await ctx.sync();
  });
}

type RefreshPlanner = (s: DataState) => QuerySpec[];
const planners: RefreshPlanner[] = [];

/** Lets ESTATVALUE add its merged slices to the refresh plan (kept out of this file to avoid a cycle). */
export function addRefreshPlanner(p: RefreshPlanner): void {
  planners.push(p);
}

type RefreshDone = (s: DataState, results: Map<string, TableResult | undefined>) => Promise<void>;
const afterRefresh: RefreshDone[] = [];
export function addRefreshListener(f: RefreshDone): void {
  afterRefresh.push(f);
}

/**
 * "Refresh formulas": downloads every table the formulas used again (one request per distinct query;
 * ESTATVALUE slices of one table merged into one), then recalculates, which now finds fresh copies.
 * Tables that fail keep their cached copy. Resolves with the number of tables refreshed.
 */
export async function refreshDataFormulas(): Promise<{ tables: number; failed: number }> {
  const s = dataState();
  s.epoch = s.now();
  s.failed.clear();
  const plan = new Map<string, QuerySpec>();
  for (const [k, spec] of s.used) plan.set(k, spec);
  for (const p of planners) for (const spec of p(s)) plan.set(keyOf(spec), spec);
  const results = new Map<string, TableResult | undefined>();
  await Promise.all(
    [...plan].map(async ([k, spec]) => {
      try {
        results.set(k, await getTable(spec, { force: true, register: s.used.has(k) }));
      } catch {
        results.set(k, undefined);
      }
    }),
  );
  for (const f of afterRefresh) await f(s, results);
  const failed = [...results.values()].filter((r) => !r || r.stale).length;
  try {
    await recalculateFormulas();
  } catch {
    // A failed recalculation request leaves the fresh data in the cache: the next calculation shows it.
  }
  return { tables: plan.size, failed };
}

export { configureDataFunctions, resetDataFunctions } from "./config";
