import type { TidyTable } from "../table/types";
import type { KeyValueStore } from "./keyValueStore";
import { assertNoSecret } from "./queryKey";
import { decodeTable, encodeTable } from "./tableCodec";

export const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface CacheEntryInfo {
  key: string;
  /** Stored size in characters (what localStorage and OfficeRuntime.storage count). */
  size: number;
  /** ISO time the table was downloaded. */
  fetchedAt: string;
  /** The source's own update date (e-Stat UPDATED_DATE), when it gave one. */
  updated?: string;
  lastUsed: number;
}

export interface TableCacheOptions {
  store: KeyValueStore;
  /**
   * Size budget in characters for all entries; least recently used entries are evicted above it.
   * OfficeRuntime.storage allows 10 MB per domain for everything, so keep well below that.
   * @default 4_000_000
   */
  maxSize?: number;
  /** @default 24 h */
  defaultMaxAgeMs?: number;
  now?: () => number;
}

export interface GetOrFetchOptions {
  /** Older entries are fetched again. @default the cache's defaultMaxAgeMs (24 h) */
  maxAgeMs?: number;
  /** Fetch even when a fresh entry exists (explicit refresh). */
  forceRefresh?: boolean;
  /** When the fetch fails and an expired entry exists, return it marked stale instead of failing. @default true */
  staleIfError?: boolean;
  /** Stops waiting; the download itself stops once every caller sharing it has aborted. */
  signal?: AbortSignal;
}

export interface CacheResult {
  table: TidyTable;
  fromCache: boolean;
  fetchedAt: string;
  /** True when an expired entry was returned because the fetch failed; `error` says why. */
  stale: boolean;
  error?: unknown;
}

export type Fetcher = (signal: AbortSignal) => Promise<TidyTable>;

export interface TableCache {
  getOrFetch(key: string, fetcher: Fetcher, options?: GetOrFetchOptions): Promise<CacheResult>;
  /** The cached table whatever its age, or undefined (never fetches). */
  peek(key: string): Promise<{ table: TidyTable; info: CacheEntryInfo } | undefined>;
  set(key: string, table: TidyTable): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  entries(): Promise<CacheEntryInfo[]>;
  totalSize(): Promise<number>;
}

const INDEX_KEY = "cache-index";
const ENTRY_PREFIX = "cache:";

interface InFlight {
  promise: Promise<TidyTable>;
  controller: AbortController;
  waiters: number;
}

/**
 * A persistent cache of tidy tables keyed by the normalised query (see cacheKey). One index record
 * keeps size, fetch time, the source's update date and last use for LRU eviction; each table is one
 * record in the compact codec. Identical concurrent requests share one download.
 */
