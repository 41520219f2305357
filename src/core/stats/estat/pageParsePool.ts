// Parse workers for getStatsData pages (issue 15: paging bounded by the network, not by us). One thread
// cannot reach the goal: nothing can be parsed before page 1 arrives, and the other pages cannot arrive
// before a second round trip, so one thread takes at least two round trips + nine tenths of the parse floor.
// With pages 2… parsed in workers, the main thread only receives text, hands it on, and copies each page's
// finished columns into the table (PageColumns: typed arrays, moved without a copy).
//
// This file is the protocol and both of its ends, with no thread API of its own: the environment supplies
// the workers (src/cli/estatPageWorkers.ts with node:worker_threads; a browser would use Web Workers).
// The main end is `createPageParsePool`; the worker end is `servePageParses`.
import { AppError } from "../../errors/AppError";
import type { DimensionMeta, MarkerInfo } from "../table/types";
import { utf8Decoder } from "../http/createHttpClient";
import { EstatStatusError } from "./statusError";
import { StatsDataStreamReader, type StatsDataPage } from "./statsDataStream";
import { TidyBuilder, type PageColumns } from "./tidyBuilder";

/** A worker as the pool sees it: messages both ways, and word when it dies. */
export interface PageWorkerPort {
  /** Sends a message, moving the buffers in `transfer`. */
  postMessage(message: ToWorker, transfer?: ArrayBuffer[]): void;
  /** Called once: `onMessage` for every message from the worker, `onGone` if the worker fails or exits. */
  listen(onMessage: (message: FromWorker) => void, onGone: (error: Error) => void): void;
  terminate(): void;
}

/** What a page's parse needs: the table's dimensions and markers so far, and how to word its errors. */
export interface PageJob {
  dims: DimensionMeta[];
  markers: MarkerInfo[];
  secrets: string[];
  url: string;
  pieceChars?: number;
  /** Rows the page is expected to hold: the worker's columns are made that long at once. */
  rows: number;
}

export interface PageParseResult {
  page: StatsDataPage;
  /** The page's DATA_INF.NOTE markers. */
  notes: MarkerInfo[];
  cols: PageColumns;
}

/** One page being parsed in a worker: its text goes in as it arrives, its columns come out at the end. */
export interface RemotePageParse {
  /** Hands on a piece of the body; throws the worker's error once one has come back (the attempt ends). */
  write(text: string): void;
  /** The same as raw UTF-8, decoded in the worker (a copy is moved there). */
  bytes(chunk: Uint8Array): void;
  end(): Promise<PageParseResult>;
  /** The attempt is over (given up, retried, cancelled): the worker forgets the page. */
  dispose(): void;
}

export interface PageParsePool {
  /** A page to parse in a worker; undefined when the pool has no worker to give (closed, or one died). */
  open(job: PageJob): RemotePageParse | undefined;
  /** Ends the workers; pages still open fail. */
  close(): void;
}

export type ToWorker =
  | ({ t: "open"; id: number } & PageJob)
  | { t: "text"; id: number; text: string }
  | { t: "bytes"; id: number; bytes: Uint8Array }
  | { t: "end"; id: number }
  | { t: "drop"; id: number };

export type FromWorker =
  | { t: "ready"; id?: undefined }
  | { t: "done"; id: number; result: PageParseResult }
  | { t: "fail"; id: number; error: WireError };

/** An error as it crosses to the main thread, to be made again with its class (retries depend on it). */
export interface WireError {
  message: string;
  code?: string;
  kind?: AppError["kind"];
  params?: Record<string, string | number>;
  status?: number;
  errorMsg?: string;
  httpStatus?: number;
}

export function toWire(e: unknown): WireError {
  if (e instanceof EstatStatusError)
    return { message: e.message, status: e.status, errorMsg: e.errorMsg, httpStatus: e.httpStatus };
  if (e instanceof AppError) return { message: e.message, code: e.code, kind: e.kind, params: e.params };
  return { message: e instanceof Error ? e.message : String(e) };
}

export function fromWire(w: WireError): Error {
  if (w.status !== undefined)
    return new EstatStatusError(w.status, w.errorMsg ?? "", { httpStatus: w.httpStatus });
  if (w.code !== undefined) return new AppError(w.code, w.message, { kind: w.kind, params: w.params });
  return new Error(w.message);
}

