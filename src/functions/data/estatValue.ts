// SME.ESTATVALUE batching. Cells asking a table that no fresh cached slice covers are queued for a short
// window (one Excel calculation hands them over within milliseconds), grouped by statsDataId and fetched
// with one getStatsData whose code filters are the union of the cells' codes (the client splits lists at
// 100 codes). Every cell is then answered from that one table. Cached slices answer with no request.
import { AppError } from "../../core/errors/AppError";
import type { TidyTable } from "../../core/stats/table/types";
import { MAX_REQUESTS_PER_QUERY, requestCount, type EstatFilters } from "./filters";
import { lookupValue } from "./lookup";
import {
  addRefreshListener,
  addRefreshPlanner,
  asNotAvailable,
  cachedEntry,
  coolingDown,
  dataState,
  getTable,
  isFresh,
  markSliceUsed,
  type DataState,
  type QuerySpec,
} from "./runtime";
import type { Selection } from "./selectors";
import { estatKey, sliceOfKey } from "./slices";

export interface ValueResult {
  value: number;
  table: TidyTable;
  stale: boolean;
}

interface Waiter {
  sel: Selection;
  signal?: AbortSignal;
  settled: boolean;
  resolve(r: ValueResult): void;
  reject(e: unknown): void;
}

interface Queue {
  groups: Map<string, Waiter[]>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const queues = new WeakMap<DataState, Queue>();

function queueOf(s: DataState): Queue {
  let q = queues.get(s);
  if (!q) queues.set(s, (q = { groups: new Map(), timer: undefined }));
  return q;
}

function cancelled(signal: AbortSignal): AppError {
  return new AppError("CANCELLED", "ESTATVALUE cancelled", {
    kind: "notAvailable",
    params: { url: "" },
    cause: signal.reason,
  });
}

/**
 * The union of the cells' codes per dimension that every cell names; dimensions some cell leaves open are
 * not filtered. Lists too long to fetch in MAX_REQUESTS_PER_QUERY requests are dropped, longest first.
 */
export function combineSelections(sels: Selection[]): EstatFilters {
  const dims = new Map<string, Set<string>>();
  if (sels.length === 0) return {};
  for (const [d] of sels[0]) dims.set(d, new Set());
  for (const sel of sels) {
    for (const d of [...dims.keys()]) {
      const c = sel.get(d);
      if (c === undefined) dims.delete(d);
      else dims.get(d)!.add(c);
    }
  }
  const filters: EstatFilters = {};
  for (const [d, codes] of dims) filters[d] = { cd: [...codes].sort() };
  while (requestCount(filters) > MAX_REQUESTS_PER_QUERY) {
    const longest = Object.entries(filters).sort(
      (a, b) => (b[1].cd?.length ?? 0) - (a[1].cd?.length ?? 0),
    )[0];
    delete filters[longest[0]];
  }
  return filters;
}

function answer(w: Waiter, table: TidyTable, stale: boolean): void {
  if (w.settled) return;
  w.settled = true;
  try {
    w.resolve({ value: lookupValue(table, w.sel).value, table, stale });
  } catch (e) {
    w.reject(e);
  }
}

/** A covering cached slice, freshest first; `anyAge` also accepts expired copies (after a failure). */
async function fromSlices(
  s: DataState,
  statsDataId: string,
  sel: Selection,
  anyAge: boolean,
): Promise<{ key: string; table: TidyTable; fresh: boolean } | undefined> {
  for (const slice of s.slices.covering(statsDataId, sel)) {
    const e = await cachedEntry(s, slice.key);
    if (!e) {
      s.slices.remove(slice.key); // evicted from the cache since the index was read
      continue;
    }
    const fresh = isFresh(s, e);
    if (fresh || anyAge) return { key: slice.key, table: e.table, fresh };
  }
  return undefined;
}

async function flushGroup(s: DataState, statsDataId: string, waiters: Waiter[]): Promise<void> {
  const live = waiters.filter((w) => !w.settled);
  if (live.length === 0) return;
  const filters = combineSelections(live.map((w) => w.sel));
  const spec: QuerySpec = { source: "estat", statsDataId, filters };
  const controller = new AbortController();
  let open = live.length;
  for (const w of live) {
    w.signal?.addEventListener(
      "abort",
      () => {
        if (--open === 0) controller.abort(w.signal?.reason);
      },
      { once: true },
    );
  }
  try {
    const r = await getTable(spec, { force: true, signal: controller.signal, register: false });
    markSliceUsed(s, statsDataId, r.key);
    for (const w of live) answer(w, r.table, r.stale);
  } catch (error) {
    for (const w of live) {
      if (w.settled) continue;
      const old = await fromSlices(s, statsDataId, w.sel, true).catch(() => undefined);
      if (old) {
        markSliceUsed(s, statsDataId, old.key);
        answer(w, old.table, true);
      } else {
        w.settled = true;
        w.reject(error);
      }
    }
  }
}

function flush(s: DataState): void {
  const q = queueOf(s);
  q.timer = undefined;
  const groups = q.groups;
  q.groups = new Map();
  for (const [id, waiters] of groups) void flushGroup(s, id, waiters);
}

/**
 * One ESTATVALUE: from a fresh covering slice at once, else through the batch. A table whose last
 * download failed moments ago is not retried (the cached copy, or that error, is the answer).
 */
export async function estatValue(
  statsDataId: string,
  sel: Selection,
  signal?: AbortSignal,
): Promise<ValueResult> {
  const s = dataState();
  await s.slices.ensureLoaded(s.cache);
  const hit = await fromSlices(s, statsDataId, sel, false);
  if (hit) {
    markSliceUsed(s, statsDataId, hit.key);
    return { value: lookupValue(hit.table, sel).value, table: hit.table, stale: false };
  }
  const cooling = coolingDown(s, `estat:${statsDataId}`);
  if (cooling) {
    const old = await fromSlices(s, statsDataId, sel, true);
    if (old) return { value: lookupValue(old.table, sel).value, table: old.table, stale: true };
    throw asNotAvailable(cooling.error);
  }
  if (signal?.aborted) throw cancelled(signal);
  return new Promise<ValueResult>((resolve, reject) => {
    const w: Waiter = { sel, signal, settled: false, resolve, reject };
    signal?.addEventListener(
      "abort",
      () => {
        if (w.settled) return;
        w.settled = true;
        reject(cancelled(signal));
      },
      { once: true },
    );
    const q = queueOf(s);
    const list = q.groups.get(statsDataId);
    if (list) list.push(w);
    else q.groups.set(statsDataId, [w]);
    q.timer ??= setTimeout(() => flush(s), s.cfg.batchDelayMs);
  });
}

/** Refresh: the slices used of each table merged into one query (unless an unfiltered SME.ESTAT covers it). */
function mergedSlices(s: DataState): QuerySpec[] {
  const out: QuerySpec[] = [];
  for (const [id, keys] of s.usedSlices) {
    if (s.used.has(estatKey(id, {}))) continue;
    const slices = [...keys].map((k) => sliceOfKey(k, 0)).filter((x) => x !== undefined);
    if (slices.length === 0) continue;
    const filters: EstatFilters = {};
    const dims = [...slices[0].codes.keys()].filter((d) => slices.every((sl) => sl.codes.has(d)));
    for (const d of dims)
      filters[d] = { cd: [...new Set(slices.flatMap((sl) => [...sl.codes.get(d)!]))].sort() };
    while (requestCount(filters) > MAX_REQUESTS_PER_QUERY) {
      const longest = Object.keys(filters).sort((a, b) => filters[b].cd!.length - filters[a].cd!.length)[0];
      delete filters[longest];
    }
    out.push({ source: "estat", statsDataId: id, filters });
  }
  return out;
}

/** After a refresh the merged slice replaces the ones it covers (they are dropped from the cache too). */
async function replaceSlices(s: DataState, results: Map<string, unknown>): Promise<void> {
  for (const [id, keys] of [...s.usedSlices]) {
    const unfiltered = estatKey(id, {});
    const mergedKey = s.used.has(unfiltered)
      ? unfiltered
      : [...results.keys()].find((k) => sliceOfKey(k, 0)?.statsDataId === id && !s.used.has(k));
    if (!mergedKey || !results.get(mergedKey) || (results.get(mergedKey) as { stale: boolean }).stale)
      continue;
    for (const k of keys) {
      if (k === mergedKey || s.used.has(k)) continue;
      s.slices.remove(k);
      await s.cache.delete(k).catch(() => undefined);
      s.memo.delete(k);
    }
    s.usedSlices.set(id, new Set([mergedKey]));
  }
}

addRefreshPlanner(mergedSlices);
addRefreshListener(replaceSlices);
