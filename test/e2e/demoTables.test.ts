// Every e-Stat table the `npm run playground` banner suggests opens in the pane, found by search and by a
// pasted e-Stat URL. The list is the banner's own (test/servers/demoTables.ts), so the two cannot drift.
import { DEMO_ESTAT_TABLES, startDemoEstat } from "../servers/demoTables";
import type { EstatFake } from "../servers/estatFake";
import { startHarness, type Harness } from "./harness";
import { openPlayground, paneOf, search, setAppId, shot, STEP_MS } from "./paneSteps";

jest.setTimeout(120_000);

describe("the demo tables the playground banner suggests", () => {
  let h: Harness;
  let estat: EstatFake;
  beforeAll(async () => {
    estat = await startDemoEstat();
    h = await startHarness({ estatBaseUrl: estat.baseUrl });
    h.closers.push(() => estat.close());
  });
  afterAll(async () => h?.close());

  it("lists at least the recorded real tables", () => {
    expect(DEMO_ESTAT_TABLES.map((t) => t.id)).toEqual(expect.arrayContaining(["0003425893", "0003005798"]));
  });

  it.each(DEMO_ESTAT_TABLES.map((t) => [t.id, t] as const))(
    "%s opens from a search and from a pasted URL, reaching the inspect screen",
    async (id, table) => {
      const page = await openPlayground(h);
      const pane = paneOf(page);
      await setAppId(page, "demo");

      await search(page, table.searchWord, ["e-Stat"]);
      const hit = pane.getByTestId("search-result").filter({ hasText: id });
      await hit.getByRole("button", { name: /^開く: / }).click();
      await pane.getByTestId("table-title").waitFor({ timeout: STEP_MS });
      expect(await pane.getByRole("alert").count()).toBe(0);
      expect(await pane.getByText("統計表を開けませんでした").count()).toBe(0);
      // the inspect screen lists the table's dimensions from getMetaInfo
      await pane.getByRole("button", { name: "絞り込みと形式へ" }).waitFor({ timeout: 5_000 });
      await shot(h, page, `demo-${id}-search`);

      await pane.getByRole("button", { name: "戻る", exact: true }).click();
      await pane
        .getByRole("searchbox", { name: "統計表を検索" })
        .fill(`https://www.e-stat.go.jp/dbview?sid=${id}`);
      await pane.getByRole("button", { name: "検索", exact: true }).click();
      await pane.getByTestId("table-title").waitFor({ timeout: STEP_MS });
      expect(await pane.getByText("統計表を開けませんでした").count()).toBe(0);
      const metaCalls = estat.requests.filter(
        (r) => r.path.endsWith("/getMetaInfo") && r.query.get("statsDataId") === id,
      );
      expect(metaCalls.length).toBeGreaterThanOrEqual(1);
      await page.close();
    },
  );
});
