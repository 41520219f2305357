import { cellText, enterFormula, startHarness, type Harness } from "./harness";

jest.setTimeout(60000);

describe("playground in Chromium", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it("loads with a workbook grid, formula bar and the task pane in Japanese", async () => {
    const page = await h.open();
    await page.waitForSelector('[data-testid="grid"]');
    const pane = page.locator('[data-testid="taskpane"]');
    await pane.getByRole("tab", { name: "統計データ" }).waitFor();
    expect(await pane.getByRole("tab", { name: "補助金シミュレーター" }).count()).toBe(1);
    await h.shot(page, "playground-start");
    await page.close();
  });

  it("evaluates SME.LABORSHARE typed in the formula box", async () => {
    const page = await h.open();
    await enterFormula(page, "A1", "=SME.LABORSHARE(230000, 301000)");
    await page.waitForFunction(() =>
      document.querySelector('[data-cell="A1"]')?.textContent?.startsWith("0.76"),
    );
    expect(await cellText(page, "A1")).toMatch(/^0\.7641/);
    await enterFormula(page, "B1", "=SME.LABORSHARE(1, 0)");
    await page.waitForFunction(() => document.querySelector('[data-cell="B1"]')?.textContent === "#DIV/0!");
    await h.shot(page, "playground-laborshare");
    await page.close();
  });

  it("resolves Japanese names and spills a range result", async () => {
    const page = await h.open();
    await enterFormula(page, "A1", "100");
    await enterFormula(page, "A2", "200");
    await enterFormula(page, "B1", "400");
    await enterFormula(page, "B2", "250");
    await enterFormula(page, "C1", "=SME.労働分配率(A1:A2, B1:B2)");
    await page.waitForFunction(() => document.querySelector('[data-cell="C2"]')?.textContent === "0.8");
    expect(await cellText(page, "C1")).toBe("0.25");
    await h.shot(page, "playground-japanese-spill");
    await page.close();
  });
});
