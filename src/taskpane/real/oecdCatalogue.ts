import {
  BUNDLED_DATAFLOWS,
  flowRefOf,
  mergeCatalogue,
  searchCatalogue,
  type DataflowEntry,
} from "../../core/stats/oecd/catalogue";
import type { OecdClient } from "../../core/stats/oecd";
import type { KeyValueStorage, SearchResult } from "../actions";

/** Where a refreshed catalogue is kept (the add-in's local storage; a few hundred KB for ~1,500 flows). */
const KEY = "sme-toolkit.oecd-catalogue";

interface Saved {
  refreshedAt: string;
  entries: DataflowEntry[];
}

function saved(storage: KeyValueStorage): Saved | null {
  try {
    const s = JSON.parse(storage.getItem(KEY) ?? "null") as Saved | null;
    return s && Array.isArray(s.entries) ? s : null;
  } catch {
    return null; // a damaged copy: the bundled catalogue still works
  }
}

/** The refreshed catalogue when there is one, else the bundled one. */
export function oecdCatalogue(storage: KeyValueStorage): {
  entries: readonly DataflowEntry[];
  refreshedAt?: string;
} {
  const s = saved(storage);
  return s ? { entries: s.entries, refreshedAt: s.refreshedAt } : { entries: BUNDLED_DATAFLOWS };
}

/** Downloads the live list of dataflows and keeps it merged with our Japanese names. */
export async function refreshOecdCatalogue(
  oecd: OecdClient,
  storage: KeyValueStorage,
  now: () => Date,
): Promise<{ count: number; refreshedAt: string }> {
  const live = await oecd.listDataflows();
  const entries = mergeCatalogue(BUNDLED_DATAFLOWS, live);
  const refreshedAt = now().toISOString();
  storage.setItem(KEY, JSON.stringify({ refreshedAt, entries } satisfies Saved));
  return { count: entries.length, refreshedAt };
}

/** Catalogue search as search results: the Japanese name first where we have one, the OECD's name beside it. */
export function searchOecdCatalogue(entries: readonly DataflowEntry[], query: string): SearchResult[] {
  return searchCatalogue(entries, query).map((e) => ({
    ref: { source: "OECD", id: flowRefOf(e) },
    title: e.nameJa ?? e.nameEn,
    survey: e.nameJa ? e.nameEn : undefined,
  }));
}
