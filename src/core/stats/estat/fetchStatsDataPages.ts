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
 * getStatsData for one filter set, all pages or an error. Asks the count first (cntGetFlg=Y, with the
 * metadata), then fetches the pages concurrently (bounded) with metaGetFlg=N, each written at its own
 * offset so arrival order does not matter; a page that fails is retried, and one that keeps failing aborts
 * the others. Falls back to following NEXT_KEY when the server does not answer with a count.
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
  let requests = 1;
  const seen: CacheSeen = { stale: false };
  const countEnv = readStatsDataEnvelope(
    await transport.call(
      transport.url("getStatsData", q.appId, {
        ...base,
        cntGetFlg: "Y",
        metaGetFlg: "Y",
        limit: settings.pageSize,
      }),
      signal,
      seen,
    ),
  );
  let dims = countEnv.classInf !== undefined ? parseClassInf(countEnv.classInf, countEnv.lang) : [];
  const total = countEnv.page.total;
  const metaOpts = { fetchedAt, query: queryShown };
  // Called once every page has arrived, so `seen` covers them all.
  const metaOf = (env: StatsDataEnvelope, markers: MarkerInfo[]) => {
    const meta = buildMeta(env, metaOpts, markers);
    if (seen.stale) meta.staleCache = true;
    return meta;
  };
  if (countEnv.status === 1 || total === 0) {
    onProgress({ pagesDone: 0, pagesTotal: 0, rows: 0 });
    const table: TidyTable = {
      meta: metaOf(countEnv, []),
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
  const capacity = total ?? countEnv.values.length;
  let builder: TidyBuilder | undefined =
    dims.length > 0 ? new TidyBuilder(dims, countEnv.notes, capacity) : undefined;
  /** Without CLASS_INF (a proxy that strips it), the first page to arrive names the dimensions. */
  const builderFor = (env: StatsDataEnvelope): TidyBuilder => {
    if (!builder) {
      dims = dimensionsFromValues(env.values);
      builder = new TidyBuilder(dims, countEnv.notes, capacity);
    }
    return builder;
  };
  const notes = new Map(countEnv.notes.map((n) => [n.marker, n]));
  const addNotes = (env: StatsDataEnvelope) => {
    builderFor(env).addMarkers(env.notes);
    for (const n of env.notes) if (!notes.has(n.marker)) notes.set(n.marker, n);
  };

  if (total === undefined || countEnv.values.length > 0) {
    // The server ignored cntGetFlg (or sent no TOTAL_NUMBER): follow NEXT_KEY one page after another.
    let env = countEnv;
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
      table: { meta: metaOf(countEnv, [...notes.values()]), dimensions: dims, ...cols },
      issues: b.issues,
      requests,
    };
  }

  // Count known: fetch every page concurrently (bounded), each written at its own offset.
  const pagesTotal = Math.ceil(total / settings.pageSize);
  const inner = new AbortController();
  const onOuterAbort = () => inner.abort(signal?.reason);
  signal?.addEventListener("abort", onOuterAbort, { once: true });
  let pagesDone = 0;
  let rowsDone = 0;
  let failure: unknown;
  let nextPage = 0;
  let lastNextKey: number | undefined;

  async function loadPage(k: number): Promise<void> {
    const start = k * settings.pageSize + 1;
    const expected = Math.min(settings.pageSize, total! - start + 1);
    const u = transport.url("getStatsData", q.appId, {
      ...base,
      startPosition: start,
      limit: settings.pageSize,
      metaGetFlg: "N",
    });
    for (let attempt = 0; ; attempt++) {
      try {
        requests++;
        const env = readStatsDataEnvelope(await transport.call(u, inner.signal, seen));
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
        addNotes(env);
        builderFor(env).write(env.values, start - 1);
        if (k === pagesTotal - 1) lastNextKey = env.page.nextKey;
        return;
      } catch (e) {
        const final = e instanceof AppError && (e.code === "CANCELLED" || e.code === "PROXY_RATE_LIMIT");
        const fatal = e instanceof EstatStatusError || final || inner.signal.aborted;
        if (fatal || attempt >= settings.pageRetries) {
          if (final || e instanceof EstatStatusError) throw e;
          throw new AppError("ESTAT_PAGE_FAILED", `page ${k + 1}/${pagesTotal} failed`, {
            kind: "notAvailable",
            params: { page: k + 1, pages: pagesTotal, detail: describeError(e, "en") },
            cause: e,
          });
        }
      }
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
    table: { meta: metaOf(countEnv, [...notes.values()]), dimensions: dims, ...cols },
    issues: b.issues,
    requests,
  };
}
