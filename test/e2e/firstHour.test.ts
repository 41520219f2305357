// Issue 14 in the playground as a new user meets it: the pane's help links and the reference page (same
// origin), the selected error cell's message under the formula bar in the pane's language, the Excel
// functions the examples combine with ours, and the calculator and its new screens at 320 px and wide,
// in Japanese and English. Screenshots go to test-results/.
import type { Page } from "playwright-core";
import { cellText, enterFormula, RESULTS, startHarness, type Harness } from "./harness";
import { narrowScreen, openPlayground, paneOf, shot } from "./paneSteps";

jest.setTimeout(90_000);

const NARROW = { width: 1000, height: 900 };

/** Picks a programme family by the start of its name, fills the grant applicant and calculates. */
async function calculateGrant(page: Page, family: RegExp, lang: "ja" | "en"): Promise<void> {
  const pane = paneOf(page);
  await pane
    .getByRole("tab", { name: lang === "ja" ? "補助金シミュレーター" : "Subsidy calculator" })
    .click();
  const subsidy = pane.getByRole("region", {
    name: lang === "ja" ? "補助金シミュレーター" : "Subsidy calculator",
  });
  const option = page.getByRole("option", { name: family }).first();
  for (let i = 0; i < 5 && !(await option.isVisible()); i++) {
    await subsidy.getByRole("combobox", { name: lang === "ja" ? "補助事業" : "Programme" }).click();
    await option.waitFor({ timeout: 2000 }).catch(() => undefined);
  }
  await option.click();
  await subsidy.getByRole("combobox", { name: lang === "ja" ? "業種" : "Industry" }).fill("製造業");
  await subsidy.getByLabel(lang === "ja" ? "従業員数（人）" : "Employees").fill("30");
  await subsidy
    .getByLabel(lang === "ja" ? "補助対象経費（円・税抜）" : /^Eligible cost/)
    .fill("２０００万円");
  await subsidy.getByRole("button", { name: lang === "ja" ? "補助金額を計算" : "Calculate grant" }).click();
  await subsidy.getByTestId("subsidy-result").waitFor({ timeout: 20_000 });
}

