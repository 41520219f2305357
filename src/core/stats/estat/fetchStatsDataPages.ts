import { AppError } from "../../errors/AppError";
import { describeError } from "../../errors/messages";
import { redactUrl } from "../http/redactUrl";
import type { MarkerInfo, TidyTable } from "../table/types";
import { filterParams, type DimensionFilter } from "./buildUrl";
import { parseClassInf } from "./classInf";
import type { EstatProgress, StatsDataQuery, StatsDataResult } from "./createEstatClient";
import type { CacheSeen, EstatTransport } from "./estatTransport";
import {
  buildMeta,
  dimensionsFromValues,
  readStatsDataEnvelope,
  type StatsDataEnvelope,
} from "./parseStatsData";
import { EstatStatusError } from "./statusError";
import { TidyBuilder } from "./tidyBuilder";

export interface PagerSettings {
  concurrency: number;
  pageSize: number;
  pageRetries: number;
  maxRows: number;
  now: () => Date;
}

export const yn = (b: boolean | undefined) => (b === undefined ? undefined : b ? "Y" : "N");

/**
 * getStatsData for one filter set, all pages or an error. Page 1 is asked for at once, with the metadata
 * (no separate count request: its RESULT_INF.TOTAL_NUMBER says how many pages follow, issue 15); the other
 * pages are then fetched concurrently (bounded) with metaGetFlg=N, each parsed as it arrives and written
 * at its own offset so arrival order does not matter; a page that fails is retried, and one that keeps
 * failing aborts the others. Follows NEXT_KEY page by page when the server sends no TOTAL_NUMBER.
 */
