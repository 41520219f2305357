import { AppError } from "../../errors/AppError";

/**
 * A non-2xx answer. `body` is kept (at most 64 KiB, secrets scrubbed) because e-Stat sends its own error
 * document with HTTP 403/400/500 and the caller wants to read RESULT.STATUS from it.
 */
export class HttpStatusError extends AppError {
  readonly status: number;
  readonly url: string;
  readonly body: string;

  constructor(status: number, url: string, body: string) {
    super("HTTP_STATUS", `HTTP ${status} from ${url}`, { kind: "notAvailable", params: { status, url } });
    this.status = status;
    this.url = url;
    this.body = body;
  }
}

/** The transport error codes a caller may want to branch on. */
export type TransportErrorCode = "NETWORK" | "TIMEOUT" | "HTTP_STATUS" | "CANCELLED";

export function isTransportError(e: unknown, code?: TransportErrorCode): e is AppError {
  return (
    e instanceof AppError &&
    (code === undefined
      ? ["NETWORK", "TIMEOUT", "HTTP_STATUS", "CANCELLED"].includes(e.code)
      : e.code === code)
  );
}

/**
 * fetch rejected before any response. `typeError` is true when fetch threw a TypeError, which is how a
 * browser reports both "offline" and "blocked by CORS" (it cannot tell them apart); the e-Stat client uses
 * it to try the JSONP endpoint.
 */
export class NetworkError extends AppError {
  readonly url: string;
  readonly typeError: boolean;

  constructor(url: string, detail: string, typeError: boolean, cause?: unknown) {
    super("NETWORK", `Network error for ${url}: ${detail}`, {
      kind: "notAvailable",
      params: { url, detail },
      cause,
    });
    this.url = url;
    this.typeError = typeError;
  }
}
