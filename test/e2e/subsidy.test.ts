import { cellText, enterFormula, startHarness, type Harness } from "./harness";

jest.setTimeout(90000);

const yen = (s: string) => Number(s.replace(/[^\d]/g, ""));

describe("subsidy calculator in the playground", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it("computes a Go-Tech consortium, writes the live sheet, and recalculates when an input cell changes", async () => {
    const page = await h.open();
    const pane = page.locator('[data-testid="taskpane"]');
    await pane.getByRole("tab", { name: "補助金シミュレーター" }).click();
    // The programme list loads asynchronously: open the dropdown again until the option is there.
    const option = page.getByRole("option").filter({ hasText: "Go-Tech事業）" });
    for (let i = 0; i < 5 && !(await option.isVisible()); i++) {
      await pane.getByRole("combobox", { name: "補助事業" }).click();
      await option.waitFor({ timeout: 2000 }).catch(() => undefined);
    }
    // An open dropdown must not hide the workbook (FluentProvider className leaking into portals did).
    const gridStillShown = await page.evaluate(
      () => !!document.elementFromPoint(200, 200)?.closest('[data-testid="grid"]'),
    );
    expect(gridStillShown).toBe(true);
    await option.click();
    // The family preselects today's round; the case below is about 令和7年度 (its caps), so pick it.
    await pane.getByRole("combobox", { name: "公募回" }).click();
    await page.getByRole("option", { name: "令和7年度" }).click();
    await expect(pane.getByRole("group", { name: "公募回の情報" }).textContent()).resolves.toMatch(
      /公募期間: 2025-02-17〜2025-04-23 17:00（日本時間）.*締切済/,
    );
    await pane.getByLabel("構成員 1 の 1 年度目の経費（円）").fill("30000000");
    await pane.getByLabel("構成員 1 の 2 年度目の経費（円）").fill("30000000");
    await pane.getByLabel("構成員 2 の 1 年度目の経費（円）").fill("6000000");
    await pane.getByLabel("構成員 2 の 2 年度目の経費（円）").fill("6000000");
    // The tab also holds the 研究開発税制 section (控除額を計算): use the subsidy section's button.
    const subsidy = pane.getByRole("region", { name: "補助金シミュレーター" });
    await subsidy.getByRole("button", { name: "補助金額を計算" }).click();
    const result = subsidy.getByTestId("subsidy-result");
    await result.waitFor({ timeout: 20000 });
    // SME 2/3 of 30,000,000 = 20,000,000 + university 定額 6,000,000 = 26,000,000 a year (under the 4,500万円 cap).
    await expect(result.textContent()).resolves.toMatch(/52,000,000/);
    expect(await pane.getByTestId("finding").count()).toBeGreaterThan(0);
    await h.shot(page, "subsidy-gotech-result");

    await subsidy.getByRole("button", { name: "補助金の計算シートを書き込む" }).click();
    await page.getByTestId("sheet-tab-補助金計算").waitFor({ timeout: 20000 });
    await page.getByTestId("sheet-tab-補助金計算").click();
    await h.shot(page, "subsidy-live-sheet-written");
    // Results sit under their headers (issue 14: they were one column to the left, the total under
    // 「2年度目」): row 11 holds 1年度目 / 2年度目 / 合計 in C:E, row 12 the amounts.
    await page.waitForFunction(
      () => document.querySelector('[data-cell="E12"]')?.textContent === "52,000,000",
    );
    expect(await cellText(page, "C11")).toBe("1年度目 / Year 1");
    expect(await cellText(page, "E11")).toBe("合計 / Total");
    expect(await cellText(page, "C12")).toBe("26,000,000");
    expect(await cellText(page, "D12")).toBe("26,000,000");
    // findings: the code first, then severity and status as Japanese words
    expect(await cellText(page, "B15")).toBe("重要度 / Severity");
    expect(["情報", "注意", "エラー"]).toContain(await cellText(page, "B16"));
    await h.shot(page, "subsidy-live-sheet");

    // A colleague raises the SME's year-1 cost: 2/3 × 60,000,000 + 6,000,000 = 46,000,000 > 45,000,000 cap.
    await enterFormula(page, "C8", "60000000");
    await page.waitForFunction(
      () => document.querySelector('[data-cell="C12"]')?.textContent === "45,000,000",
    );
    expect(yen(await cellText(page, "E12"))).toBe(45_000_000 + 26_000_000);
    await h.shot(page, "subsidy-live-sheet-recalculated");

    // Writing again asks 上書き / 新しいシートに書く / キャンセル; a new sheet keeps the edited one.
    await subsidy.getByRole("button", { name: "補助金の計算シートを書き込む" }).click();
    const dialog = page.getByRole("alertdialog", { name: "計算シートはすでにあります" });
    await dialog.waitFor({ timeout: 10000 });
    await h.shot(page, "subsidy-sheet-choice-dialog");
    await dialog.getByRole("button", { name: "新しいシートに書く" }).click();
    await page.getByTestId("sheet-tab-補助金計算 (2)").waitFor({ timeout: 20000 });
    await pane.getByText("計算シート「補助金計算 (2)」を書き込みました", { exact: false }).waitFor();
    await page.getByTestId("sheet-tab-補助金計算").click();
    await page.waitForFunction(
      () => document.querySelector('[data-cell="C8"]')?.textContent === "60,000,000",
    );
    await page.close();
  });

  it("the grant formulas work typed by hand, with Japanese names", async () => {
    const page = await h.open();
    await enterFormula(page, "A1", "=SME.CAPPEDGRANT(3000000, 2/3, 1250000)");
    await page.waitForFunction(() => document.querySelector('[data-cell="A1"]')?.textContent === "1250000");
    await page.close();
  });
});
