import type { KeyValueStorage, SearchResult } from "./actions";

const RECENT_KEY = "sme-toolkit.recentTables";
const FAVOURITES_KEY = "sme-toolkit.favouriteTables";
export const RECENT_LIMIT = 10;

function read(storage: KeyValueStorage, key: string): SearchResult[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    // Stored by an older version or edited by hand: keep only entries that still look like results.
    return Array.isArray(parsed) ? parsed.filter(isResult) : [];
  } catch {
    return [];
  }
}

function isResult(x: unknown): x is SearchResult {
  const r = x as SearchResult;
  return (
    typeof r === "object" &&
    r !== null &&
    typeof r.title === "string" &&
    typeof r.ref?.id === "string" &&
    typeof r.ref?.source === "string"
  );
}

const same = (a: SearchResult, b: SearchResult) => a.ref.source === b.ref.source && a.ref.id === b.ref.id;

function write(storage: KeyValueStorage, key: string, list: SearchResult[]): void {
  try {
    storage.setItem(key, JSON.stringify(list));
  } catch {
    // Storage full or disabled (private mode): history is a convenience, the pane still works.
  }
}

export function recentTables(storage: KeyValueStorage): SearchResult[] {
  return read(storage, RECENT_KEY);
}

/** Puts a table at the front of the recent list, keeping the newest RECENT_LIMIT. */
export function rememberTable(storage: KeyValueStorage, table: SearchResult): SearchResult[] {
  const list = [table, ...read(storage, RECENT_KEY).filter((r) => !same(r, table))].slice(0, RECENT_LIMIT);
  write(storage, RECENT_KEY, list);
  return list;
}

export function favouriteTables(storage: KeyValueStorage): SearchResult[] {
  return read(storage, FAVOURITES_KEY);
}

export function isFavourite(storage: KeyValueStorage, table: SearchResult): boolean {
  return read(storage, FAVOURITES_KEY).some((r) => same(r, table));
}

export function toggleFavourite(storage: KeyValueStorage, table: SearchResult): SearchResult[] {
  const list = read(storage, FAVOURITES_KEY);
  const next = list.some((r) => same(r, table)) ? list.filter((r) => !same(r, table)) : [...list, table];
  write(storage, FAVOURITES_KEY, next);
  return next;
}

/** A Storage stand-in for tests and for hosts where localStorage is unavailable. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}
