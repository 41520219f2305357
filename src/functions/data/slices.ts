// Which cached e-Stat downloads hold which codes. ESTATVALUE fetches "slices" of a table (code-list filters
// only); a later cell is answered from any slice that covers its selection, whatever batch fetched it, so
// recalculation and a restart cost no request. The index is rebuilt from the persisted cache keys.
import { cacheKey } from "../../core/stats/cache/queryKey";
import type { TableCache } from "../../core/stats/cache/tableCache";
import { filterParams, isFilterDimension } from "../../core/stats/estat/buildUrl";
import type { EstatFilters } from "./filters";
import type { Selection } from "./selectors";

export interface Slice {
  key: string;
  statsDataId: string;
  /** Filtered dimension → the codes it was limited to. Unfiltered dimensions are absent (all codes). */
  codes: Map<string, Set<string>>;
  fetchedAtMs: number;
}

const PREFIX = "estat:getStatsData?";

export function estatKey(statsDataId: string, filters: EstatFilters): string {
  return cacheKey("estat", "getStatsData", { statsDataId, ...filterParams(filters) });
}

/** A cache key back to a slice; undefined for keys with level/range filters or other parameters. */
export function sliceOfKey(key: string, fetchedAtMs: number): Slice | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  let statsDataId: string | undefined;
  const codes = new Map<string, Set<string>>();
  for (const part of key.slice(PREFIX.length).split("&")) {
    const eq = part.indexOf("=");
    if (eq < 0) return undefined;
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(part.slice(0, eq));
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      return undefined;
    }
    if (name === "statsDataId") statsDataId = value;
    else if (name.startsWith("cd") && isFilterDimension(name.slice(2).toLowerCase()))
      codes.set(name.slice(2).toLowerCase(), new Set(value.split(",")));
    else return undefined;
  }
  return statsDataId ? { key, statsDataId, codes, fetchedAtMs } : undefined;
}

export function sliceCovers(slice: Slice, sel: Selection): boolean {
  for (const [dim, codes] of slice.codes) {
    const c = sel.get(dim);
    if (c === undefined || !codes.has(c)) return false;
  }
  return true;
}

export class SliceIndex {
  private byId = new Map<string, Map<string, Slice>>();
  private loading: Promise<void> | undefined;

  /** Reads the persisted cache's keys once per runtime. */
  ensureLoaded(cache: TableCache): Promise<void> {
    this.loading ??= cache.entries().then(
      (entries) => {
        for (const e of entries) {
          const s = sliceOfKey(e.key, Date.parse(e.fetchedAt));
          if (s && !this.byId.get(s.statsDataId)?.has(s.key)) this.put(s);
        }
      },
      () => undefined,
    );
    return this.loading;
  }

  private put(s: Slice): void {
    let m = this.byId.get(s.statsDataId);
    if (!m) this.byId.set(s.statsDataId, (m = new Map()));
    m.set(s.key, s);
  }

  add(key: string, fetchedAtMs: number): void {
    const s = sliceOfKey(key, fetchedAtMs);
    if (s) this.put(s);
  }

  remove(key: string): void {
    for (const m of this.byId.values()) m.delete(key);
  }

  get(key: string): Slice | undefined {
    for (const m of this.byId.values()) {
      const s = m.get(key);
      if (s) return s;
    }
    return undefined;
  }

  /** Slices of the table that hold the selection, most recently fetched first. */
  covering(statsDataId: string, sel: Selection): Slice[] {
    const m = this.byId.get(statsDataId);
    if (!m) return [];
    return [...m.values()].filter((s) => sliceCovers(s, sel)).sort((a, b) => b.fetchedAtMs - a.fetchedAtMs);
  }
}
