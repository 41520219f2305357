import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { DIST } from "../support/loadFunctionsBundle";

function csp(page: string): string {
  const html = readFileSync(join(DIST, page), "utf8");
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!m) throw new Error(`${page} has no Content-Security-Policy meta tag`);
  return m[1];
}

function directive(policy: string, name: string): string[] {
  const d = policy
    .split(";")
    .map((s) => s.trim().split(/\s+/))
    .find((p) => p[0] === name);
  return d ? d.slice(1) : [];
}

describe("built pages", () => {
  it("the task pane page carries a CSP allowing only its own origin, Office.js and the statistics APIs", () => {
    const policy = csp("taskpane.html");
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
    expect(directive(policy, "script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://api.e-stat.go.jp",
    ]);
    expect(directive(policy, "connect-src")).toEqual(
      expect.arrayContaining(["'self'", "https://api.e-stat.go.jp", "https://sdmx.oecd.org"]),
    );
    // office.js's hidden telemetry frame (scripts/csp.js says where each Office.js origin comes from).
    expect(directive(policy, "frame-src")).toEqual(["https://telemetryservice.firstpartyapps.oaspapps.com"]);
    expect(policy).not.toMatch(/unsafe-eval|\*/);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
  });

  it("the task pane page names the proxies its CSP allows (SME_PROXY_ORIGIN), for Settings to offer", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    // The page is minified: attribute quotes are optional, an empty content has no value.
    const m = /<meta name="?sme-proxy-origins"? content(?:="([^"]*)"|=([^\s">]+))?\s*\/?>/.exec(html);
    expect(m).not.toBeNull();
    const connect = directive(csp("taskpane.html"), "connect-src");
    const proxies = (m![1] ?? m![2] ?? "").split(/\s+/).filter(Boolean);
    for (const p of proxies) expect(connect).toContain(new URL(p).origin);
  });

  it("the playground page carries a CSP too, opened only to loopback fakes", () => {
    const policy = csp("playground.html");
    expect(directive(policy, "connect-src")).toEqual(expect.arrayContaining(["http://127.0.0.1:*"]));
    expect(policy).not.toMatch(/unsafe-eval/);
  });

  it("the task pane page loads the task pane, commands and functions in one runtime", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.filter((s) => s === "runtime.js")).toHaveLength(1);
    for (const entry of ["taskpane.js", "commands.js", "functions.js"]) expect(scripts).toContain(entry);
  });

  it("keeps the task pane within its size budget with one copy of React", () => {
    const entrypoints = JSON.parse(readFileSync(join(DIST, "entrypoints.json"), "utf8")) as Record<
      string,
      string[]
    >;
    const files = [...new Set([...entrypoints.taskpane, ...entrypoints.functions, ...entrypoints.commands])];
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0);
    expect(gzip).toBeLessThan(600 * 1024);
    // "__reactFiber$" is a key prefix that only react-dom defines.
    const withReactDom = files.filter((f) => readFileSync(join(DIST, f), "utf8").includes("__reactFiber$"));
    expect(withReactDom).toHaveLength(1);
  });
});
