// A tiny loopback HTTP server for tests, fakes and benchmarks: binds 127.0.0.1 on a free port (port 0),
// records every request, and closes all sockets on close() so jest never waits on keep-alive connections.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received (may contain an appId: never print it outside tests). */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  at: number;
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  recorded: RecordedRequest,
) => void | Promise<void>;

export interface LoopbackServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Keeps at most this many requests in the log, so a long benchmark cannot grow it without bound. */
const MAX_LOG = 10_000;

export async function startLoopbackServer(handler: Handler): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://127.0.0.1");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      path: u.pathname,
      query: u.searchParams,
      headers: req.headers,
      at: Date.now(),
    };
    if (requests.length >= MAX_LOG) requests.shift();
    requests.push(recorded);
    Promise.resolve(handler(req, res, recorded)).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(e));
      } else res.destroy();
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
