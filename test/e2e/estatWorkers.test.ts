// The task pane parses e-Stat pages 2… in Web Workers (src/taskpane/estatPageWorkers.ts, issue 15): a table
// loaded in small pages through the pane in Chromium is the same, cell for cell, as with every page parsed
// on the pane's thread (?estatWorkers=0), and the workers did run.
import type { Page } from "playwright-core";
import type { EstatFake } from "../servers/estatFake";
import { startHarnessWithFakes, type Harness } from "./harness";
import {
  loadFromPreview,
  openPlayground,
  openTable,
  previewWithDefaults,
  setAppId,
  type PlaygroundWindow,
} from "./paneSteps";

jest.setTimeout(120_000);

const TABLE = "0001000021"; // 1,200 rows: 8 pages of 150

/** Every cell of the newest Excel table, header included. */
function tableCells(page: Page): Promise<unknown[][]> {
  return page.evaluate(() => {
    const wb = (window as unknown as PlaygroundWindow).__playground.fake.workbook;
    const t = wb.tables[wb.tables.length - 1];
    const sheet = wb.sheets.find((s) => s.id === t.sheetId)!;
    const out: unknown[][] = [];
    for (let r = t.rect.r0; r <= t.rect.r1; r++)
      out.push(
        Array.from(
          { length: t.rect.c1 - t.rect.c0 + 1 },
          (_, k) => sheet.rows[r]?.[t.rect.c0 + k]?.value ?? null,
        ),
      );
    return out;
  });
}

async function loadIn(h: Harness, estat: EstatFake, query: string) {
  const before = estat.requests.length;
  const page = await openPlayground(h, query);
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await setAppId(page, "playground-test-app");
  await openTable(page, TABLE);
  await previewWithDefaults(page);
  await loadFromPreview(page);
  const cells = await tableCells(page);
  await page.close();
  const requests = estat.requests.slice(before).filter((r) => r.path.endsWith("/getStatsData")).length;
  return { cells, workers, requests };
}

describe("e-Stat pages parsed in Web Workers in the task pane", () => {
  let h: Harness;
  let estat: EstatFake;
  beforeAll(async () => {
    ({ h, estat } = await startHarnessWithFakes({
      tables: (e) =>
        e.setTable(TABLE, {
          rows: 1200,
          title: "生成表（ワーカーテスト）",
          markerEvery: 37,
          numericMarkerEvery: 53,
          annotationEvery: 41,
        }),
    }));
  });
  afterAll(async () => h?.close());

  it("loads the same table, cell for cell, as the pane's own thread, with the workers running", async () => {
    const one = await loadIn(h, estat, "?estatPageSize=150&estatWorkers=0");
    const workers = await loadIn(h, estat, "?estatPageSize=150");
    expect(one.workers).toEqual([]);
    expect(workers.workers.length).toBeGreaterThan(0);
    // a worker that failed to start would fail its pages, which are then asked for again on the pane's thread
    expect(workers.requests).toBe(one.requests);
    expect(one.requests).toBeGreaterThanOrEqual(8);
    expect(workers.cells.length).toBe(1201);
    expect(workers.cells).toEqual(one.cells);
  });
});
