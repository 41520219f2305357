// L2 (issue 13): the local server of `npm start` (scripts/serve.ts) serves only its root, survives bad
// URLs, and sends no wildcard CORS.
import { request } from "node:http";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStaticServer, type StaticServer } from "../../scripts/serve";

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with the path sent byte for byte (no URL normalisation on the client side). */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Res> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: "GET", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    // a server that died on the request never answers: fail fast instead of hanging
    req.setTimeout(3000, () => req.destroy(new Error(`no answer to GET ${path}`)));
    req.end();
  });
}

let server: StaticServer;
let base: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "serve-"));
  mkdirSync(join(dir, "dist"));
  mkdirSync(join(dir, "dist-secret"));
  writeFileSync(join(dir, "dist", "playground.html"), "<p>playground</p>");
  writeFileSync(join(dir, "dist", "functions.json"), '{"functions":[]}');
  writeFileSync(join(dir, "dist-secret", "secret.txt"), "TOP SECRET");
  writeFileSync(join(dir, "outside.txt"), "OUTSIDE");
  server = await startStaticServer({ root: join(dir, "dist") });
  base = server.url.replace("localhost", "127.0.0.1");
});
afterAll(() => server.close());

describe("static server", () => {
  it("serves files under its root", async () => {
    const r = await get(base, "/playground.html");
    expect(r.status).toBe(200);
    expect(r.body).toContain("playground");
  });

  it.each([
    "/..%2fdist-secret/secret.txt",
    "/..%2Fdist-secret%2Fsecret.txt",
    "/%2e%2e%2fdist-secret/secret.txt",
    "/..%5cdist-secret/secret.txt",
    "/..%2f..%2foutside.txt",
    "/..%2foutside.txt",
  ])(
    "does not serve %s from outside the root (a sibling folder with the same prefix included)",
    async (path) => {
      const r = await get(base, path);
      expect([403, 404]).toContain(r.status);
      expect(r.body).not.toMatch(/SECRET|OUTSIDE/);
    },
  );

  it.each(["/%zz", "/%", "/%E0%A4%A", "/a%00b"])("answers %s with 400 and keeps running", async (path) => {
    const r = await get(base, path);
    expect(r.status).toBe(400);
    expect((await get(base, "/playground.html")).status).toBe(200);
  });

  it("sends no wildcard Access-Control-Allow-Origin", async () => {
    for (const path of ["/playground.html", "/functions.json", "/playground-config.json", "/missing"]) {
      const r = await get(base, path, { Origin: "https://evil.example" });
      expect({ path, acao: r.headers["access-control-allow-origin"] }).toEqual({ path, acao: undefined });
    }
  });

  it("lets Excel on the web read functions.json cross-origin (its own origin echoed, with Vary: Origin)", async () => {
    const origin = "https://excel.officeapps.live.com";
    const r = await get(base, "/functions.json", { Origin: origin });
    expect(r.headers["access-control-allow-origin"]).toBe(origin);
    expect(String(r.headers.vary)).toMatch(/Origin/);
    const page = await get(base, "/playground.html", { Origin: origin });
    expect(page.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