export function createTableCache(options: TableCacheOptions): TableCache {
  const store = options.store;
  const maxSize = options.maxSize ?? 4_000_000;
  const defaultMaxAge = options.defaultMaxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  const inFlight = new Map<string, InFlight>();
  let index: Map<string, CacheEntryInfo> | undefined;
  let loading: Promise<Map<string, CacheEntryInfo>> | undefined;
  let writeChain: Promise<void> = Promise.resolve();

  async function loadIndex(): Promise<Map<string, CacheEntryInfo>> {
    if (index) return index;
    loading ??= (async () => {
      const m = new Map<string, CacheEntryInfo>();
      try {
        const raw = await store.get(INDEX_KEY);
        const list = raw ? (JSON.parse(raw) as CacheEntryInfo[]) : [];
        if (Array.isArray(list)) for (const e of list) if (e && typeof e.key === "string") m.set(e.key, e);
      } catch {
        // A corrupt index is rebuilt empty; orphaned entries are removed below.
      }
      const stored = new Set((await store.keys()).filter((k) => k.startsWith(ENTRY_PREFIX)));
      for (const k of stored) if (!m.has(k.slice(ENTRY_PREFIX.length))) await store.delete(k);
      for (const k of [...m.keys()]) if (!stored.has(ENTRY_PREFIX + k)) m.delete(k);
      index = m;
      return m;
    })();
    return loading;
  }

  /** Writes are serialised so the index on disk never goes backwards. */
  function persistIndex(): Promise<void> {
    writeChain = writeChain.then(async () => {
      if (index) await store.set(INDEX_KEY, JSON.stringify([...index.values()]));
    });
    return writeChain;
  }

  async function evictFor(incoming: number, keep?: string): Promise<void> {
    const m = await loadIndex();
    let total = [...m.values()].reduce((s, e) => s + e.size, 0) + incoming;
    const byAge = [...m.values()].filter((e) => e.key !== keep).sort((a, b) => a.lastUsed - b.lastUsed);
    for (const e of byAge) {
      if (total <= maxSize) break;
      m.delete(e.key);
      await store.delete(ENTRY_PREFIX + e.key);
      total -= e.size;
    }
  }

  async function set(key: string, table: TidyTable): Promise<void> {
    assertNoSecret(key);
    const text = encodeTable(table);
    const m = await loadIndex();
    const old = m.get(key);
    if (old) {
      m.delete(key);
      await store.delete(ENTRY_PREFIX + key);
    }
    if (text.length > maxSize) {
      await persistIndex();
      return; // larger than the whole budget: served, not kept
    }
    await evictFor(text.length, key);
    const info: CacheEntryInfo = {
      key,
      size: text.length,
      fetchedAt: table.meta.fetchedAt,
      ...(table.meta.updated ? { updated: table.meta.updated } : {}),
      lastUsed: now(),
    };
    try {
      await store.set(ENTRY_PREFIX + key, text);
    } catch {
      // Quota reached (other data shares the storage): free everything else once and retry.
      await evictFor(maxSize * 2, key);
      try {
        await store.set(ENTRY_PREFIX + key, text);
      } catch {
        await persistIndex();
        return;
      }
    }
    m.set(key, info);
    await persistIndex();
  }

  async function peek(key: string) {
    const m = await loadIndex();
    const info = m.get(key);
    if (!info) return undefined;
    const text = await store.get(ENTRY_PREFIX + key);
    let table: TidyTable | undefined;
    try {
      table = text === undefined ? undefined : decodeTable(text);
    } catch {
      table = undefined;
    }
    if (!table) {
      m.delete(key);
      await store.delete(ENTRY_PREFIX + key);
      await persistIndex();
      return undefined;
    }
    info.lastUsed = now();
    void persistIndex();
    return { table, info };
  }

  function join(key: string, fetcher: Fetcher, signal?: AbortSignal): Promise<TidyTable> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error("aborted"));
    let f = inFlight.get(key);
    if (!f) {
      const controller = new AbortController();
      const entry: InFlight = {
        controller,
        waiters: 0,
        promise: Promise.resolve() as unknown as Promise<TidyTable>,
      };
      entry.promise = (async () => {
        try {
          const table = await fetcher(controller.signal);
          await set(key, table);
          return table;
        } finally {
          inFlight.delete(key);
        }
      })();
      entry.promise.catch(() => undefined); // each caller gets the error through its own promise
      inFlight.set(key, entry);
      f = entry;
    }
    const shared = f;
    shared.waiters++;
    if (!signal) return shared.promise;
    return new Promise<TidyTable>((resolve, reject) => {
      const onAbort = () => {
        shared.waiters--;
        if (shared.waiters <= 0) shared.controller.abort(signal.reason);
        reject(signal.reason ?? new Error("aborted"));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      shared.promise.then(
        (t) => {
          signal.removeEventListener("abort", onAbort);
          resolve(t);
        },
        (e) => {
          signal.removeEventListener("abort", onAbort);
          reject(e);
        },
      );
    });
  }

  async function getOrFetch(
    key: string,
    fetcher: Fetcher,
    opts: GetOrFetchOptions = {},
  ): Promise<CacheResult> {
    assertNoSecret(key);
    const maxAge = opts.maxAgeMs ?? defaultMaxAge;
    const cached = opts.forceRefresh ? undefined : await peek(key);
    if (cached && now() - Date.parse(cached.info.fetchedAt) <= maxAge) {
      return { table: cached.table, fromCache: true, fetchedAt: cached.info.fetchedAt, stale: false };
    }
    try {
      const table = await join(key, fetcher, opts.signal);
      return { table, fromCache: false, fetchedAt: table.meta.fetchedAt, stale: false };
    } catch (error) {
      if (opts.signal?.aborted || opts.staleIfError === false) throw error;
      const old = cached ?? (await peek(key));
      if (!old) throw error;
      return { table: old.table, fromCache: true, fetchedAt: old.info.fetchedAt, stale: true, error };
    }
  }

  return {
    getOrFetch,
    peek,
    set,
    async delete(key) {
      const m = await loadIndex();
      m.delete(key);
      await store.delete(ENTRY_PREFIX + key);
      await persistIndex();
    },
    async clear() {
      const m = await loadIndex();
      for (const k of m.keys()) await store.delete(ENTRY_PREFIX + k);
      m.clear();
      await persistIndex();
    },
    async entries() {
      return [...(await loadIndex()).values()].map((e) => ({ ...e }));
    },
    async totalSize() {
      return [...(await loadIndex()).values()].reduce((s, e) => s + e.size, 0);
    },
  };
}
