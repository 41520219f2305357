// The production task pane page (dist/taskpane.html, not the playground) in Chromium, with every
// non-loopback origin answered locally: office.js from @microsoft/office-js/dist (the npm copy of the CDN),
// e-Stat / OECD / the proxy forwarded to the loopback fakes, office.js's telemetry frame a blank page.
// Routing happens at the network layer, after the page's CSP has decided: a request the CSP blocks never
// reaches a route, so what the routes see is exactly what the production policy let through.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Route } from "playwright-core";

export const OFFICE_DIST = join(__dirname, "../../node_modules/@microsoft/office-js/dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export interface Upstreams {
  /** URL prefix → loopback base URL: "https://proxy.example/estat" → "http://127.0.0.1:p" sends .../estat/x to .../x. */
  [prefix: string]: string;
}

export interface ProductionPage {
  page: Page;
  /** Every cross-origin URL that reached the network layer (i.e. the CSP allowed it). */
  reached: string[];
  /** securitypolicyviolation events seen in the page and its frames: "directive blockedURI". */
  violations(): Promise<string[]>;
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

export interface OpenOptions {
  url: string;
  upstreams?: Upstreams;
  /** Appended to office.js: test doubles for the host (e.g. onReady reporting Excel). */
  officeShim?: string;
  /** Served instead of office.js (and its host files): a stand-in host whose Office.context stays put. */
  officeStub?: string;
  /** Replaces the HTML of the page (same URL), e.g. the page built with another SME_PROXY_ORIGIN. */
  html?: string;
  /** Runs before any page script (localStorage presets). */
  init?: string;
  viewport?: { width: number; height: number };
  /** Runs before navigating (extra routes on the page's own origin, e.g. holding back a script). */
  beforeGoto?: (page: Page) => Promise<unknown>;
  /** What navigation waits for; "commit" when a route holds back a script (the load event waits for it). @default "load" */
  waitUntil?: "load" | "commit";
}

async function forward(route: Route, target: string): Promise<void> {
  try {
    const response = await route.fetch({ url: target });
    await route.fulfill({ response });
  } catch {
    await route.abort("connectionrefused");
  }
}

export async function openProductionPage(browser: Browser, o: OpenOptions): Promise<ProductionPage> {
  const context = await browser.newContext({ viewport: o.viewport ?? { width: 400, height: 800 } });
  const page = await context.newPage();
  const reached: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await context.addInitScript(`
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(e.effectiveDirective + " " + e.blockedURI);
      try { if (window.top !== window) window.top.__csp.push(e.effectiveDirective + " " + e.blockedURI); } catch {}
    });
    if (window.top === window) { ${o.init ?? ""} }
  `);
  const staticOrigin = new URL(o.url).origin;
  await context.route(
    (url) => url.origin !== staticOrigin,
    async (route) => {
      const url = new URL(route.request().url());
      reached.push(url.href);
      if (url.href.startsWith(OFFICE_CDN)) {
        const file = url.pathname.slice(new URL(OFFICE_CDN).pathname.length);
        try {
          if (o.officeStub !== undefined)
            return await route.fulfill({ contentType: "text/javascript", body: o.officeStub });
          let body = readFileSync(join(OFFICE_DIST, file), "utf8");
          if (file === "office.js" && o.officeShim) body += `\n;${o.officeShim}`;
          return await route.fulfill({ contentType: "text/javascript", body });
        } catch {
          return await route.fulfill({ status: 404, body: "" });
        }
      }
      if (url.origin === "https://telemetryservice.firstpartyapps.oaspapps.com")
        return await route.fulfill({
          contentType: "text/html",
          body: "<!doctype html><title>telemetry</title>",
        });
      const prefix = Object.keys(o.upstreams ?? {})
        .filter((k) => url.href.startsWith(k))
        .sort((a, b) => b.length - a.length)[0];
      if (prefix) return forward(route, o.upstreams![prefix] + url.href.slice(prefix.length));
      return route.abort("internetdisconnected");
    },
  );
  if (o.html) {
    const html = o.html;
    await context.route(o.url, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
    );
  }
  await o.beforeGoto?.(page);
  await page.goto(o.url, { waitUntil: o.waitUntil ?? "load" });
  return {
    page,
    reached,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice()),
  };
}

/** Office.onReady as inside Excel on the web: the real office.js, told it is in Excel. */
export const IN_EXCEL_SHIM = `(function () {
  var info = { host: "Excel", platform: "OfficeOnline" };
  Office.onReady = function (cb) { if (cb) cb(info); return Promise.resolve(info); };
  Office.context = Office.context || {};
  Office.context.displayLanguage = "ja-JP";
})();`;