/** The buffers of a page's columns, moved (not copied) to the main thread. */
export function transferList(cols: PageColumns): ArrayBuffer[] {
  return [cols.values, cols.markers, cols.units, ...cols.codes].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The worker's end: parses each page it is given with the same reader and row kernels as the main thread,
 * into a builder of its own, and sends back the page's columns. `post` sends a message (moving `transfer`).
 */
export function servePageParses(
  post: (message: FromWorker, transfer: ArrayBuffer[]) => void,
): (message: ToWorker) => void {
  interface Job {
    reader: StatsDataStreamReader;
    decode: (bytes?: Uint8Array) => string;
    builder: TidyBuilder;
    notes: MarkerInfo[];
  }
  const jobs = new Map<number, Job>();
  // the worker's first word: its script ran this far (see createPageParsePool's startTimeoutMs)
  post({ t: "ready" }, []);
  const fail = (id: number, e: unknown) => {
    jobs.delete(id);
    post({ t: "fail", id, error: toWire(e) }, []);
  };
  return (m) => {
    if (m.t === "open") {
      // the page's own builder: a table's worth of issues, so the main thread keeps the same first 200
      const builder = new TidyBuilder(m.dims, m.markers, m.rows, 10_000);
      const notes: MarkerInfo[] = [];
      const reader = new StatsDataStreamReader(
        {
          head: () => {},
          notes: (markers) => {
            notes.push(...markers);
            builder.addMarkers(markers);
          },
          rows: (values, at) => builder.write(values, at),
          rowsText: (text, start, at) => builder.writeText(text, start, at)?.rows,
        },
        { secrets: m.secrets, url: m.url, pieceChars: m.pieceChars },
      );
      jobs.set(m.id, { reader, builder, notes, decode: utf8Decoder() });
      return;
    }
    const job = jobs.get(m.id);
    if (m.t === "drop" || !job) {
      jobs.delete(m.id);
      return;
    }
    if (m.t === "text" || m.t === "bytes") {
      try {
        const text = m.t === "text" ? m.text : job.decode(m.bytes);
        if (text) job.reader.write(text);
      } catch (e) {
        fail(m.id, e);
      }
      return;
    }
    jobs.delete(m.id);
    const rest = job.decode();
    if (rest) {
      try {
        job.reader.write(rest);
      } catch (e) {
        return fail(m.id, e);
      }
    }
    job.reader.end().then(
      (page) => {
        const cols = job.builder.exportPage(page.rows);
        post({ t: "done", id: m.id, result: { page, notes: job.notes, cols } }, transferList(cols));
      },
      (e: unknown) => fail(m.id, e),
    );
  };
}

/**
 * The main thread's end: up to `size` workers, started when first needed, each page given to the one with
 * the fewest pages open. A worker that dies fails its open pages (the pager retries them) and closes the pool
 * to new pages, which are then parsed on the main thread as before.
 */
export function createPageParsePool(options: {
  spawn: () => PageWorkerPort;
  size: number;
  /**
   * A worker that has not said it is ready this long after it was started counts as dead. A Web Worker whose
   * script throws before it listens sends no error to the page (seen in Chromium): without this its pages
   * would wait for ever. @default 10000
   */
  startTimeoutMs?: number;
}): PageParsePool {
  interface Pending {
    resolve: (r: PageParseResult) => void;
    reject: (e: Error) => void;
    ended: boolean;
    error?: Error;
  }
  interface Slot {
    port: PageWorkerPort;
    open: Map<number, Pending>;
  }
  const slots: Slot[] = [];
  let closed = false;
  let nextId = 1;

  const start = (): Slot => {
    const port = options.spawn();
    const slot: Slot = { port, open: new Map() };
    const gone = (error: Error) =>
      closePool(
        new AppError("ESTAT_PARSE_WORKER_FAILED", `parse worker failed: ${error.message}`, {
          kind: "notAvailable",
          params: { detail: error.message },
        }),
      );
    const startTimer: ReturnType<typeof setTimeout> = setTimeout(
      () => gone(new Error("the worker did not start")),
      options.startTimeoutMs ?? 10_000,
    );
    // a Node timer must not keep the process alive by itself
    (startTimer as { unref?: () => void }).unref?.();
    port.listen(
      (m) => {
        if (m.t === "ready") return clearTimeout(startTimer);
        const p = slot.open.get(m.id);
        if (!p) return;
        if (m.t === "done") {
          slot.open.delete(m.id);
          p.resolve(m.result);
        } else {
          p.error = fromWire(m.error);
          if (p.ended) {
            slot.open.delete(m.id);
            p.reject(p.error);
          }
        }
      },
      (error) => {
        clearTimeout(startTimer);
        gone(error);
      },
    );
    slots.push(slot);
    return slot;
  };

  /**
   * No more pages for workers; the ones they hold fail with `error` (the pager retries them on its own thread).
   * Every worker's pages, not just a dead one's: a terminated Web Worker sends no word, so its pages would wait
   * for ever.
   */
  function closePool(error: Error) {
    if (closed) return;
    closed = true;
    for (const s of slots) {
      for (const p of s.open.values()) {
        p.error = error;
        if (p.ended) p.reject(error);
      }
      s.open.clear();
      s.port.terminate();
    }
  }

  return {
    open(job) {
      if (closed) return undefined;
      let slot = slots.reduce<Slot | undefined>(
        (a, s) => (!a || s.open.size < a.open.size ? s : a),
        undefined,
      );
      if (!slot || (slot.open.size > 0 && slots.length < options.size)) slot = start();
      const id = nextId++;
      const pending: Pending = { resolve: () => {}, reject: () => {}, ended: false };
      const done = new Promise<PageParseResult>((resolve, reject) => {
        pending.resolve = resolve;
        pending.reject = reject;
      });
      done.catch(() => {}); // rejected before `end` was asked for: `end` rethrows it
      slot.open.set(id, pending);
      const s = slot;
      s.port.postMessage({ t: "open", id, ...job });
      return {
        write(text) {
          if (pending.error) throw pending.error;
          s.port.postMessage({ t: "text", id, text });
        },
        bytes(chunk) {
          if (pending.error) throw pending.error;
          const bytes = chunk.slice();
          s.port.postMessage({ t: "bytes", id, bytes }, [bytes.buffer]);
        },
        end() {
          pending.ended = true;
          if (pending.error) {
            s.open.delete(id);
            return Promise.reject(pending.error);
          }
          if (!s.open.has(id)) return Promise.reject(new Error("page was dropped"));
          s.port.postMessage({ t: "end", id });
          return done;
        },
        dispose() {
          if (!s.open.delete(id)) return;
          pending.reject(new Error("page was dropped"));
          if (!closed) s.port.postMessage({ t: "drop", id });
        },
      };
    },
    close: () => closePool(new Error("parse workers closed")),
  };
}