export async function fetchStatsDataPages(
  transport: EstatTransport,
  settings: PagerSettings,
  q: StatsDataQuery,
  filters: Record<string, DimensionFilter | undefined>,
  signal: AbortSignal | undefined,
  onProgress: (p: EstatProgress) => void,
): Promise<StatsDataResult> {
  const base = {
    statsDataId: q.statsDataId,
    dataSetId: q.dataSetId,
    ...filterParams(filters),
    annotationGetFlg: yn(q.annotationGetFlg),
    explanationGetFlg: yn(q.explanationGetFlg),
  };
  const fetchedAt = settings.now().toISOString();
  const queryShown = redactUrl(transport.url("getStatsData", q.appId, base));
  const seen: CacheSeen = { stale: false };
  // Page 1 (with the metadata) is retried like the others; its error stays the transport's own (NETWORK,
  // TIMEOUT, a STATUS), as the count request's was: nothing has been loaded yet.
  let requests = 0;
  const firstUrl = transport.url("getStatsData", q.appId, {
    ...base,
    startPosition: 1,
    limit: settings.pageSize,
  });
  const first = await withRetries(settings, signal, async () => {
    requests++;
    return readStatsDataEnvelope(await transport.call(firstUrl, signal, seen));
  });
  let dims = first.classInf !== undefined ? parseClassInf(first.classInf, first.lang) : [];
  const total = first.page.total;
  const metaOpts = { fetchedAt, query: queryShown };
  // Called once every page has arrived, so `seen` covers them all.
  const metaOf = (env: StatsDataEnvelope, markers: MarkerInfo[]) => {
    const meta = buildMeta(env, metaOpts, markers);
    if (seen.stale) meta.staleCache = true;
    return meta;
  };
  if (first.status === 1 || total === 0) {
    onProgress({ pagesDone: 0, pagesTotal: 0, rows: 0 });
    const table: TidyTable = {
      meta: metaOf(first, []),
      dimensions: dims,
      rowCount: 0,
      codes: dims.map(() => []),
      values: [],
      markers: [],
      units: [],
    };
    return { table, issues: [], requests };
  }
  if (total !== undefined && total > settings.maxRows) {
    throw new AppError("ESTAT_TOO_MANY_PAGES", `Table has ${total} rows`, {
      params: { rows: total, maxRows: settings.maxRows },
    });
  }
  const capacity = total ?? first.values.length;
  let builder: TidyBuilder | undefined =
    dims.length > 0 ? new TidyBuilder(dims, first.notes, capacity) : undefined;
  /** Without CLASS_INF (a proxy that strips it), the first page to arrive names the dimensions. */
  const builderFor = (env: StatsDataEnvelope): TidyBuilder => {
    if (!builder) {
      dims = dimensionsFromValues(env.values);
      builder = new TidyBuilder(dims, first.notes, capacity);
    }
    return builder;
  };
  const notes = new Map(first.notes.map((n) => [n.marker, n]));
  const addNotes = (env: StatsDataEnvelope) => {
    builderFor(env).addMarkers(env.notes);
    for (const n of env.notes) if (!notes.has(n.marker)) notes.set(n.marker, n);
  };

  if (total === undefined) {
    // The server sent no TOTAL_NUMBER: follow NEXT_KEY one page after another.
    let env = first;
    let offset = 0;
    const maxPages = Math.ceil(settings.maxRows / settings.pageSize) + 1;
    for (let page = 1; ; page++) {
      if (env.values.length === 0 && page === 1) {
        env = readStatsDataEnvelope(
          await transport.call(
            transport.url("getStatsData", q.appId, { ...base, startPosition: 1, limit: settings.pageSize }),
            signal,
            seen,
          ),
        );
        requests++;
      }
      addNotes(env);
      builderFor(env).write(env.values, offset);
      offset += env.values.length;
      onProgress({
        pagesDone: page,
        pagesTotal: env.page.nextKey === undefined ? page : page + 1,
        rows: offset,
      });
      if (env.page.nextKey === undefined) break;
      if (page >= maxPages)
        throw new AppError("ESTAT_TOO_MANY_PAGES", "NEXT_KEY loop too long", {
          params: { rows: offset, maxRows: settings.maxRows },
        });
      const next = env.page.nextKey;
      if (next <= offset) {
        throw new AppError("ESTAT_PAGING_MISMATCH", "NEXT_KEY does not advance", {
          params: { detail: `NEXT_KEY ${next} after ${offset} rows` },
        });
      }
      env = readStatsDataEnvelope(
        await transport.call(
          transport.url("getStatsData", q.appId, {
            ...base,
            startPosition: next,
            limit: settings.pageSize,
            metaGetFlg: "N",
          }),
          signal,
          seen,
        ),
      );
      requests++;
    }
    const b = builderFor(env);
    const cols = b.finish(offset);
    return {
      table: { meta: metaOf(first, [...notes.values()]), dimensions: dims, ...cols },
      issues: b.issues,
      requests,
    };
  }

  // Count known: page 1 is here; fetch the others concurrently (bounded), each written at its own offset.
  const pagesTotal = Math.ceil(total / settings.pageSize);
  let failure: unknown;
  let lastNextKey: number | undefined;
  checkPage(first, 0);
  addNotes(first);
  builderFor(first).write(first.values, 0);
  if (pagesTotal === 1) lastNextKey = first.page.nextKey;
  let pagesDone = 1;
  let rowsDone = first.values.length;
  let nextPage = 1;
  onProgress({ pagesDone, pagesTotal, rows: rowsDone });
  const inner = new AbortController();
  const onOuterAbort = () => inner.abort(signal?.reason);
  signal?.addEventListener("abort", onOuterAbort, { once: true });

  /** A page must be the rows asked for of the same table: else the table changed while loading. */
  function checkPage(env: StatsDataEnvelope, k: number): void {
    const start = k * settings.pageSize + 1;
    const expected = Math.min(settings.pageSize, total! - start + 1);
    if (
      env.page.total !== total ||
      env.values.length !== expected ||
      (env.page.from !== undefined && env.page.from !== start)
    ) {
      throw new AppError("ESTAT_PAGING_MISMATCH", "page does not fit", {
        params: {
          detail: `page ${k + 1}: rows ${env.page.from}–${env.page.to} (${env.values.length}) of ${env.page.total}, expected ${start}– (${expected}) of ${total}`,
        },
      });
    }
  }

  async function loadPage(k: number): Promise<void> {
    const start = k * settings.pageSize + 1;
    const u = transport.url("getStatsData", q.appId, {
      ...base,
      startPosition: start,
      limit: settings.pageSize,
      metaGetFlg: "N",
    });
    try {
      await withRetries(settings, inner.signal, async () => {
        requests++;
        const env = readStatsDataEnvelope(await transport.call(u, inner.signal, seen));
        checkPage(env, k);
        addNotes(env);
        builderFor(env).write(env.values, start - 1);
        if (k === pagesTotal - 1) lastNextKey = env.page.nextKey;
      });
    } catch (e) {
      if (isFinal(e)) throw e;
      throw new AppError("ESTAT_PAGE_FAILED", `page ${k + 1}/${pagesTotal} failed`, {
        kind: "notAvailable",
        params: { page: k + 1, pages: pagesTotal, detail: describeError(e, "en") },
        cause: e,
      });
    }
  }

  async function worker(): Promise<void> {
    while (failure === undefined) {
      const k = nextPage++;
      if (k >= pagesTotal) return;
      try {
        await loadPage(k);
      } catch (e) {
        if (failure === undefined) failure = e;
        inner.abort(new Error("another page failed"));
        return;
      }
      pagesDone++;
      rowsDone += Math.min(settings.pageSize, total! - k * settings.pageSize);
      onProgress({ pagesDone, pagesTotal, rows: rowsDone });
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, pagesTotal) }, worker));
  } finally {
    signal?.removeEventListener("abort", onOuterAbort);
  }
  if (failure !== undefined) {
    if (signal?.aborted && !(failure instanceof AppError && failure.code === "ESTAT_PAGE_FAILED")) {
      throw new AppError("CANCELLED", "getStatsData cancelled", {
        kind: "notAvailable",
        params: { url: queryShown },
        cause: failure,
      });
    }
    throw failure;
  }
  if (lastNextKey !== undefined) {
    throw new AppError("ESTAT_PAGING_MISMATCH", "last page has NEXT_KEY", {
      params: { detail: `the last page points on to row ${lastNextKey}; TOTAL_NUMBER was ${total}` },
    });
  }
  const b = builder!;
  const cols = b.finish(total);
  return {
    table: { meta: metaOf(first, [...notes.values()]), dimensions: dims, ...cols },
    issues: b.issues,
    requests,
  };
}

/** An error no retry can mend: a cancellation, the organisation proxy's limit, or e-Stat's own STATUS. */
function isFinal(e: unknown): boolean {
  return (
    e instanceof EstatStatusError ||
    (e instanceof AppError && (e.code === "CANCELLED" || e.code === "PROXY_RATE_LIMIT"))
  );
}

/** Runs one page's request, again up to `pageRetries` times unless the error is final or the load was aborted. */
async function withRetries<T>(
  settings: PagerSettings,
  signal: AbortSignal | undefined,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let k = 0; ; k++) {
    try {
      return await attempt();
    } catch (e) {
      if (isFinal(e) || signal?.aborted || k >= settings.pageRetries) throw e;
    }
  }
}
