// Starts what a browser test needs: the built dist/ on a static server, the loopback fake
// statistics APIs, and a Chromium page on the playground. Screenshots go to test-results/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../scripts/serve";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { launchBrowser } from "./browser";

export const RESULTS = join(__dirname, "../../test-results");

export interface Harness {
  browser: Browser;
  server: StaticServer;
  baseUrl: string;
  config: Record<string, string>;
  closers: (() => Promise<void>)[];
  open(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(config: Record<string, string> = {}): Promise<Harness> {
  mkdirSync(RESULTS, { recursive: true });
  const server = await startStaticServer({ root: join(__dirname, "../../dist"), playgroundConfig: config });
  const browser = await launchBrowser();
  const closers: (() => Promise<void>)[] = [];
  const h: Harness = {
    browser,
    server,
    baseUrl: server.url,
    config,
    closers,
    async open(query = "", viewport = { width: 1400, height: 900 }) {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.url}playground.html${query}`);
      try {
        await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
      } catch (e) {
        throw new Error(`playground did not start: ${errors.join("; ") || (e as Error).message}`);
      }
      return page;
    },
    async shot(page, name) {
      const file = join(RESULTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
      for (const c of closers) await c();
    },
  };
  return h;
}

export interface HarnessWithFakes {
  h: Harness;
  estat: EstatFake;
  oecd: OecdFake;
}

/**
 * The usual set-up of a pane test: the loopback e-Stat (made by `estat`, default an empty fake; give it
 * tables with `setTable` in `tables`) and OECD fakes, the playground pointed at both, and all three
 * closed with the harness.
 */
export async function startHarnessWithFakes(
  options: {
    estat?: () => Promise<EstatFake>;
    tables?: (estat: EstatFake) => void;
  } = {},
): Promise<HarnessWithFakes> {
  const estat = await (options.estat ?? (() => startEstatFake({})))();
  options.tables?.(estat);
  const oecd = await startOecdFake({});
  const h = await startHarness({ estatBaseUrl: estat.baseUrl, oecdBaseUrl: oecd.baseUrl });
  h.closers.push(
    () => estat.close(),
    () => oecd.close(),
  );
  return { h, estat, oecd };
}

/** Types a formula into a cell through the playground's formula bar, as a user would. */
export async function enterFormula(page: Page, cell: string, formula: string): Promise<void> {
  await page.click(`[data-cell="${cell}"]`);
  await page.fill('[data-testid="formula-input"]', formula);
  await page.press('[data-testid="formula-input"]', "Enter");
}

export async function cellText(page: Page, cell: string): Promise<string> {
  return (await page.textContent(`[data-cell="${cell}"]`)) ?? "";
}
