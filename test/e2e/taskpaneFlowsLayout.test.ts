// The task pane in English and at Office's narrowest pane width (320 px): every main screen is
// photographed, checked for untranslated text (English) and for horizontal overflow (320 px).
import { BUNDLED_DATAFLOWS } from "../../src/core/stats/oecd/catalogue";
import type { Page } from "playwright-core";
import { startEstatFake } from "../servers/estatFake";
import { startHarnessWithFakes, type Harness } from "./harness";
import {
  openPlayground,
  narrowScreen,
  openTable,
  paneOf,
  previewCellsCut,
  reloadWithConfig,
  search,
  setAppId,
  shot,
} from "./paneSteps";

jest.setTimeout(60_000);

const WIDE = "0001000021";
// Long words without spaces are what a narrow pane has to wrap.
const LONG_TITLE =
  "法人企業統計調査_時系列データ_金融業、保険業以外の業種（原数値）_資本金階級別_当期末資産・負債・純資産及び損益";
// The title the OECD search shows: the catalogue's Japanese name.
const MSTI = BUNDLED_DATAFLOWS.find((e) => e.id === "DSD_MSTI@DF_MSTI")!.nameJa!;
const NARROW = { width: 1000, height: 900 };

/** Visible Japanese text in the pane, other than the way back to Japanese. */
async function japaneseLeft(page: Page): Promise<string[]> {
  const text = await paneOf(page).innerText();
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /[\u3040-\u30ff\u3400-\u9fff]/.test(l) && l !== "日本語");
}

