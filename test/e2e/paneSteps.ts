// What a user does in the playground's task pane, as reusable steps for the browser tests. Every wait
// is bounded; names are the Japanese UI's accessible names (src/taskpane/i18n/ja.ts).
import type { Locator, Page } from "playwright-core";
import type { FakeExcel } from "../../src/playground/excel-fake";
import type { Harness } from "./harness";

export interface PlaygroundWindow {
  __playground: { fake: FakeExcel };
}

/** Long enough for a 100,000-row download on the 2-core CI machine; short enough to fail fast. */
export const STEP_MS = 30_000;

export const paneOf = (page: Page): Locator => page.locator('[data-testid="taskpane"]');

/** Opens the playground with every Playwright wait on the page bounded. */
export async function openPlayground(
  h: Harness,
  query = "",
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await h.open(query, viewport);
  page.setDefaultTimeout(STEP_MS);
  return page;
}

/**
 * Reloads the page with its own /playground-config.json (e.g. no base URLs, or a closed port), so one
 * harness serves tests that need different servers. Requests to hosts other than the static server and
 * `allowHosts` are aborted and returned in the list, so a test can prove nothing left the machine.
 */
export async function reloadWithConfig(
  h: Harness,
  page: Page,
  config: Record<string, string>,
  allowHosts: string[] = [],
): Promise<string[]> {
  const blocked: string[] = [];
  const staticHost = new URL(h.baseUrl).host;
  await page.route("**/playground-config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }),
  );
  await page.route(
    (url) => url.host !== staticHost && !allowHosts.includes(url.host) && url.protocol.startsWith("http"),
    (route) => {
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  await page.reload();
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  return blocked;
}

export async function setAppId(page: Page, appId: string): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("tab", { name: "設定" }).click();
  await pane.getByLabel("e-Stat アプリケーション ID").fill(appId);
  await pane.getByRole("button", { name: "保存" }).click();
  await pane.getByText("設定を保存しました。").waitFor({ timeout: 5_000 });
  await pane.getByRole("tab", { name: "統計データ" }).click();
}

/** Types a statsDataId (or URL) into the search box: the pane opens that table directly. */
export async function openTable(page: Page, id: string): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("searchbox", { name: "統計表を検索" }).fill(id);
  await pane.getByRole("button", { name: "検索", exact: true }).click();
  await pane.getByTestId("table-title").waitFor({ timeout: STEP_MS });
}

/**
 * The error bar titled `title`: waits for it, opens its 「詳細」 (the technical text sits behind it) and
 * returns the bar's whole text.
 */
export async function errorText(page: Page, title: string, timeout = STEP_MS): Promise<string> {
  const bar = paneOf(page).getByText(title).locator("..");
  await bar.waitFor({ timeout });
  const details = bar.getByRole("button", { name: /^(詳細|Details)$/ });
  if (await details.count()) {
    await details.click();
    await bar.getByTestId("error-details").waitFor({ timeout: 5_000 });
  }
  return (await bar.textContent()) ?? "";
}

export type SourceName = "オフラインパック" | "e-Stat" | "OECD";

/** Searches the chosen sources only (the others are unticked) and waits for results or a message. */
export async function search(page: Page, words: string, sources: SourceName[]): Promise<void> {
  const pane = paneOf(page);
  for (const s of ["オフラインパック", "e-Stat", "OECD"] as const) {
    await pane.getByRole("checkbox", { name: s, exact: true }).setChecked(sources.includes(s));
  }
  await pane.getByRole("searchbox", { name: "統計表を検索" }).fill(words);
  await pane.getByRole("button", { name: "検索", exact: true }).click();
  await pane
    .getByTestId("search-result")
    .first()
    .or(pane.getByRole("alert"))
    .or(pane.getByText(/該当する統計表はありません|検索できませんでした/))
    .first()
    .waitFor({ timeout: STEP_MS });
}

export async function openResult(page: Page, title: string): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("button", { name: `開く: ${title}`, exact: true }).click();
  await pane.getByTestId("table-title").waitFor({ timeout: STEP_MS });
}

/** Inspect → Filter & shape (defaults) → Preview; waits for the preview table. */
export async function previewWithDefaults(page: Page, timeout = STEP_MS): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("button", { name: "絞り込みと形式へ" }).click();
  await pane.getByRole("button", { name: "プレビュー", exact: true }).click();
  await pane.getByRole("table", { name: "プレビュー表" }).waitFor({ timeout });
}

/** From the preview to the load step, then 読み込む, waiting for 読み込み完了. */
export async function loadFromPreview(page: Page, timeout = STEP_MS): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("button", { name: "読み込み設定へ" }).click();
  await pane.getByRole("button", { name: "読み込む", exact: true }).click();
  await pane.getByRole("heading", { name: "読み込み完了" }).waitFor({ timeout });
}

