import { AppError } from "../../errors/AppError";
import { HttpStatusError, NetworkError } from "./errors";
import { redactUrl, scrubSecrets, secretsInUrl } from "./redactUrl";
import { linkSignals, sleep } from "./sleep";
import type { FetchLike, HttpResponseLike } from "./types";

export interface BackoffOptions {
  /** First retry waits about this long; each further retry doubles it. @default 500 */
  baseMs?: number;
  /** Upper bound of one wait. @default 8000 */
  maxMs?: number;
  /** Randomise each wait between half and all of it, so many clients do not retry in lockstep. @default true */
  jitter?: boolean;
}

/**
 * Spacing of request starts to e-Stat and OECD that the data formulas and the task pane share (e-Stat's
 * terms, art. 8: no large number of requests in a short time).
 */
export const DEFAULT_MIN_INTERVAL_MS = 100;

export interface HttpClientOptions {
  /** Injected fetch: `globalThis.fetch` in the add-in and Node 20, anything FetchLike in tests. */
  fetch: FetchLike;
  /** Per attempt, covering the headers and the whole body. @default 30000 */
  timeoutMs?: number;
  /** Extra attempts after the first on network errors, timeouts, HTTP 5xx and 429 (never other 4xx). @default 3 */
  retries?: number;
  backoff?: BackoffOptions;
  /**
   * Client-side rate limit: request starts (including retries and JSONP calls that use `throttle`) are
   * spaced at least this far apart. e-Stat's terms (art. 8) forbid many requests in a short time.
   * @default { minIntervalMs: 0 }
   */
  rateLimit?: { minIntervalMs: number };
  /** Aborts everything this client does (e.g. the task pane closing). */
  signal?: AbortSignal;
  /** For tests: the random source of the jitter. @default Math.random */
  random?: () => number;
  /** Called before each retry wait (URL already redacted). */
  onRetry?: (info: { url: string; attempt: number; delayMs: number; error: AppError }) => void;
}

export interface HttpRequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Overrides the client's retry count for this call (0 = one attempt). */
  retries?: number;
  timeoutMs?: number;
  /**
   * Reads a 2xx body as it arrives: each attempt opens a fresh sink and gets the decoded text piece by piece
   * (the response's `text` is then ""), so a caller can parse while the rest is still on the wire. Other
   * statuses are read whole as usual. An error the sink throws ends the attempt and is not retried here.
   */
  sink?: () => TextSink;
}

/** Receives one response body's text in order, in pieces of any size. */
export interface TextSink {
  write(text: string): void;
  /**
   * When present, a streamed body's raw UTF-8 bytes come here instead of `write`, undecoded (a parse worker
   * decodes them: see pageParsePool.ts). `chunk` is the stream's own: copy what is kept.
   */
  bytes?(chunk: Uint8Array): void;
}

export interface HttpTextResponse {
  status: number;
  ok: boolean;
  text: string;
  headers: { get(name: string): string | null };
  /** The requested URL with the appId removed. */
  url: string;
}

export interface HttpClient {
  /**
   * GET with retries. Resolves with whatever status the final attempt got (5xx only after the retries are
   * spent), so callers can read an API's own error document; rejects with NETWORK, TIMEOUT or CANCELLED.
   */
  request(url: string, options?: HttpRequestOptions): Promise<HttpTextResponse>;
  /** Like `request` but a non-2xx status rejects with HttpStatusError (code HTTP_STATUS). */
  getText(url: string, options?: HttpRequestOptions): Promise<string>;
  /** Waits for the next rate-limit slot; for transports that do not go through `fetch` (JSONP). */
  throttle(signal?: AbortSignal): Promise<void>;
}

const MAX_ERROR_BODY = 64 * 1024;

