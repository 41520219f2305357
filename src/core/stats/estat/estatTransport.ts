import { AppError } from "../../errors/AppError";
import { HttpStatusError, NetworkError } from "../http/errors";
import type { HttpClient, HttpTextResponse } from "../http/createHttpClient";
import { redactUrl, scrubSecrets } from "../http/redactUrl";
import { buildEstatUrl, ESTAT_API_ROOT, toJsonpUrl, type EstatFunction } from "./buildUrl";
import { parseBody } from "./normalize";
import { badResponse, checkEstatStatus } from "./parseStatsData";
import { EstatStatusError } from "./statusError";

/**
 * Loads a JSONP URL and resolves with the object passed to `callbackName`. The browser supplies one that
 * injects a <script> (see jsonpScriptLoader.ts); Node tests supply one that fetches and unwraps the text.
 */
export type JsonpTransport = (
  url: string,
  options: { callbackName: string; signal?: AbortSignal },
) => Promise<unknown>;

/** What the responses of one download said about a cache in between. */
export interface CacheSeen {
  stale: boolean;
}

export interface EstatTransport {
  /** The request URL (with the appId: never show it; use redactUrl). */
  url(fn: EstatFunction, appId: string, params: Record<string, string | number | undefined>): string;
  /**
   * One request: JSON over fetch, or JSONP after a CORS-type failure. Resolves with the parsed body, STATUS checked.
   * `seen.stale` is set when an organisation's cache (deploy/nginx) answered with an old copy because e-Stat was
   * unreachable (`X-Cache-Status: STALE`).
   */
  call(url: string, signal?: AbortSignal, seen?: CacheSeen): Promise<unknown>;
  /**
   * Like `call`, but a 2xx body goes to a reader as it arrives (a fresh one per attempt) and the reader's
   * result is returned; STATUS is the reader's to check. JSONP bodies arrive whole (`reader.whole`).
   */
  callStream<T>(
    url: string,
    signal: AbortSignal | undefined,
    seen: CacheSeen | undefined,
    open: OpenReader<T>,
  ): Promise<T>;
}

/** A body reader for `callStream`: gets the text as it arrives, then `end`; or a parsed body (JSONP). */
export interface BodyReader<T> {
  write(text: string): void;
  /** Raw UTF-8 instead of `write` (see TextSink.bytes). */
  bytes?(chunk: Uint8Array): void;
  end(): T | Promise<T>;
  whole(body: unknown): T | Promise<T>;
  /** The attempt is over, whichever way: let go of what the reader holds elsewhere (a parse worker's page). */
  dispose?(): void;
}
export type OpenReader<T> = (o: { secrets: string[]; url: string }) => BodyReader<T>;

/**
 * The e-Stat request layer: JSON over the injected HTTP client; after fetch fails the way a CORS block does
 * (a TypeError, before fetch has ever worked), the documented JSONP endpoint, and JSONP from then on.
 * e-Stat's own error document is read whatever the HTTP status (STATUS 100 arrives with HTTP 403).
 */