export function fakeSnapshot(page: Page) {
  return page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.fake.snapshot());
}

export interface LoadedTable {
  name: string;
  sheet: string;
  /** 0-based rows/columns of the table including its header row. */
  rect: { r0: number; c0: number; r1: number; c1: number };
  header: unknown[];
  /** Text of the cells above the table and within its columns (the provenance block), one line per cell. */
  provenance: string;
  /** The first data row's values. */
  firstRow: unknown[];
  storedXml: string;
}

/** The newest Excel table in the fake workbook, with its header, first row and provenance text. */
export function lastTable(page: Page): Promise<LoadedTable> {
  return page.evaluate(() => {
    const wb = (window as unknown as PlaygroundWindow).__playground.fake.workbook;
    const t = wb.tables[wb.tables.length - 1];
    if (!t) throw new Error("no table in the workbook");
    const sheet = wb.sheets.find((s) => s.id === t.sheetId)!;
    const rowVals = (r: number) =>
      Array.from(
        { length: t.rect.c1 - t.rect.c0 + 1 },
        (_, k) => sheet.rows[r]?.[t.rect.c0 + k]?.value ?? null,
      );
    const texts: string[] = [];
    for (let r = 0; r < t.rect.r0; r++)
      for (const c of (sheet.rows[r] ?? []).slice(t.rect.c0, t.rect.c1 + 1))
        if (c && c.value !== "" && c.value !== null) texts.push(String(c.value));
    return {
      name: t.name,
      sheet: sheet.name,
      rect: { ...t.rect },
      header: rowVals(t.rect.r0),
      provenance: texts.join("\n"),
      firstRow: rowVals(t.rect.r0 + 1),
      storedXml: wb.customXmlParts.map((p) => p.xml).join("\n"),
    };
  });
}

/** A1 address of a 0-based cell, as the grid's data-cell attributes write it. */
export function a1(row: number, col: number): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements whose right edge passes the pane's, outside the preview's own scroll region. */
  offenders: string[];
}

/**
 * Horizontal overflow of the task pane: its scroll width, and any visible element sticking out past
 * its right edge (that also catches content clipped by an overflow:hidden ancestor).
 */
export function paneOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('[data-testid="taskpane"]')!;
    const right = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
    // What an ancestor clips (Fluent hides an empty SearchBox's clear button in a 0-px box) is not seen.
    const visibleRight = (el: HTMLElement) => {
      let r = el.getBoundingClientRect().right;
      for (let a = el.parentElement; a && a !== pane; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible") r = Math.min(r, a.getBoundingClientRect().right);
      return r;
    };
    const offenders: string[] = [];
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      if (el.closest('[role="region"]')) continue; // the preview table scrolls inside its own region
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.opacity === "0") continue;
      const past = visibleRight(el) - right;
      if (past > 1) {
        // Name the offender by what a person sees: its text, or its nearest labelled or classed ancestor.
        const host = el.parentElement?.closest<HTMLElement>("[aria-label], button, label, [class]") ?? el;
        const what =
          (el.textContent ?? "").trim() || host.getAttribute("aria-label") || host.textContent || "";
        const cls = (host.getAttribute("class") ?? "").split(" ")[0];
        offenders.push(
          `${el.tagName.toLowerCase()} in ${host.tagName.toLowerCase()}.${cls} "${what.trim().slice(0, 40)}" → ${Math.round(past)}px`,
        );
      }
    }
    return {
      scrollWidth: pane.scrollWidth,
      clientWidth: pane.clientWidth,
      offenders: offenders.slice(0, 10),
    };
  });
}

/** Screenshot after finite animations (dialog fade-ins, accordions) end; spinners keep spinning. */
export async function shot(h: Harness, page: Page, name: string): Promise<string> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined); // a screenshot mid-animation is still worth saving
  return h.shot(page, name);
}

/** Preview cells whose one-line text is wider than the cell (it runs into the next column). */
export function previewCellsCut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid="taskpane"] table[aria-label] :is(th, td)'),
    )
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => (c.textContent ?? "").trim())
      .slice(0, 10),
  );
}

/** Screenshot, then no horizontal overflow of the pane (the preview table scrolls in its own region). */
export async function narrowScreen(h: Harness, page: Page, name: string): Promise<void> {
  await shot(h, page, name);
  const o = await paneOverflow(page);
  expect({ screen: name, overflow: o.scrollWidth > o.clientWidth + 1, offenders: o.offenders }).toEqual({
    screen: name,
    overflow: false,
    offenders: [],
  });
}
