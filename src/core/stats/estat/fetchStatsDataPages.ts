import { AppError } from "../../errors/AppError";
import { describeError } from "../../errors/messages";
import { redactUrl } from "../http/redactUrl";
import type { DimensionMeta, MarkerInfo } from "../table/types";
import { filterParams, type DimensionFilter } from "./buildUrl";
import { parseClassInf } from "./classInf";
import type { EstatProgress, StatsDataQuery, StatsDataResult } from "./createEstatClient";
import type { BodyReader, CacheSeen, EstatTransport } from "./estatTransport";
import { buildMeta, dimensionsFromValues, type StatsDataEnvelope } from "./parseStatsData";
import { EstatStatusError } from "./statusError";
import type { PageParsePool } from "./pageParsePool";
import { StatsDataStreamReader, type ParseTurn, type StatsDataPage } from "./statsDataStream";
import { TidyBuilder } from "./tidyBuilder";

export interface PagerSettings {
  concurrency: number;
  pageSize: number;
  pageRetries: number;
  maxRows: number;
  now: () => Date;
  /** Rows are parsed in pieces of about this many characters as they arrive (tests use small ones). */
  pieceChars?: number;
  /** Workers that parse pages 2… (see pageParsePool.ts); without, every page is parsed on this thread. */
  parsePool?: PageParsePool;
}

export const yn = (b: boolean | undefined) => (b === undefined ? undefined : b ? "Y" : "N");

