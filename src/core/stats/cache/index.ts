export { createTableCache, DEFAULT_MAX_AGE_MS } from "./tableCache";
export type {
  TableCache,
  TableCacheOptions,
  GetOrFetchOptions,
  CacheResult,
  CacheEntryInfo,
  Fetcher,
} from "./tableCache";
export { createMemoryStore, createWebStorageStore, createOfficeRuntimeStore } from "./keyValueStore";
export type { KeyValueStore, WebStorageLike, OfficeRuntimeStorageLike } from "./keyValueStore";
export { cacheKey, cacheKeyFromUrl, stripAppId, assertNoSecret } from "./queryKey";
export type { QueryParams } from "./queryKey";
export { encodeTable, decodeTable } from "./tableCodec";
