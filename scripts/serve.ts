// A small static server for dist/ (the add-in and the playground), used by `npm start` and the
// browser tests. Sends CORS headers for functions.json to Office origins only (Excel on the web fetches it
// cross-origin, office-js#3970) and serves /playground-config.json so the playground finds the fake APIs.
// Only files under the root are served (resolved path + separator check); a malformed URL is a 400.
import { createServer as createHttp, IncomingMessage, ServerResponse, Server } from "node:http";
import { createServer as createHttps, ServerOptions } from "node:https";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
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

/**
 * Origins allowed to read the custom-function metadata cross-origin: Excel on the web loads functions.json
 * from its own origin (office-js#3970). Anything else gets no Access-Control-Allow-Origin at all.
 */
const OFFICE_ORIGIN =
  /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|sharepoint\.com|cloud\.microsoft)$/i;
const CORS_FILES = /^\/functions(-[a-z]{2})?\.json$/;

/** The file under `root` that `rawPath` (a request path, still percent-encoded) names, or an HTTP status. */
export function resolveUnder(root: string, rawPath: string): string | 400 | 403 {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 400;
  }
  if (path.includes("\0")) return 400;
  if (path.includes("\\")) return 403; // a backslash is a separator on Windows: never part of a name here
  const file = resolve(root, "." + (path === "/" ? "/playground.html" : path));
  // with the separator: /srv/dist must not match /srv/dist-secret
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return 403;
  return file;
}

export async function startStaticServer(opts: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(opts.root);
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://x");
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request");
      return;
    }
    res.setHeader("Cache-Control", "no-store");
    const origin = req.headers.origin;
    if (CORS_FILES.test(url.pathname)) {
      res.setHeader("Vary", "Origin");
      if (origin && OFFICE_ORIGIN.test(origin)) res.setHeader("Access-Control-Allow-Origin", origin);
    }
    if (url.pathname === "/playground-config.json") {
      res.writeHead(200, { "Content-Type": TYPES[".json"] });
      res.end(JSON.stringify(opts.playgroundConfig ?? {}));
      return;
    }
    const file = resolveUnder(root, url.pathname);
    if (typeof file === "number") {
      res
        .writeHead(file, { "Content-Type": "text/plain; charset=utf-8" })
        .end(file === 400 ? "bad request" : "forbidden");
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
  const safeHandler = (req: IncomingMessage, res: ServerResponse) =>
    void handler(req, res).catch(() => {
      // a bug must cost one request, never the server
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  const server: Server = opts.https ? createHttps(opts.https, safeHandler) : createHttp(safeHandler);
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
