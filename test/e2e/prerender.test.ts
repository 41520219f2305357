// The production task pane page's prerendered first frame (issue 15, first paint; scripts/prerender.mjs):
// it paints from the HTML alone, takes no input until the page has hydrated it, hydrates into exactly what
// a client render gives (no mismatch left behind, no React error), and English or dark Office replace it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../scripts/serve";
import { launchBrowser } from "./browser";
import { RESULTS } from "./harness";
import { IN_EXCEL_SHIM, openProductionPage } from "./productionSupport";

jest.setTimeout(180_000);

const DIST = join(__dirname, "../../dist");

/**
 * A stand-in office.js inside Excel with the display language and theme given (the real one's Office.context
 * is a getter over its host connection, redefined by the host file it loads later).
 */
const excelStub = (lang: string, dark: boolean) => `window.Office = {
  onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); },
  context: {
    displayLanguage: ${JSON.stringify(lang)},
    officeTheme: { isDarkTheme: ${dark} },
    requirements: { isSetSupported: function () { return true; } },
  },
  actions: { associate: function () {} },
};
window.CustomFunctions = { associate: function () {}, Error: Error, ErrorCode: {} };`;

const isLive = () => !document.getElementById("root")!.hasAttribute("inert");

/**
 * #root as a canonical text: elements with sorted attributes (style as the browser reads it back), text,
 * no comments; React's generated ids renamed in order of appearance, since a hydrated tree keeps the
 * server's ids and a client render makes its own.
 */
function canonicalPane(): string {
  const root = document.getElementById("root")!;
  // ids in document order; replaced longest first, as one may contain another (field-r1 in field-r1__control)
  const order = [...root.querySelectorAll("[id]")].map((e) => e.id);
  const longestFirst = [...order].sort((a, b) => b.length - a.length);
  const rename = (v: string) =>
    longestFirst
      .reduce((acc, id) => acc.split(id).join(`#id${order.indexOf(id)}`), v)
      .replace(/\bfui-FluentProvider\S+/g, "fui-FluentProvider#");
  const lines: string[] = [];
  const walk = (n: Node, depth: number) => {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.textContent!.trim();
      if (t) lines.push(`${" ".repeat(depth)}"${t}"`);
    } else if (n instanceof Element) {
      const attrs = [...n.attributes]
        .map((a) => `${a.name}=${a.name === "style" ? (n as HTMLElement).style.cssText : rename(a.value)}`)
        .sort();
      lines.push(`${" ".repeat(depth)}<${n.tagName.toLowerCase()} ${attrs.join(" ")}>`);
      n.childNodes.forEach((c) => walk(c, depth + 1));
    }
  };
  root.childNodes.forEach((c) => walk(c, 0));
  return lines.join("\n");
}

