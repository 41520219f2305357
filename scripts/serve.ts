// A small static server for dist/ (the add-in and the playground), used by `npm start` and the
// browser tests. Sends CORS headers for functions.json (Excel on the web fetches it cross-origin,
// office-js#3970) and serves /playground-config.json so the playground finds the fake APIs.
import { createServer as createHttp, IncomingMessage, ServerResponse, Server } from "node:http";
import { createServer as createHttps, ServerOptions } from "node:https";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface StaticServerOptions {
  root: string;
  host?: string;
  port?: number;
  https?: ServerOptions;
  /** Served as /playground-config.json. */
  playgroundConfig?: Record<string, unknown>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(opts: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(opts.root);
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cache-Control", "no-store");
    if (path === "/playground-config.json") {
      res.writeHead(200, { "Content-Type": TYPES[".json"] });
      res.end(JSON.stringify(opts.playgroundConfig ?? {}));
      return;
    }
    const file = normalize(join(root, path === "/" ? "/playground.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error("not a file");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    }
  };
  const server: Server = opts.https
    ? createHttps(opts.https, (req, res) => void handler(req, res))
    : createHttp((req, res) => void handler(req, res));
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${opts.https ? "https" : "http"}://${host === "127.0.0.1" ? "localhost" : host}:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
