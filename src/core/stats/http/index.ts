export { createHttpClient } from "./createHttpClient";
export type {
  HttpClient,
  HttpClientOptions,
  HttpRequestOptions,
  HttpTextResponse,
  BackoffOptions,
} from "./createHttpClient";
export { HttpStatusError, NetworkError, isTransportError } from "./errors";
export type { TransportErrorCode } from "./errors";
export { redactUrl, secretsInUrl, scrubSecrets, createScrubber } from "./redactUrl";
export type { Scrubber } from "./redactUrl";
export { sleep, linkSignals } from "./sleep";
export type { FetchLike, HttpResponseLike } from "./types";
