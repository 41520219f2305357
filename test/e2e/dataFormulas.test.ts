import type { Page } from "playwright-core";
import type { EstatFake } from "../servers/estatFake";
import { cellText, enterFormula, startHarnessWithFakes, type Harness } from "./harness";
import { paneOf, setAppId } from "./paneSteps";

jest.setTimeout(90000);

async function waitCell(page: Page, cell: string, expected: string | RegExp) {
  await page
    .waitForFunction(
      ([c, src, flags]) =>
        new RegExp(src, flags).test(document.querySelector(`[data-cell="${c}"]`)?.textContent ?? ""),
      [
        cell,
        typeof expected === "string"
          ? `^${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`
          : expected.source,
        "",
      ],
      { timeout: 20000 },
    )
    .catch(async (e) => {
      const shown = await page.evaluate((c) => {
        const td = document.querySelector(`[data-cell="${c}"]`);
        return `${td?.textContent} (${td?.getAttribute("title")})`;
      }, cell);
      await page.screenshot({ path: `test-results/data-failure-${cell}.png` });
      throw new Error(`${cell} shows ${shown}, expected ${expected}: ${(e as Error).message}`);
    });
}

const dataRequests = (estat: EstatFake) =>
  estat.requests.filter((r) => r.path.endsWith("/getStatsData")).length;

describe("data formulas in the playground", () => {
  let h: Harness;
  let estat: EstatFake;
  beforeAll(async () => {
    ({ h, estat } = await startHarnessWithFakes());
  });
  afterAll(async () => h?.close());

  it("SME.INDICATOR spills a bundled series offline, with no appId", async () => {
    const page = await h.open();
    await enterFormula(page, "A1", '=SME.INDICATOR("minimum_wage_national_weighted_avg", 2020, 2024)');
    await waitCell(page, "A1", /period|期間/);
    expect(await cellText(page, "A2")).toMatch(/2020/);
    expect(Number((await cellText(page, "B2")).replace(/,/g, ""))).toBeGreaterThan(800);
    await h.shot(page, "data-indicator");
    await page.close();
  });

  it("SME.ESTAT and SME.ESTATVALUE fetch from the fake e-Stat once, and refresh refetches", async () => {
    const page = await h.open();
    const pane = paneOf(page);
    await setAppId(page, "playground-formulas");

    const before = dataRequests(estat);
    await enterFormula(page, "A1", '=SME.ESTAT("0003425893")');
    await waitCell(page, "A1", /tab_code|表章項目/);
    const selectors =
      '"tab=33","cat01=01","cat02=01","cat03=02","cat04=02","cat05=01","cat06=02","time=2020000000"';
    await enterFormula(page, "A30", `=SME.ESTATVALUE("0003425893",${selectors})`);
    await waitCell(page, "A30", "19");
    await enterFormula(page, "A31", "=SME.SOURCE(A1:A2)");
    await waitCell(page, "A31", /0003425893[\s\S]*e-Stat|e-Stat[\s\S]*0003425893/);
    const afterFirst = dataRequests(estat);
    expect(afterFirst - before).toBeGreaterThanOrEqual(1);
    expect(afterFirst - before).toBeLessThanOrEqual(4);
    await h.shot(page, "data-estat");

    // Recalculation (typing elsewhere) costs no request.
    await enterFormula(page, "A35", "=1+1");
    await waitCell(page, "A35", "2");
    expect(dataRequests(estat)).toBe(afterFirst);

    await pane.getByRole("tab", { name: "更新" }).click();
    await pane.getByRole("button", { name: /データ数式を更新/ }).click();
    for (let i = 0; i < 100 && dataRequests(estat) === afterFirst; i++) await page.waitForTimeout(100);
    expect(dataRequests(estat)).toBeGreaterThan(afterFirst);
    await waitCell(page, "A30", "19");
    await page.close();
  });
});
