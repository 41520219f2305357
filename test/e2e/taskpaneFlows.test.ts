// The task pane's load flows in the playground, driven as a user would: cancel mid-load, the overwrite
// confirmation, refresh after the source changed, and a chart of the loaded table.
import { generateStatsData, startEstatFake, type EstatFake } from "../servers/estatFake";
import { cellText, enterFormula, startHarness, type Harness } from "./harness";
import {
  a1,
  fakeSnapshot,
  lastTable,
  loadFromPreview,
  openPlayground,
  openTable,
  paneOf,
  previewWithDefaults,
  setAppId,
  shot,
  type PlaygroundWindow,
} from "./paneSteps";

jest.setTimeout(60_000);

const BIG = "0001000001"; // 100,000 rows: four 4 MB write requests, enough to cancel between them
const SMALL = "0001000002"; // 2,000 rows, for refresh and chart
const TINY = "0001000003"; // 30 rows, loaded over typed-in cells

/** The grid's text of a number cell, as a number ("1,234.5" → 1234.5). */
const gridNumber = (s: string) => Number(s.replace(/,/g, ""));

describe("task pane load flows in the playground", () => {
  let h: Harness;
  let estat: EstatFake;
  beforeAll(async () => {
    estat = await startEstatFake({});
    estat.setTable(BIG, { rows: 100_000, title: "生成表（中止テスト）" });
    estat.setTable(SMALL, { rows: 2_000, title: "生成表（更新テスト）" });
    estat.setTable(TINY, { rows: 30, title: "生成表（上書きテスト）" });
    h = await startHarness({ estatBaseUrl: estat.baseUrl });
    h.closers.push(() => estat.close());
  });
  afterAll(async () => h?.close());

  it("cancelling a half-written load puts the workbook back exactly as it was and says so", async () => {
    // Every Excel sync takes 1 s here, so the 100,000-row write is visibly in progress.
    const page = await openPlayground(h, "?latency=1000");
    const pane = paneOf(page);
    await enterFormula(page, "A1", "既存の値");
    await setAppId(page, "playground-test-app");
    await openTable(page, BIG);
    await previewWithDefaults(page);
    await pane.getByRole("button", { name: "読み込み設定へ" }).click();
    const before = await fakeSnapshot(page);

    await pane.getByRole("button", { name: "読み込む", exact: true }).click();
    const progress = pane.getByTestId("load-progress");
    await progress.getByRole("progressbar").waitFor({ timeout: 10_000 });
    // Wait until rows are really in the workbook: the new sheet holds the first 4 MB chunk.
    await page.waitForFunction(
      () =>
        (window as unknown as PlaygroundWindow).__playground.fake.workbook.sheets.some(
          (s) => s.rows.length > 10_000,
        ),
      undefined,
      { timeout: 20_000 },
    );
    await pane.getByText(/書き込み中: [\d,]+ \/ 100,000 行/).waitFor({ timeout: 5_000 });
    await shot(h, page, "taskpane-cancel-progress");
    await progress.getByRole("button", { name: "読み込みを中止" }).click();

    await pane.getByText("読み込みを中止しました。ブックは変更されていません。").waitFor({ timeout: 15_000 });
    await shot(h, page, "taskpane-cancelled");
    expect(await fakeSnapshot(page)).toEqual(before);
    expect(await page.getByTestId("sheet-tab-生成表（中止テスト）").count()).toBe(0);
    expect(await cellText(page, "A1")).toBe("既存の値");
    // The load step stays, ready for another try.
    await expect(pane.getByRole("button", { name: "読み込む", exact: true }).isEnabled()).resolves.toBe(true);
    await page.close();
  });

  it("asks before overwriting typed-in cells: キャンセル keeps them, 上書きする writes the table", async () => {
    const page = await openPlayground(h);
    const pane = paneOf(page);
    await enterFormula(page, "C5", "残したい値");
    await enterFormula(page, "D20", "12345");
    await enterFormula(page, "A1", "範囲外");
    await setAppId(page, "playground-test-app");
    await openTable(page, TINY);
    await previewWithDefaults(page);
    await pane.getByRole("button", { name: "読み込み設定へ" }).click();
    await page.click('[data-cell="B3"]');
    await pane.getByRole("radio", { name: "選択中のセル" }).check();
    const before = await fakeSnapshot(page);

    await pane.getByRole("button", { name: "読み込む", exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: "セルを上書きしますか？" });
    await dialog.waitFor({ timeout: 10_000 });
    const text = (await dialog.textContent()) ?? "";
    // C5 and D20 lie under the block that starts at B3; A1 does not.
    expect(text).toMatch(/シート「Sheet1」の Sheet1!B3:[A-Z]+\d+ には空でないセルが 2 個あります/);
    expect(text).toContain("残したい値");
    expect(text).toContain("12345");
    expect(text).not.toContain("範囲外");
    await shot(h, page, "taskpane-overwrite-dialog");

    await dialog.getByRole("button", { name: "キャンセル" }).click();
    await pane.getByText("上書きしませんでした。ブックは変更されていません。").waitFor({ timeout: 5_000 });
    await shot(h, page, "taskpane-overwrite-declined");
    expect(await fakeSnapshot(page)).toEqual(before);
    expect(await cellText(page, "C5")).toBe("残したい値");
    expect(await cellText(page, "D20")).toBe("12345");

    await pane.getByRole("button", { name: "読み込む", exact: true }).click();
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByRole("button", { name: "上書きする" }).click();
    await pane.getByRole("heading", { name: "読み込み完了" }).waitFor({ timeout: 15_000 });
    await shot(h, page, "taskpane-overwrite-written");
    const t = await lastTable(page);
    expect(t.sheet).toBe("Sheet1");
    expect(t.rect.c0).toBe(1); // column B
    expect(t.rect.r1 - t.rect.r0).toBe(30);
    expect(t.provenance.split("\n")[0]).toBe("出典 / Source"); // B3 starts the provenance block
    expect(await cellText(page, "C5")).not.toBe("残したい値");
    expect(await cellText(page, "A1")).toBe("範囲外");
    await page.close();
  });

  it("refreshes a loaded table after the source changed, reports the change and shows the new values", async () => {
    estat.setTable(SMALL, { rows: 2_000, title: "生成表（更新テスト）", seed: 1 });
    const page = await openPlayground(h);
    const pane = paneOf(page);
    await setAppId(page, "playground-test-app");
    await openTable(page, SMALL);
    await previewWithDefaults(page);
    await loadFromPreview(page);
    const loaded = await lastTable(page);
    const valueCol = loaded.rect.c0 + loaded.header.indexOf("値");
    const firstValue = a1(loaded.rect.r0 + 1, valueCol);
    const oldShown = gridNumber(await cellText(page, firstValue));
    expect(oldShown).toBe(Number(generateStatsData({ rows: 2_000, seed: 1 }).valueText(0)));

    // The source revises every value and adds 100 rows.
    estat.setTable(SMALL, { rows: 2_100, title: "生成表（更新テスト）", seed: 2 });
    const expected = Number(generateStatsData({ rows: 2_100, seed: 2 }).valueText(0));
    expect(expected).not.toBe(oldShown);

    await pane.getByRole("tab", { name: "更新" }).click();
    await pane.getByRole("list", { name: "読み込んだ統計表" }).waitFor({ timeout: 10_000 });
    await shot(h, page, "taskpane-refresh-list");
    await pane.getByRole("button", { name: "更新: 生成表（更新テスト）" }).click();
    const reports = pane.getByTestId("refresh-reports");
    await reports.waitFor({ timeout: 20_000 });
    const report = (await reports.textContent()) ?? "";
    const changes = /行 \+([\d,]+) \/ −([\d,]+)、変更されたセル ([\d,]+) 個/;
    expect(report).toMatch(changes);
    const [, added, removed, changed] = changes.exec(report)!.map((x) => gridNumber(x ?? ""));
    expect([added, removed]).toEqual([100, 0]);
    expect(changed).toBeGreaterThan(1_000); // nearly every value changed with the seed
    await shot(h, page, "taskpane-refresh-report");

    await page.waitForFunction(
      ([cell, want]) =>
        Number((document.querySelector(`[data-cell="${cell}"]`)?.textContent ?? "").replace(/,/g, "")) ===
        want,
      [firstValue, expected] as const,
      { timeout: 10_000 },
    );
    await page.locator(`[data-cell="${firstValue}"]`).scrollIntoViewIfNeeded();
    await shot(h, page, "taskpane-refresh-grid");
    const after = await lastTable(page);
    expect(after.rect.r1 - after.rect.r0).toBe(2_100);
    expect(after.firstRow[after.header.indexOf("値")]).toBe(expected);
    await page.close();
  });

  it("inserts a chart of the whole loaded table, titled with its source", async () => {
    estat.setTable(SMALL, { rows: 2_000, title: "生成表（更新テスト）", seed: 1 });
    const page = await openPlayground(h);
    const pane = paneOf(page);
    await setAppId(page, "playground-test-app");
    await openTable(page, SMALL);
    await previewWithDefaults(page);
    await loadFromPreview(page);
    const loaded = await lastTable(page);
    await pane.getByRole("button", { name: "表全体のグラフを挿入" }).click();
    await pane.getByText(/グラフ「.+」を挿入しました。/).waitFor({ timeout: 10_000 });
    await shot(h, page, "taskpane-chart");
    const charts = await page.evaluate(() =>
      (window as unknown as PlaygroundWindow).__playground.fake.snapshot().charts.map((c) => ({
        title: String(c.title ?? ""),
        sheet: String(c.sheet),
      })),
    );
    expect(charts).toHaveLength(1);
    expect(charts[0].sheet).toBe(loaded.sheet);
    expect(charts[0].title).toContain("生成表（更新テスト）");
    expect(charts[0].title).toContain("出典: e-Stat");
    await page.close();
  });
});
