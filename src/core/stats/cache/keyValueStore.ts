/**
 * The storage the cache (and the OECD download budget) persist to. Async because the add-in's
 * shared runtime only has the async OfficeRuntime.storage; values are strings everywhere.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** Node, tests and the CLI: a Map. */
export function createMemoryStore(
  initial?: Iterable<[string, string]>,
): KeyValueStore & { readonly map: Map<string, string> } {
  const map = new Map(initial);
  return {
    map,
    async get(key) {
      return map.get(key);
    },
    async set(key, value) {
      map.set(key, value);
    },
    async delete(key) {
      map.delete(key);
    },
    async keys() {
      return [...map.keys()];
    },
  };
}

/** The part of the DOM `Storage` (localStorage) the adapter uses; injected so src/core stays DOM-free. */
export interface WebStorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * localStorage-like storage. `prefix` keeps our keys apart from everything else on the origin, and
 * `keys()` lists only ours. setItem throws QuotaExceededError when full; the cache catches it.
 */
export function createWebStorageStore(storage: WebStorageLike, prefix = "sme-stats:"): KeyValueStore {
  return {
    async get(key) {
      return storage.getItem(prefix + key) ?? undefined;
    },
    async set(key, value) {
      storage.setItem(prefix + key, value);
    },
    async delete(key) {
      storage.removeItem(prefix + key);
    },
    async keys() {
      const out: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k !== null && k.startsWith(prefix)) out.push(k.slice(prefix.length));
      }
      return out;
    },
  };
}

/** The shape of `OfficeRuntime.storage` (shared runtime): async, string values, 10 MB per domain. */
export interface OfficeRuntimeStorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  getKeys(): Promise<string[]>;
}

/**
 * OfficeRuntime.storage adapter. The 10 MB limit is for the whole add-in domain, shared with
 * settings, so the cache on top of it should get a size budget well below it (see createTableCache).
 */
export function createOfficeRuntimeStore(
  storage: OfficeRuntimeStorageLike,
  prefix = "sme-stats:",
): KeyValueStore {
  return {
    async get(key) {
      return (await storage.getItem(prefix + key)) ?? undefined;
    },
    async set(key, value) {
      await storage.setItem(prefix + key, value);
    },
    async delete(key) {
      await storage.removeItem(prefix + key);
    },
    async keys() {
      return (await storage.getKeys()).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    },
  };
}