describe("the first hour in the playground (issue 14)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it("links the pane to 「はじめに」 and the reference, both served from the same origin", async () => {
    const page = await openPlayground(h);
    const nav = paneOf(page).getByRole("navigation", { name: "ヘルプ" });
    for (const [name, path, text] of [
      ["はじめに", "/docs/getting-started.html", "バッジの意味"],
      ["関数リファレンス", "/docs/functions.html", "目次 / Contents"],
    ]) {
      const href = await nav.getByRole("link", { name }).evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).origin).toBe(new URL(page.url()).origin);
      expect(new URL(href).pathname).toBe(path);
      const body = await page.evaluate(async (u) => (await fetch(u)).text(), href);
      expect(body).toContain(text);
    }
    await page.goto(new URL("docs/functions.html", page.url()).href);
    await page
      .getByRole("navigation", { name: "目次 / Contents" })
      .getByRole("link", { name: /SME\.LABORSHARE/ })
      .click();
    expect(new URL(page.url()).hash).toBe("#laborshare");
    await page.screenshot({ path: `${RESULTS}/reference-toc.png` });
    await page.close();
  });

  it("shows a selected error cell's message under the formula bar, with the function's help link", async () => {
    const page = await openPlayground(h);
    await enterFormula(page, "A1", "=SUM(1, 2, 3)");
    await enterFormula(page, "A2", "=ROUND(2.15, 1)");
    await enterFormula(page, "A3", '=IF(A1>5, "大", "小")');
    await enterFormula(page, "A4", "=ROUNDDOWN(SME.CAPPEDGRANT(3000000, 2/3, 5000000), -3)");
    await enterFormula(page, "A5", '=SME.GRANT("NO-SUCH", 1000000, 5, "製造業")');
    await page.waitForFunction(() => document.querySelector('[data-cell="A4"]')?.textContent !== "");
    expect(await cellText(page, "A1")).toBe("6");
    expect(await cellText(page, "A2")).toBe("2.2");
    expect(await cellText(page, "A3")).toBe("大");
    expect(await cellText(page, "A4")).toBe("2000000");
    // A spill that runs into a value: #SPILL!, with Excel's reason
    await enterFormula(page, "C2", "x");
    await enterFormula(page, "C1", '=SME.PROGRAMS("GOTECH")');
    await page.locator('[data-cell="A5"]').click();
    const error = page.getByTestId("cell-error");
    await expect(error.textContent()).resolves.toMatch(/^#VALUE! 補助金「NO-SUCH」は見つかりません/);
    await expect(error.textContent()).resolves.not.toMatch(/Programme 'NO-SUCH' not found/);
    const help = page.getByTestId("function-help");
    expect(await help.textContent()).toBe("SME.GRANT のヘルプ");
    const href = await help.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(new URL("docs/functions.html#grant", page.url()).href);
    await h.shot(page, "playground-error-message-ja");
    await page.locator('[data-cell="C1"]').click();
    await expect(error.textContent()).resolves.toBe("#SPILL! スピル範囲が空白ではありません。");
    await enterFormula(page, "A6", "=VLOOKUP(1, A1:A3, 1)");
    await page.locator('[data-cell="A6"]').click();
    await expect(error.textContent()).resolves.toMatch(
      /^#NAME\? 関数 VLOOKUP はプレイグラウンドにありません/,
    );
    await page.close();
  });

  it("shows the same messages in English when the pane is in English", async () => {
    const page = await openPlayground(h, "?lang=en");
    await enterFormula(page, "C2", "x");
    await enterFormula(page, "C1", '=SME.PROGRAMS("GOTECH")');
    await enterFormula(page, "A1", "=ROUND(1)");
    await page.locator('[data-cell="C1"]').click();
    const error = page.getByTestId("cell-error");
    await expect(error.textContent()).resolves.toBe("#SPILL! The spill range isn't blank.");
    expect(await page.getByTestId("function-help").textContent()).toBe("Help on SME.PROGRAMS");
    await page.locator('[data-cell="A1"]').click();
    await expect(error.textContent()).resolves.toBe("#VALUE! ROUND: needs 2 arguments");
    await h.shot(page, "playground-error-message-en");
    await page.close();
  });

  it.each([
    ["ja", "?paneWidth=320", NARROW, "320"],
    ["en", "?lang=en&paneWidth=320", NARROW, "320"],
    ["ja", "", undefined, "wide"],
    ["en", "?lang=en", undefined, "wide"],
  ] as const)(
    "the calculator, its labels and the sheet choice fit the pane (%s, %s)",
    async (lang, query, viewport, size) => {
      const page = await openPlayground(h, query, viewport);
      const pane = paneOf(page);
      await narrowScreen(h, page, `first-hour-${size}-${lang}-find`);
      await calculateGrant(page, /ものづくり.*高付加価値化枠|Monozukuri|ものづくり/, lang);
      const result = pane.getByTestId("subsidy-result");
      const text = (await result.textContent()) ?? "";
      expect(text).toMatch(lang === "ja" ? /情報/ : /Info/);
      // no badge or label shows a raw code (the code itself stays, small, in a <code>)
      const raw = await result.evaluate((el) =>
        Array.from(el.querySelectorAll("*"))
          .filter((e) => e.children.length === 0 && e.tagName !== "CODE")
          .map((e) => (e.textContent ?? "").trim())
          .filter((t) => /^(info|warning|error|verified|secondary|assumption|official-summary)$/.test(t)),
      );
      expect(raw).toEqual([]);
      expect(text).toMatch(lang === "ja" ? /補助対象経費 20,000,000 円/ : /20,000,000/);
      await narrowScreen(h, page, `first-hour-${size}-${lang}-calculator`);
      // Write twice: the second time asks overwrite / new sheet / cancel.
      const write = pane
        .getByRole("button", { name: lang === "ja" ? "補助金の計算シートを書き込む" : "Write grant sheet" })
        .first();
      await write.click();
      await page.getByTestId("sheet-tab-補助金計算").waitFor({ timeout: 20_000 });
      await write.click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor({ timeout: 10_000 });
      await shot(h, page, `first-hour-${size}-${lang}-sheet-choice`);
      await dialog.getByRole("button", { name: lang === "ja" ? "キャンセル" : "Cancel" }).click();
      await page.close();
    },
  );
});