/**
 * getStatsData for one filter set, all pages or an error. Page 1 is asked for at once, with the metadata (no
 * separate count request, issue 15). Every page is parsed as it arrives (StatsDataStreamReader) and written at
 * its own offset, so arrival order does not matter and parsing fills the gaps of the transfer. The other pages
 * are asked for as soon as page 1's first bytes give RESULT_INF.TOTAL_NUMBER, `concurrency` bodies on the wire
 * at once (page 1 counting as one), the next request leaving as soon as a body has arrived. Page 1's full parse
 * has the last word on the count: pages it does not need are dropped, pages it adds are fetched. A page that
 * fails is retried, and one that keeps failing aborts the others. Follows NEXT_KEY page by page when the
 * server sends no TOTAL_NUMBER.
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
  const size = settings.pageSize;
  const fetchedAt = settings.now().toISOString();
  const queryShown = redactUrl(transport.url("getStatsData", q.appId, base));
  const seen: CacheSeen = { stale: false };
  const urlAt = (startPosition: number) =>
    transport.url("getStatsData", q.appId, {
      ...base,
      startPosition,
      limit: size,
      ...(startPosition === 1 ? {} : { metaGetFlg: "N" }),
    });
  let requests = 0;

  let dims: DimensionMeta[] = [];
  let builder: TidyBuilder | undefined;
  let capacity = 0;
  const notes = new Map<string, MarkerInfo>();
  const newBuilder = () => (builder = new TidyBuilder(dims, [...notes.values()], capacity));
  /** Without CLASS_INF (a proxy that strips it), the first rows to arrive name the dimensions. */
  const write = (values: unknown[], offset: number) => {
    if (!builder && dims.length === 0) dims = dimensionsFromValues(values);
    (builder ?? newBuilder()).write(values, offset);
  };
  const addNotes = (markers: MarkerInfo[]) => {
    for (const n of markers) if (!notes.has(n.marker)) notes.set(n.marker, n);
    builder?.addMarkers(markers);
  };
  // Pages are parsed in page order (see ParseTurn): `turn` is the first page not finished yet.
  let turn = 0;
  const finished = new Set<number>();
  const turnWaiters = new Map<number, () => void>();
  const finish = (k: number) => {
    finished.add(k);
    while (finished.has(turn)) turn++;
    turnWaiters.get(turn)?.();
  };
  const turnOf = (k: number, pageSignal: AbortSignal): ParseTurn => ({
    now: () => turn === k,
    wait: () =>
      new Promise<void>((resolve, reject) => {
        if (pageSignal.aborted) return reject(pageSignal.reason);
        const onAbort = () => {
          turnWaiters.delete(k);
          reject(pageSignal.reason);
        };
        pageSignal.addEventListener("abort", onAbort, { once: true });
        turnWaiters.set(k, () => {
          turnWaiters.delete(k);
          pageSignal.removeEventListener("abort", onAbort);
          resolve();
        });
        if (turn === k) turnWaiters.get(k)!();
      }),
  });

  /** Reads one page (retried by the caller) with its rows at `offset`; `onHead` sees its first bytes. */
  const readPage = (
    url: string,
    offset: number,
    pageSignal: AbortSignal | undefined,
    onHead?: (env: StatsDataEnvelope) => void,
    turn?: ParseTurn,
    arrived?: () => void,
  ): Promise<StatsDataPage> => {
    requests++;
    return transport.callStream(url, pageSignal, seen, (o) => arrivalSeen(openReader(o), arrived));
    function openReader(o: { secrets: string[]; url: string }): BodyReader<StatsDataPage> {
      const here = () =>
        new StatsDataStreamReader(
          {
            head: (env) => onHead?.(env),
            notes: addNotes,
            rows: (values, at) => write(values, offset + at),
            rowsText: (text, start, at) => {
              // Without dimensions yet (no CLASS_INF), `write` names them from the rows.
              if (!builder && dims.length > 0) newBuilder();
              return builder?.writeText(text, start, offset + at)?.rows;
            },
          },
          { ...o, pieceChars: settings.pieceChars, turn },
        );
      // Pages after the first go to a parse worker when there is one (page 1 names the dimensions and the count).
      const remote =
        onHead === undefined && dims.length > 0
          ? settings.parsePool?.open({
              dims,
              markers: [...notes.values()],
              secrets: o.secrets,
              url: o.url,
              pieceChars: settings.pieceChars,
              rows: Math.max(0, Math.min(size, (total ?? size) - offset)),
            })
          : undefined;
      if (!remote) return here();
      return {
        write: (text: string) => remote.write(text),
        bytes: (chunk: Uint8Array) => remote.bytes(chunk),
        end: async () => {
          const r = await remote.end();
          // merged in page order, so code lists and issues come out as one thread makes them
          if (turn && !turn.now()) await turn.wait();
          addNotes(r.notes);
          (builder ?? newBuilder()).mergePage(r.cols, offset);
          return r.page;
        },
        whole: (body: unknown) => here().whole(body),
        dispose: () => remote.dispose(),
      };
    }
  };

  // The window: pages 2… run while page 1 is still arriving.
  const inner = new AbortController();
  const onOuterAbort = () => inner.abort(signal?.reason);
  signal?.addEventListener("abort", onOuterAbort, { once: true });
  let total: number | undefined;
  let pagesTotal = 1;
  let nextPage = 1;
  let failure: unknown;
  let pagesDone = 0;
  let rowsDone = 0;
  let lastNextKey: number | undefined;
  const running = new Set<Promise<void>>();
  /** Bodies on the wire: page 1's until it has arrived, then each page's from its request to its last byte. */
  let wire = 0;
  /** Takes a slot on the wire; the function returned gives it back (once) and asks for the next pages. */
  const onWire = (): (() => void) => {
    wire++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      wire--;
      fill();
    };
  };
  const pageControllers = new Map<number, AbortController>();
  let confirm!: (ok: boolean) => void;
  /** Resolves true once page 1's full parse has fixed the count (false: page 1 failed). */
  const confirmed = new Promise<boolean>((r) => (confirm = r));

  /** A page must be the rows asked for of the same table: else the table changed while loading. */
  function checkPage(page: StatsDataPage, k: number): void {
    const start = k * size + 1;
    const expected = Math.min(size, total! - start + 1);
    const info = page.env.page;
    if (info.total !== total || page.rows !== expected || (info.from !== undefined && info.from !== start)) {
      throw new AppError("ESTAT_PAGING_MISMATCH", "page does not fit", {
        params: {
          detail: `page ${k + 1}: rows ${info.from}–${info.to} (${page.rows}) of ${info.total}, expected ${start}– (${expected}) of ${total}`,
        },
      });
    }
  }

  const progress = () => onProgress({ pagesDone, pagesTotal, rows: rowsDone });

  async function loadPage(k: number, ac: AbortController, arrived: () => void): Promise<void> {
    const start = k * size + 1;
    try {
      await withRetries(settings, ac.signal, async () => {
        const page = await readPage(
          urlAt(start),
          start - 1,
          ac.signal,
          undefined,
          turnOf(k, ac.signal),
          arrived,
        );
        // a page that beat page 1 to the end is checked against the count page 1 confirms
        if (!(await confirmed) || k >= pagesTotal) return;
        checkPage(page, k);
        if (k === pagesTotal - 1) lastNextKey = page.env.page.nextKey;
        pagesDone++;
        rowsDone += page.rows;
        progress();
      });
    } catch (e) {
      if (k >= pagesTotal) return; // dropped: page 1 said the table is shorter
      if (isFinal(e)) throw e;
      throw new AppError("ESTAT_PAGE_FAILED", `page ${k + 1}/${pagesTotal} failed`, {
        kind: "notAvailable",
        params: { page: k + 1, pages: pagesTotal, detail: describeError(e, "en") },
        cause: e,
      });
    }
  }

  /** Page k from request to rows written; its slot on the wire is given back once its body has arrived. */
  async function runPage(k: number): Promise<void> {
    const ac = new AbortController();
    const onAbort = () => ac.abort(inner.signal.reason);
    inner.signal.addEventListener("abort", onAbort, { once: true });
    pageControllers.set(k, ac);
    const arrived = onWire();
    try {
      await loadPage(k, ac, arrived);
    } catch (e) {
      if (failure === undefined) failure = e;
      inner.abort(new Error("another page failed"));
    } finally {
      arrived(); // a page that failed or was dropped before its body arrived
      finish(k);
      pageControllers.delete(k);
      inner.signal.removeEventListener("abort", onAbort);
    }
  }
  /**
   * Asks for the next pages while fewer than `concurrency` bodies are on the wire (page 1 counting as one) and
   * few enough pages are unfinished: with parse workers twice `concurrency` (arrived bodies wait for a free
   * worker), without them `concurrency`, as this thread parses every page anyway and an early request would
   * only hold one more body as text.
   */
  const maxUnfinished = settings.parsePool ? 2 * settings.concurrency : settings.concurrency;
  const fill = () => {
    while (
      wire < settings.concurrency &&
      running.size < maxUnfinished &&
      nextPage < pagesTotal &&
      failure === undefined
    ) {
      const w: Promise<void> = runPage(nextPage++).finally(() => {
        running.delete(w);
        fill();
      });
      running.add(w);
    }
  };
  const drain = async () => {
    while (running.size > 0) await Promise.all([...running]);
  };

  const setTotal = (t: number) => {
    total = t;
    capacity = t;
    pagesTotal = Math.max(1, Math.ceil(t / size));
    // pages beyond a shorter count are dropped (their rows are cut off by finish)
    for (const [k, ac] of pageControllers) if (k >= pagesTotal) ac.abort(new Error("not part of the table"));
  };
  const onFirstHead = (env: StatsDataEnvelope) => {
    if (dims.length === 0 && env.classInf !== undefined) dims = parseClassInf(env.classInf, env.lang);
    const t = env.page.total;
    if (total !== undefined || t === undefined || env.status === 1 || t > settings.maxRows) return;
    setTotal(t);
    fill(); // page 1 holds one of the slots until its body has arrived
  };

  let first: StatsDataPage;
  try {
    const firstArrived = onWire();
    first = await withRetries(settings, signal, () =>
      readPage(urlAt(1), 0, signal, onFirstHead, undefined, firstArrived),
    );
    firstArrived();
    finish(0);
  } catch (e) {
    confirm(false);
    inner.abort(new Error("page 1 failed"));
    await drain();
    signal?.removeEventListener("abort", onOuterAbort);
    throw e;
  }
  const finalTotal = first.env.page.total;
  const metaOpts = { fetchedAt, query: queryShown };
  // Called once every page has arrived, so `seen` covers them all.
  const metaOf = (markers: MarkerInfo[]) => {
    const meta = buildMeta(first.env, metaOpts, markers);
    if (seen.stale) meta.staleCache = true;
    return meta;
  };
  const table = (rowCount: number): StatsDataResult => {
    const b = builder ?? new TidyBuilder(dims, [...notes.values()], 0);
    const cols = b.finish(rowCount);
    return {
      table: { meta: metaOf([...notes.values()]), dimensions: dims, ...cols },
      issues: b.issues,
      requests,
    };
  };

  try {
    if (
      first.env.status === 1 ||
      finalTotal === 0 ||
      finalTotal === undefined ||
      finalTotal > settings.maxRows
    ) {
      confirm(false);
      inner.abort(new Error("page 1 decides"));
      await drain();
      if (first.env.status === 1 || finalTotal === 0) {
        onProgress({ pagesDone: 0, pagesTotal: 0, rows: 0 });
        return { ...table(0), requests };
      }
      if (finalTotal !== undefined)
        throw new AppError("ESTAT_TOO_MANY_PAGES", `Table has ${finalTotal} rows`, {
          params: { rows: finalTotal, maxRows: settings.maxRows },
        });
      if (total !== undefined)
        throw new AppError("ESTAT_PAGING_MISMATCH", "TOTAL_NUMBER vanished", {
          params: { detail: `page 1 first said ${total} rows, then none` },
        });
      return await followNextKeys(first);
    }
    // The full parse of page 1 wins over its early look.
    if (finalTotal !== total) setTotal(finalTotal);
    checkPage(first, 0);
    if (pagesTotal === 1) lastNextKey = first.env.page.nextKey;
    pagesDone++;
    rowsDone += first.rows;
    progress();
    confirm(true);
    fill();
    await drain();
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
  return table(total!);

  /** The server sent no TOTAL_NUMBER: follow NEXT_KEY one page after another. */
  async function followNextKeys(page: StatsDataPage): Promise<StatsDataResult> {
    let offset = page.rows;
    const maxPages = Math.ceil(settings.maxRows / size) + 1;
    for (let n = 1; ; n++) {
      onProgress({
        pagesDone: n,
        pagesTotal: page.env.page.nextKey === undefined ? n : n + 1,
        rows: offset,
      });
      const next = page.env.page.nextKey;
      if (next === undefined) break;
      if (n >= maxPages)
        throw new AppError("ESTAT_TOO_MANY_PAGES", "NEXT_KEY loop too long", {
          params: { rows: offset, maxRows: settings.maxRows },
        });
      if (next <= offset) {
        throw new AppError("ESTAT_PAGING_MISMATCH", "NEXT_KEY does not advance", {
          params: { detail: `NEXT_KEY ${next} after ${offset} rows` },
        });
      }
      page = await readPage(urlAt(next), offset, signal);
      offset += page.rows;
    }
    return table(offset);
  }
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

/** The reader with `arrived` called when its body has all arrived (the transport asks for the end). */
function arrivalSeen<T>(reader: BodyReader<T>, arrived: (() => void) | undefined): BodyReader<T> {
  if (!arrived) return reader;
  return {
    write: (text) => reader.write(text),
    bytes: reader.bytes && ((chunk) => reader.bytes!(chunk)),
    end: () => {
      arrived();
      return reader.end();
    },
    whole: (body) => {
      arrived();
      return reader.whole(body);
    },
    dispose: () => reader.dispose?.(),
  };
}