describe("prerendered first frame of the task pane page", () => {
  let server: StaticServer;
  let browser: Browser;
  const html = () => readFileSync(join(DIST, "taskpane.html"), "utf8");
  beforeAll(async () => {
    server = await startStaticServer({ root: DIST });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("paints the tabs and the search form, styled, from the HTML alone, and takes no input before the scripts run", async () => {
    const p = await openProductionPage(browser, {
      url: `${server.url}taskpane.html`,
      officeShim: IN_EXCEL_SHIM,
      // none of the page's own scripts: what the user sees while they download
      beforeGoto: (page) => page.route(`${server.url}*.js`, (r) => r.abort("internetdisconnected")),
    });
    const page = p.page;
    const shown = await page.evaluate(() => {
      const tab = document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
      const heading = document.getElementById("find-heading")!;
      return {
        tabs: [...document.querySelectorAll('[role="tab"]')].map((t) => t.getAttribute("aria-label")),
        tabDisplay: getComputedStyle(tab).display,
        themeColour: getComputedStyle(tab).getPropertyValue("--colorNeutralForeground1"),
        heading: heading.textContent,
        headingWeight: getComputedStyle(heading).fontWeight,
        search: !!document.querySelector('form[role="search"] input[type="search"]'),
        inert: document.getElementById("root")!.hasAttribute("inert"),
      };
    });
    expect(shown).toEqual({
      tabs: ["統計データ", "更新", "補助金シミュレーター", "設定"],
      tabDisplay: "grid", // Fluent's Tab styles, not a bare <button>
      themeColour: "#242424", // webLightTheme's variables
      heading: "統計表を探す",
      headingWeight: "600",
      search: true,
      inert: true,
    });
    await page.screenshot({ path: join(RESULTS, "prerender-first-frame.png") });

    // A click and typing go nowhere (rather than into a box whose text hydration would drop).
    const box = (await page.locator('form[role="search"] input[type="search"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.type("研究");
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => ({
        value: document.querySelector<HTMLInputElement>('form[role="search"] input[type="search"]')!.value,
        focusInPane: document.getElementById("root")!.contains(document.activeElement),
      })),
    ).toEqual({ value: "", focusInPane: false });

    // Scripts that never arrive (a dropped network): after a moment the page says so, in both languages.
    const note = page.locator("#pane-loading");
    expect(await note.evaluate((e) => getComputedStyle(e).opacity)).toBe("0");
    await page.waitForFunction(
      () => getComputedStyle(document.getElementById("pane-loading")!).opacity === "1",
    );
    expect(await note.textContent()).toContain("表示が変わらない場合は");
    expect(await note.textContent()).toContain("If this does not change");
    expect(await note.evaluate((e) => getComputedStyle(e).fontSize)).toBe("12px"); // its CSS applies
    await page.screenshot({ path: join(RESULTS, "prerender-scripts-missing.png") });

    expect(p.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    expect(await p.violations()).toEqual([]);
    await page.context().close();
  });

  it("hydrates the same nodes into what a client render gives, with no React error, and then searches", async () => {
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    const messages: string[] = [];
    const p = await openProductionPage(browser, {
      url: `${server.url}taskpane.html`,
      officeShim: IN_EXCEL_SHIM,
      waitUntil: "commit",
      init: `localStorage.setItem("sme-toolkit.favouriteTables", ${JSON.stringify(
        JSON.stringify([{ ref: { source: "offline", id: "gerd_pct_gdp_japan" }, title: "お気に入りの表" }]),
      )});`,
      beforeGoto: async (page) => {
        page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
        await page.route(`${server.url}taskpane.js`, async (r: Route) => {
          await held;
          await r.continue();
        });
      },
    });
    const page: Page = p.page;
    const input = page.locator('form[role="search"] input[type="search"]');
    await input.waitFor({ state: "attached" });
    await page.evaluate(() => {
      (
        document.querySelector('form[role="search"] input[type="search"]') as unknown as {
          __fromHtml: boolean;
        }
      ).__fromHtml = true;
    });
    expect(await page.evaluate(isLive)).toBe(false);
    release();
    await page.waitForFunction(isLive, undefined, { timeout: 60_000 });
    // The prerendered <input> itself is now React's: hydrated, not replaced.
    expect(await input.evaluate((e) => (e as unknown as { __fromHtml?: boolean }).__fromHtml === true)).toBe(
      true,
    );
    expect(await page.locator("#pane-loading").count()).toBe(0);
    // What only this browser knows appears once hydrated.
    await page.getByText("お気に入りの表").waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const hydrated = await page.evaluate(canonicalPane);
    await page.screenshot({ path: join(RESULTS, "prerender-hydrated.png") });

    // The same page with nothing prerendered: React renders it from scratch. Hydration keeps the server's
    // attributes where they differ (production React does not patch them), so any difference shows here.
    const bare = await openProductionPage(browser, {
      url: `${server.url}taskpane.html`,
      officeShim: IN_EXCEL_SHIM,
      html: html().replace(/<div id="root"[^>]*>[\s\S]*<\/body>/, '<div id="root"></div></body>'),
      init: `localStorage.setItem("sme-toolkit.favouriteTables", ${JSON.stringify(
        JSON.stringify([{ ref: { source: "offline", id: "gerd_pct_gdp_japan" }, title: "お気に入りの表" }]),
      )});`,
    });
    await bare.page.getByText("お気に入りの表").waitFor({ timeout: 30_000 });
    await bare.page.waitForTimeout(500);
    expect(hydrated).toEqual(await bare.page.evaluate(canonicalPane));
    await bare.page.context().close();

    // The hydrated pane works: an offline search lists tables.
    const pane = page.locator("#root");
    for (const s of ["e-Stat", "OECD"])
      await pane.getByRole("checkbox", { name: s, exact: true }).setChecked(false);
    await pane.getByRole("searchbox", { name: "統計表を検索" }).fill("研究開発");
    await pane.getByRole("button", { name: "検索", exact: true }).click();
    await pane.getByTestId("search-result").first().waitFor({ timeout: 30_000 });

    expect(messages.filter((m) => /^(error|warning)/.test(m))).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(await p.violations()).toEqual([]);
    await page.context().close();
  });

  it.each([
    ["English Office", excelStub("en-US", false), "Statistics"],
    ["dark Office", excelStub("ja-JP", true), "統計データ"],
  ])("replaces the Japanese light frame for %s", async (name, officeStub, dataTab) => {
    const p = await openProductionPage(browser, { url: `${server.url}taskpane.html`, officeStub });
    await p.page.getByRole("tab", { name: dataTab }).waitFor({ timeout: 60_000 });
    await p.page.waitForFunction(isLive, undefined, { timeout: 60_000 });
    const after = await p.page.evaluate(() => ({
      tabs: document.querySelectorAll('[role="tab"]').length,
      background: getComputedStyle(document.querySelector(".fui-FluentProvider > div")!).backgroundColor,
    }));
    await p.page.screenshot({
      path: join(RESULTS, `prerender-replaced-${name.split(" ")[0].toLowerCase()}.png`),
    });
    expect(after.tabs).toBe(4);
    expect(after.background).toBe(name === "dark Office" ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)");
    expect(p.errors).toEqual([]);
    await p.page.context().close();
  });
});
