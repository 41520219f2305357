import { generateStatsData } from "../servers/estatFake";
import { startHarnessWithFakes, type Harness } from "./harness";
import { openTable, setAppId, shot, type PlaygroundWindow } from "./paneSteps";

jest.setTimeout(240000);

const BIG = "0001000001"; // a generated 100,000-row table on the fake e-Stat
const CREDIT = "このサービスは、政府統計総合窓口(e-Stat)のAPI機能を使用していますが";

describe("task pane in the playground, against the fake e-Stat", () => {
  let h: Harness;
  beforeAll(async () => {
    ({ h } = await startHarnessWithFakes({
      tables: (e) => e.setTable(BIG, { rows: 100_000, title: "生成表（10万行）" }),
    }));
  });
  afterAll(async () => h?.close());

  it("finds, inspects, previews and loads a 100,000-row table as an Excel table with provenance", async () => {
    const page = await h.open();
    const pane = page.locator('[data-testid="taskpane"]');
    await setAppId(page, "playground-test-app");
    await openTable(page, BIG);
    await shot(h, page, "taskpane-inspect");
    await pane.getByRole("button", { name: "絞り込みと形式へ" }).click();
    await pane.getByRole("button", { name: "プレビュー" }).click();
    await pane.getByRole("table", { name: "プレビュー表" }).waitFor({ timeout: 60000 });
    await shot(h, page, "taskpane-preview");
    await pane.getByRole("button", { name: "読み込み設定へ" }).click();
    await page.evaluate(() => (window as unknown as PlaygroundWindow).__playground.fake.resetStats());
    const started = Date.now();
    await pane.getByRole("button", { name: "読み込む", exact: true }).click();
    await pane.getByRole("heading", { name: "読み込み完了" }).waitFor({ timeout: 180000 });
    const loadMs = Date.now() - started;
    await shot(h, page, "taskpane-loaded");

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
    // Every value (or its marker) is the source's, row for row.
    const written = await page.evaluate(() => {
      const wb = (window as unknown as PlaygroundWindow).__playground.fake.workbook;
      const t = wb.tables[wb.tables.length - 1];
      const sheet = wb.sheets.find((s) => s.id === t.sheetId)!;
      const head = (sheet.rows[t.rect.r0] ?? []).map((c) => c?.value);
      // The pane writes readable headers (issue 14): 値 / 注記 in Japanese mode.
      const [v, m] = [head.indexOf("値"), head.indexOf("注記")];
      const values: unknown[] = [];
      const markers: unknown[] = [];
      for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
        values.push(sheet.rows[r]?.[v]?.value ?? null);
        markers.push(sheet.rows[r]?.[m]?.value ?? null);
      }
      return { values, markers };
    });
    const source = generateStatsData({ rows: 100_000 });
    const wrong: string[] = [];
    for (let i = 0; i < 100_000 && wrong.length < 5; i++) {
      const text = source.valueText(i);
      const numeric = /^-?\d+(\.\d+)?$/.test(text);
      const value = written.values[i] === "" ? null : written.values[i];
      const marker = written.markers[i] === "" ? null : written.markers[i];
      if (numeric ? value !== Number(text) || marker !== null : value !== null || marker !== text)
        wrong.push(`row ${i}: source ${text}, written ${String(value)} / ${String(marker)}`);
    }
    expect(wrong).toEqual([]);
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