export function createEstatTransport(options: {
  http: HttpClient;
  baseUrl?: string;
  lang?: "ja" | "en";
  jsonp?: JsonpTransport;
  /**
   * The base URL is an organisation's proxy that may add its own appId (deploy/nginx ESTAT_APP_ID_FILE): a call
   * without an appId is sent without one instead of refused. @default false
   */
  appIdOptional?: boolean;
}): EstatTransport {
  const http = options.http;
  const lang = options.lang === "en" ? "E" : "J";
  let useJsonp = false;
  let fetchWorked = false;
  let jsonpSeq = 0;

  function url(
    fn: EstatFunction,
    appId: string,
    params: Record<string, string | number | undefined>,
  ): string {
    // Behind an organisation's proxy that adds its own appId (deploy/nginx, ESTAT_APP_ID_FILE) clients send none;
    // e-Stat itself always needs one.
    if (!appId && !options.appIdOptional)
      throw new AppError("ESTAT_MISSING_APP_ID", "appId is required", { kind: "invalidValue" });
    return buildEstatUrl(fn, { appId: appId || undefined, lang, ...params }, { baseUrl: options.baseUrl });
  }

  async function viaJsonp(u: string, signal?: AbortSignal): Promise<unknown> {
    const callbackName = `__smeEstat${++jsonpSeq}`;
    const shown = redactUrl(u);
    await http.throttle(signal);
    try {
      return await options.jsonp!(toJsonpUrl(u, callbackName), { callbackName, signal });
    } catch (e) {
      if (e instanceof AppError) throw e;
      const detail = scrubSecrets(e instanceof Error ? e.message : String(e), [appIdOf(u)]);
      throw new AppError("ESTAT_JSONP_FAILED", `JSONP failed: ${shown}`, {
        kind: "notAvailable",
        params: { url: shown, detail },
      });
    }
  }

  /** The fetch, with the JSONP fallback after a CORS-type failure; `undefined` response = `jsonpBody` is set. */
  async function fetchOrJsonp(
    u: string,
    signal: AbortSignal | undefined,
    seen: CacheSeen | undefined,
    sink?: () => { write(text: string): void },
  ): Promise<{ res?: HttpTextResponse; jsonpBody?: unknown }> {
    if (useJsonp && options.jsonp) return { jsonpBody: await viaJsonp(u, signal) };
    let res: HttpTextResponse;
    try {
      // before fetch has worked once, fail fast so a CORS block falls back to JSONP without retry waits
      res = await http.request(u, { signal, retries: options.jsonp && !fetchWorked ? 0 : undefined, sink });
    } catch (e) {
      if (options.jsonp && e instanceof NetworkError && e.typeError) {
        let jsonpBody: unknown;
        try {
          jsonpBody = await viaJsonp(u, signal);
        } catch {
          throw e;
        }
        useJsonp = true;
        return { jsonpBody };
      }
      throw e;
    }
    fetchWorked = true;
    if (seen && res.headers.get("x-cache-status")?.toUpperCase() === "STALE") seen.stale = true;
    return { res };
  }

  /** A response read whole: the parsed body, STATUS checked; e-Stat's own error document whatever the HTTP status. */
  function bodyOf(res: HttpTextResponse, secrets: string[]): unknown {
    let body: unknown;
    try {
      body = parseBody(res.text);
    } catch {
      if (!res.ok)
        throw new HttpStatusError(res.status, res.url, scrubSecrets(res.text.slice(0, 2000), secrets));
      throw badResponse(`not JSON (${res.text.length} bytes from ${res.url})`);
    }
    // e-Stat sends its own error document with 403/400/500: read STATUS whatever the HTTP status
    try {
      checkEstatStatus(body, { secrets, httpStatus: res.status });
    } catch (e) {
      if (e instanceof EstatStatusError || res.ok) throw e;
      throw new HttpStatusError(res.status, res.url, scrubSecrets(res.text.slice(0, 2000), secrets));
    }
    if (!res.ok)
      throw new HttpStatusError(res.status, res.url, scrubSecrets(res.text.slice(0, 2000), secrets));
    return body;
  }

  /** One request: JSON over fetch, or JSONP after a CORS-type failure. Returns the parsed body, STATUS checked. */
  async function call(u: string, signal?: AbortSignal, seen?: CacheSeen): Promise<unknown> {
    const secrets = [appIdOf(u)];
    const { res, jsonpBody } = await fetchOrJsonp(u, signal, seen);
    if (res) return bodyOf(res, secrets);
    checkEstatStatus(jsonpBody, { secrets });
    return jsonpBody;
  }

  async function callStream<T>(
    u: string,
    signal: AbortSignal | undefined,
    seen: CacheSeen | undefined,
    open: OpenReader<T>,
  ): Promise<T> {
    const o = { secrets: [appIdOf(u)], url: redactUrl(u) };
    let reader: BodyReader<T> | undefined;
    // the HTTP client opens a fresh reader for each of its attempts: the one before is over
    const next = () => {
      reader?.dispose?.();
      return (reader = open(o));
    };
    try {
      const { res, jsonpBody } = await fetchOrJsonp(u, signal, seen, next);
      if (!res) {
        checkEstatStatus(jsonpBody, { secrets: o.secrets });
        return await next().whole(jsonpBody);
      }
      if (res.ok && reader) return await reader.end();
      bodyOf(res, o.secrets); // not 2xx: throws e-Stat's STATUS error or the HTTP error
      throw badResponse(`HTTP ${res.status} from ${res.url}`);
    } finally {
      reader?.dispose?.();
    }
  }

  return { url, call, callStream };
}

/** A base URL other than e-Stat's own: a proxy or a loopback fake. */
export function isProxyBase(baseUrl: string | undefined): boolean {
  return !!baseUrl && baseUrl.replace(/\/+$/, "") !== ESTAT_API_ROOT;
}

function appIdOf(u: string): string {
  const m = /[?&]appId=([^&#]*)/.exec(u);
  if (!m) return "";
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