describe("task pane layout in the playground: English UI and a 320 px pane", () => {
  let h: Harness;
  beforeAll(async () => {
    ({ h } = await startHarnessWithFakes({
      tables: (e) =>
        e.setTable(WIDE, {
          rows: 600,
          title: LONG_TITLE,
          dims: [
            { id: "tab", name: "表章項目", size: 2 },
            { id: "cat01", name: "産業（金融業、保険業以外の業種）", size: 30 },
            { id: "time", name: "時間軸（年次）", size: 10 },
          ],
        }),
    }));
  });
  afterAll(async () => h?.close());

  it("switches to English and finds, inspects, filters and previews an OECD table with no Japanese left", async () => {
    const page = await openPlayground(h);
    const pane = paneOf(page);
    await pane.getByRole("button", { name: "Switch to English" }).click();
    await pane.getByRole("tab", { name: "Statistics" }).waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await japaneseLeft(page)).toEqual([]);
    await shot(h, page, "taskpane-en-find");

    for (const s of ["Offline pack", "e-Stat"]) await pane.getByRole("checkbox", { name: s }).uncheck();
    await pane.getByRole("searchbox", { name: "Search statistics tables" }).fill("MSTI");
    await pane.getByRole("button", { name: "Search", exact: true }).click();
    await pane.getByRole("button", { name: `Open: ${MSTI}` }).click();
    await pane.getByRole("heading", { name: "About this table" }).waitFor({ timeout: 15_000 });
    expect(await japaneseLeft(page)).toEqual([]);
    await shot(h, page, "taskpane-en-inspect");

    await pane.getByRole("button", { name: "Filter and shape" }).click();
    await pane.getByRole("radio", { name: /^Wide/ }).check();
    expect(await japaneseLeft(page)).toEqual([]);
    await shot(h, page, "taskpane-en-filter");
    await pane.getByRole("button", { name: "Preview", exact: true }).click();
    const preview = pane.getByRole("table", { name: "Preview table" });
    await preview.waitFor({ timeout: 15_000 });
    expect(await japaneseLeft(page)).toEqual([]);
    const header = await preview.getByRole("columnheader").allInnerTexts();
    expect(header).toEqual(expect.arrayContaining(["Reference area", "2000", "2023"]));
    expect(await preview.innerText()).toContain("Japan");
    expect(await previewCellsCut(page)).toEqual([]);
    await shot(h, page, "taskpane-en-preview");
    await page.close();
  });

  it("opens in English with ?lang=en", async () => {
    const page = await openPlayground(h, "?lang=en");
    await paneOf(page).getByRole("heading", { name: "Find a table" }).waitFor({ timeout: 5_000 });
    expect(await japaneseLeft(page)).toEqual([]);
    await page.close();
  });

  it("fits every main screen into a 320 px pane without horizontal overflow", async () => {
    const page = await openPlayground(h, "?paneWidth=320", NARROW);
    const pane = paneOf(page);
    await narrowScreen(h, page, "taskpane-320-find");
    await setAppId(page, "playground-test-app");
    await pane.getByRole("tab", { name: "設定" }).click();
    await pane.getByRole("button", { name: "保存" }).waitFor();
    await narrowScreen(h, page, "taskpane-320-settings");
    await pane.getByRole("tab", { name: "統計データ" }).click();

    await search(page, "法人企業統計調査", ["オフラインパック", "e-Stat", "OECD"]);
    await narrowScreen(h, page, "taskpane-320-results");
    await openTable(page, WIDE);
    await narrowScreen(h, page, "taskpane-320-inspect");

    await pane.getByRole("button", { name: "絞り込みと形式へ" }).click();
    await pane.getByRole("button", { name: /^産業（金融業/ }).click();
    await pane.getByTestId("dimension-cat01").waitFor();
    await pane.getByRole("radio", { name: "横長（クロス表）" }).check();
    await narrowScreen(h, page, "taskpane-320-filter");

    await pane.getByRole("button", { name: "プレビュー", exact: true }).click();
    await pane.getByRole("table", { name: "プレビュー表" }).waitFor({ timeout: 15_000 });
    await narrowScreen(h, page, "taskpane-320-preview");
    expect(await previewCellsCut(page)).toEqual([]);
    const region = await page.evaluate(() => {
      const r = document.querySelector<HTMLElement>('[data-testid="taskpane"] [role="region"]')!;
      return { scrollWidth: r.scrollWidth, clientWidth: r.clientWidth };
    });
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth); // the wide preview scrolls inside

    await pane.getByRole("button", { name: "読み込み設定へ" }).click();
    await pane.getByRole("textbox", { name: "シート名" }).waitFor();
    await narrowScreen(h, page, "taskpane-320-load");
    await pane.getByRole("button", { name: "読み込む", exact: true }).click();
    await pane.getByRole("heading", { name: "読み込み完了" }).waitFor({ timeout: 15_000 });
    await narrowScreen(h, page, "taskpane-320-result");

    await pane.getByRole("tab", { name: "更新" }).click();
    await pane.getByRole("button", { name: "すべての表を更新" }).click();
    await pane.getByTestId("refresh-reports").waitFor({ timeout: 15_000 });
    await narrowScreen(h, page, "taskpane-320-refresh");
    await page.close();
  });

  it("keeps a long error message (a URL in it) inside a 320 px pane", async () => {
    const down = await startEstatFake({});
    await down.close();
    const page = await openPlayground(h, "?paneWidth=320", NARROW);
    const pane = paneOf(page);
    await reloadWithConfig(h, page, { estatBaseUrl: down.baseUrl }, [new URL(down.baseUrl).host]);
    await setAppId(page, "playground-test-app");
    await pane.getByRole("searchbox", { name: "統計表を検索" }).fill(WIDE);
    await pane.getByRole("button", { name: "検索", exact: true }).click();
    await pane.getByText("統計表を開けませんでした").waitFor({ timeout: 30_000 });
    await narrowScreen(h, page, "taskpane-320-error");
    await page.close();
  });

  it("fits the English screens into a 320 px pane", async () => {
    const page = await openPlayground(h, "?lang=en&paneWidth=320", NARROW);
    const pane = paneOf(page);
    await narrowScreen(h, page, "taskpane-320-en-find");
    await pane.getByRole("searchbox", { name: "Search statistics tables" }).fill("MSTI");
    await pane.getByRole("button", { name: "Search", exact: true }).click();
    await pane.getByRole("button", { name: `Open: ${MSTI}` }).click();
    await pane.getByRole("heading", { name: "About this table" }).waitFor({ timeout: 15_000 });
    await narrowScreen(h, page, "taskpane-320-en-inspect");
    await pane.getByRole("button", { name: "Filter and shape" }).click();
    await narrowScreen(h, page, "taskpane-320-en-filter");
    await loadPreviewEn(page);
    await narrowScreen(h, page, "taskpane-320-en-preview");
    await page.close();
  });
});

async function loadPreviewEn(page: Page): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("button", { name: "Preview", exact: true }).click();
  await pane.getByRole("table", { name: "Preview table" }).waitFor({ timeout: 15_000 });
}
