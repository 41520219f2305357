/** The part of `fetch` the statistics clients use, so tests and Node can inject their own. */
export interface HttpResponseLike {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** The body as it arrives (fetch in browsers and Node 18+); fakes without it are read with `text()`. */
  body?: ReadableStream<Uint8Array> | null;
}
export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<HttpResponseLike>;