function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const defaultRetries = options.retries ?? 3;
  const baseMs = options.backoff?.baseMs ?? 500;
  const maxMs = options.backoff?.maxMs ?? 8_000;
  const jitter = options.backoff?.jitter ?? true;
  const random = options.random ?? Math.random;
  const minInterval = Math.max(0, options.rateLimit?.minIntervalMs ?? 0);
  let nextSlot = 0;

  function cancelled(url: string, reason: unknown): AppError {
    return new AppError("CANCELLED", `Request cancelled: ${url}`, {
      kind: "notAvailable",
      params: { url },
      cause: reason,
    });
  }

  async function throttle(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    if (minInterval === 0) return;
    const now = Date.now();
    const at = Math.max(now, nextSlot);
    nextSlot = at + minInterval;
    if (at > now) await sleep(at - now, signal);
  }

  function backoffDelay(attempt: number): number {
    const full = Math.min(maxMs, baseMs * 2 ** attempt);
    return jitter ? full / 2 + (random() * full) / 2 : full;
  }

  async function attemptOnce(url: string, shown: string, secrets: string[], opts: HttpRequestOptions) {
    const perAttemptTimeout = opts.timeoutMs ?? timeoutMs;
    const { controller, dispose } = linkSignals([options.signal, opts.signal]);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("timeout"));
    }, perAttemptTimeout);
    try {
      let res: HttpResponseLike;
      let text: string;
      try {
        res = await options.fetch(url, { signal: controller.signal, headers: opts.headers });
        text = opts.sink && res.ok ? await readInto(res, opts.sink()) : await res.text();
      } catch (e) {
        if (timedOut) {
          return {
            error: new AppError("TIMEOUT", `Timed out after ${perAttemptTimeout} ms: ${shown}`, {
              kind: "notAvailable",
              params: { url: shown, timeoutMs: perAttemptTimeout },
            }),
          };
        }
        if (controller.signal.aborted) throw cancelled(shown, controller.signal.reason);
        // A fetch that refuses on purpose (CSP_BLOCKED from guardFetch) says why itself; retrying cannot help.
        if (e instanceof AppError) throw e;
        const detail = scrubSecrets(describeCause(e), secrets);
        return { error: new NetworkError(shown, detail, e instanceof TypeError, new Error(detail)) };
      }
      return { response: { status: res.status, ok: res.ok, text, headers: res.headers, url: shown } };
    } finally {
      clearTimeout(timer);
      dispose();
    }
  }

  async function request(url: string, opts: HttpRequestOptions = {}): Promise<HttpTextResponse> {
    const shown = redactUrl(url);
    const secrets = secretsInUrl(url);
    const retries = Math.max(0, Math.min(10, opts.retries ?? defaultRetries));
    const { controller, dispose } = linkSignals([options.signal, opts.signal]);
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await throttle(controller.signal);
        } catch (reason) {
          throw cancelled(shown, reason);
        }
        const out = await attemptOnce(url, shown, secrets, opts);
        let error: AppError;
        const orgLimit = out.response?.status === 429 ? out.response.headers.get("x-sme-proxy-limit") : null;
        if (orgLimit) {
          // The organisation's proxy (deploy/nginx) refuses more upstream requests for now: retrying at once
          // would only add to the queue of everyone behind it.
          throw new AppError("PROXY_RATE_LIMIT", `Organisation proxy limit for ${orgLimit}: ${shown}`, {
            kind: "notAvailable",
            params: { upstream: orgLimit === "oecd" ? "OECD" : "e-Stat", url: shown },
          });
        }
        if (out.response) {
          if (!isRetryableStatus(out.response.status) || attempt >= retries) return out.response;
          error = new HttpStatusError(out.response.status, shown, "");
        } else {
          error = out.error;
          if (attempt >= retries) throw error;
        }
        const delayMs = backoffDelay(attempt);
        options.onRetry?.({ url: shown, attempt: attempt + 1, delayMs, error });
        try {
          await sleep(delayMs, controller.signal);
        } catch (reason) {
          throw cancelled(shown, reason);
        }
      }
    } finally {
      dispose();
    }
  }

  async function getText(url: string, opts: HttpRequestOptions = {}): Promise<string> {
    const res = await request(url, opts);
    if (res.status < 200 || res.status > 299) {
      throw new HttpStatusError(
        res.status,
        res.url,
        scrubSecrets(res.text.slice(0, MAX_ERROR_BODY), secretsInUrl(url)),
      );
    }
    return res.text;
  }

  return { request, getText, throttle };
}

/**
 * Hands a body to `sink` as it arrives. Without a body stream (test fakes, old WebViews) the whole text is
 * handed over at once. Returns "" (the text is the sink's).
 */
async function readInto(res: HttpResponseLike, sink: TextSink): Promise<string> {
  const reader = res.body?.getReader?.();
  if (!reader) {
    sink.write(await res.text());
    return "";
  }
  const decode = utf8Decoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (sink.bytes) {
        sink.bytes(value);
        continue;
      }
      const piece = decode(value);
      if (piece) sink.write(piece);
    }
    const rest = decode();
    if (rest) sink.write(rest);
    return "";
  } catch (e) {
    // a sink that gave up (bad data) must not leave the connection streaming into nothing
    reader.cancel().catch(() => undefined);
    throw e;
  }
}

/**
 * UTF-8 in chunks. Each chunk is decoded up to its last whole character without `stream: true`, because
 * Node's TextDecoder only takes its fast (simdutf) path then — streaming went through ICU at a third of the
 * speed (~35 ms more per 13 MB page); the bytes of a character cut at the chunk's end wait for the next one.
 * Called without a chunk at the end.
 */
export function utf8Decoder(): (bytes?: Uint8Array) => string {
  const first = new TextDecoder();
  // a BOM is dropped at the start of the body only
  const later = new TextDecoder("utf-8", { ignoreBOM: true });
  let started = false;
  let carry: Uint8Array | undefined;
  return (bytes) => {
    let b = bytes ?? new Uint8Array(0);
    if (carry) {
      const joined = new Uint8Array(carry.length + b.length);
      joined.set(carry);
      joined.set(b, carry.length);
      b = joined;
      carry = undefined;
    }
    let cut = b.length;
    if (bytes && cut > 0 && b[cut - 1] >= 0x80) {
      let i = cut - 1;
      while (i > 0 && i > cut - 4 && (b[i] & 0xc0) === 0x80) i--;
      const lead = b[i];
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (i + need > cut) cut = i;
    }
    if (cut < b.length) carry = b.slice(cut);
    if (cut === 0) return "";
    const text = (started ? later : first).decode(cut === b.length ? b : b.subarray(0, cut));
    started = true;
    return text;
  };
}

function describeCause(e: unknown): string {
  if (e instanceof Error) {
    const inner = (e as Error & { cause?: unknown }).cause;
    const innerText =
      inner instanceof Error
        ? `${(inner as Error & { code?: string }).code ?? inner.name}: ${inner.message}`
        : "";
    return innerText ? `${e.message} (${innerText})` : e.message;
  }
  return String(e);
}
