import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake } from "../servers/oecdFake";
import { startHarness, type Harness } from "./harness";
import { openTable, setAppId, type PlaygroundWindow } from "./paneSteps";

jest.setTimeout(240000);

const BIG = "0001000001"; // a generated 100,000-row table on the fake e-Stat
const CREDIT = "このサービスは、政府統計総合窓口(e-Stat)のAPI機能を使用していますが";

describe("task pane in the playground, against the fake e-Stat", () => {
  let h: Harness;
  let estat: EstatFake;
  beforeAll(async () => {
    estat = await startEstatFake({});
    estat.setTable(BIG, { rows: 100_000, title: "生成表（10万行）" });
    const oecd = await startOecdFake({});
    h = await startHarness({ estatBaseUrl: estat.baseUrl, oecdBaseUrl: oecd.baseUrl });
    h.closers.push(
      () => estat.close(),
      () => oecd.close(),
    );
  });
  afterAll(async () => h?.close());

  it("finds, inspects, previews and loads a 100,000-row table as an Excel table with provenance", async () => {
    const page = await h.open();
    const pane = page.locator('[data-testid="taskpane"]');
    await setAppId(page, "playground-test-app");
    await openTable(page, BIG);
    await h.shot(page, "taskpane-inspect");
    await pane.getByRole("button", { name: "絞り込みと形式へ" }).click();
    await pane.getByRole("button", { name: "プレビュー" }).click();
    await pane.getByRole("table", { name: "プレビュー表" }).waitFor({ timeout: 60000 });
    await h.shot(page, "taskpane-preview");
    await pane.getByRole("button", { name: "読み込み設定へ" }).click();
    await page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.fake.resetStats());
    const started = Date.now();
    await pane.getByRole("button", { name: "読み込む", exact: true }).click();
    await pane.getByRole("heading", { name: "読み込み完了" }).waitFor({ timeout: 180000 });
    const loadMs = Date.now() - started;
    await h.shot(page, "taskpane-loaded");

    const result = await page.evaluate(() => {
      const { fake } = (window as unknown as PlaygroundWindow).__playground;
      const wb = fake.workbook;
      const table = wb.tables[wb.tables.length - 1];
      const sheet = wb.sheets.find((s) => s.id === table.sheetId)!;
      const texts: string[] = [];
      for (let r = 0; r < table.rect.r0; r++)
        for (const c of sheet.rows[r] ?? []) if (c) texts.push(String(c.value));
      const header = (sheet.rows[table.rect.r0] ?? [])
        .slice(table.rect.c0, table.rect.c1 + 1)
        .map((c) => c?.value);
      const parts = wb.customXmlParts.map((p) => p.xml);
      return {
        rows: table.rect.r1 - table.rect.r0,
        header,
        provenance: texts.join("\n"),
        xml: parts.join("\n"),
        stats: fake.stats,
        sheetName: sheet.name,
      };
    });
    expect(result.rows).toBe(100_000);
    expect(result.provenance).toContain(CREDIT);
    expect(result.provenance).toContain(BIG);
    expect(result.provenance).not.toContain("playground-test-app");
    expect(result.xml).toContain(BIG);
    expect(result.xml).not.toContain("playground-test-app");
    expect(result.stats.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(result.stats.syncs).toBeLessThanOrEqual(
      Math.ceil(result.stats.totalBytes / (4 * 1024 * 1024)) + 3,
    );
    console.log(
      `100k-row load in the playground: ${loadMs} ms, ${result.stats.syncs} syncs, ` +
        `largest request ${(result.stats.largestRequestBytes / 1e6).toFixed(2)} MB, total ${(result.stats.totalBytes / 1e6).toFixed(1)} MB`,
    );
    await page.close();
  });
});
