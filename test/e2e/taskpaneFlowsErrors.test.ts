// What the task pane says when a statistics source cannot answer (bad appId, no data, network down,
// OECD budget used up), and the offline pack loading with no network and no appId at all.
import { BUNDLED_DATAFLOWS } from "../../src/core/stats/oecd/catalogue";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import type { OecdFake } from "../servers/oecdFake";
import { startHarnessWithFakes, type Harness } from "./harness";
import {
  errorText,
  lastTable,
  loadFromPreview,
  openPlayground,
  openResult,
  paneOf,
  previewWithDefaults,
  reloadWithConfig,
  search,
  setAppId,
  shot,
} from "./paneSteps";

jest.setTimeout(60_000);

const TABLE = "0001000011"; // 200 rows
const SPARSE = "0001000012"; // 100 rows, all in 表章項目1: choosing only 表章項目2 gets STATUS 1
// The title the OECD search shows: the catalogue's Japanese name.
const MSTI = BUNDLED_DATAFLOWS.find((e) => e.id === "DSD_MSTI@DF_MSTI")!.nameJa!;

describe("task pane error states and the offline pack in the playground", () => {
  let h: Harness;
  let estat: EstatFake;
  let oecd: OecdFake;
  beforeAll(async () => {
    ({ h, estat, oecd } = await startHarnessWithFakes({
      tables: (e) => {
        e.setTable(TABLE, { rows: 200, title: "生成表（エラーテスト）" });
        e.setTable(SPARSE, { rows: 100, title: "生成表（該当なしテスト）" });
      },
    }));
  });
  afterAll(async () => h?.close());

  it("a rejected appId (STATUS 100) says to check the application ID, in Settings and when opening a table", async () => {
    const page = await openPlayground(h);
    const pane = paneOf(page);
    await setAppId(page, "invalid-app-id");
    await pane.getByRole("searchbox", { name: "統計表を検索" }).fill(TABLE);
    await pane.getByRole("button", { name: "検索", exact: true }).click();
    const text = await errorText(page, "統計表を開けませんでした", 15_000);
    expect(text).toContain("設定で e-Stat の appId（アプリケーション ID）を確認してください。");
    expect(text).toContain("e-Stat API の認証に失敗しました（STATUS 100）");
    expect(text).toContain("アプリケーションIDが正しいか");
    expect(text).not.toContain("invalid-app-id");
    await shot(h, page, "taskpane-error-appid-open");

    await pane.getByRole("tab", { name: "設定" }).click();
    await pane.getByRole("button", { name: "ID をテスト" }).click();
    expect(await errorText(page, "アプリケーション ID を確認できませんでした", 15_000)).toContain(
      "STATUS 100",
    );
    await shot(h, page, "taskpane-error-appid-settings");
    await page.close();
  });

  it("STATUS 1 (no data) says nothing matches: a search without hits, and a filter that selects no rows", async () => {
    const page = await openPlayground(h);
    const pane = paneOf(page);
    await setAppId(page, "playground-test-app");
    await search(page, "存在しない統計", ["e-Stat"]);
    await pane
      .getByText(
        "「存在しない統計」に該当する統計表はありません。語句を変えるか、検索対象を増やしてください。",
      )
      .waitFor({ timeout: 5_000 });
    await shot(h, page, "taskpane-error-no-results");

    await pane.getByRole("searchbox", { name: "統計表を検索" }).fill(SPARSE);
    await pane.getByRole("button", { name: "検索", exact: true }).click();
    await pane.getByTestId("table-title").waitFor({ timeout: 15_000 });
    await pane.getByRole("button", { name: "絞り込みと形式へ" }).click();
    await pane.getByRole("button", { name: /^表章項目（/ }).click();
    const tab = pane.getByTestId("dimension-tab");
    await tab.getByRole("checkbox", { name: "表章項目1 (01)" }).uncheck();
    await pane.getByRole("button", { name: "プレビュー", exact: true }).click();
    await pane
      .getByText("この条件に該当するデータはありません。絞り込みを変えてください。")
      .waitFor({ timeout: 15_000 });
    expect(await pane.getByRole("button", { name: "読み込み設定へ" }).isDisabled()).toBe(true);
    const asked = estat.requests.filter(
      (r) => r.path.endsWith("/getStatsData") && r.query.get("statsDataId") === SPARSE,
    );
    expect(asked.at(-1)?.query.get("cdTab")).toBe("02");
    await shot(h, page, "taskpane-error-no-data");
    await page.close();
  });

  it("a network failure names the server and asks to check the connection", async () => {
    const down = await startEstatFake({});
    await down.close(); // nothing listens on this port any more
    const page = await openPlayground(h);
    const pane = paneOf(page);
    await reloadWithConfig(h, page, { estatBaseUrl: down.baseUrl }, [new URL(down.baseUrl).host]);
    await setAppId(page, "playground-test-app");
    await pane.getByRole("searchbox", { name: "統計表を検索" }).fill(TABLE);
    const started = Date.now();
    await pane.getByRole("button", { name: "検索", exact: true }).click();
    const text = await errorText(page, "統計表を開けませんでした", 30_000);
    expect(text).toContain("もう一度お試しください");
    expect(text).toMatch(/通信に失敗しました|接続できませんでした/);
    expect(text).toContain(new URL(down.baseUrl).host);
    expect(text).not.toContain("playground-test-app");
    console.log(`network-down error shown after ${Date.now() - started} ms`);
    await shot(h, page, "taskpane-error-network");
    await page.close();
  });

  it("an exhausted OECD budget stops the download before it is sent and says when to retry", async () => {
    const page = await openPlayground(h);
    const pane = paneOf(page);
    // 60 downloads in the last hour, as createOecdBudget stores them (key "oecd-budget", prefix "sme-toolkit.oecd:").
    await page.evaluate(() => {
      const now = Date.now();
      const t = Array.from({ length: 60 }, (_, i) => now - 60_000 + i * 500);
      localStorage.setItem("sme-toolkit.oecd:oecd-budget", JSON.stringify({ t }));
    });
    const dataRequests = () => oecd.requests.filter((r) => r.url.includes("/data/")).length;
    const before = dataRequests();
    await search(page, "MSTI", ["OECD"]);
    await openResult(page, MSTI);
    await pane.getByRole("button", { name: "絞り込みと形式へ" }).click();
    await pane.getByRole("button", { name: "プレビュー", exact: true }).click();
    const error = pane.getByText("プレビューを作れませんでした").locator("..");
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toMatch(
      /OECD API の取得上限（1時間あたり 60 回）に達したため、リクエストを送りませんでした。\d\d:\d\d 以降（約 \d+ 分後）/,
    );
    expect(dataRequests()).toBe(before);
    await shot(h, page, "taskpane-error-oecd-budget");
    await page.close();
  });

  it("loads an offline-pack series with no network, no base URLs and no appId, with source and status", async () => {
    const page = await openPlayground(h);
    const pane = paneOf(page);
    const blocked = await reloadWithConfig(h, page, {});
    await page.context().setOffline(true);
    const seen = estat.requests.length + oecd.requests.length;

    await search(page, "最低賃金 全国加重平均額", ["オフラインパック"]);
    const result = pane.getByTestId("search-result").filter({
      has: page.getByRole("button", { name: "開く: 最低賃金 全国加重平均額", exact: true }),
    });
    expect(await result.textContent()).toMatch(/オフラインパック.*(確認済み|二次資料|仮定)/);
    await shot(h, page, "taskpane-offline-results");
    await openResult(page, "最低賃金 全国加重平均額");
    await shot(h, page, "taskpane-offline-inspect");
    await previewWithDefaults(page);
    await shot(h, page, "taskpane-offline-preview");
    await loadFromPreview(page);
    await shot(h, page, "taskpane-offline-loaded");

    const t = await lastTable(page);
    expect(t.provenance).toContain("内蔵データ / Offline pack");
    expect(t.provenance).toContain("確認状況 / Status");
    expect(t.provenance).toMatch(/verified|secondary|assumption|確認済み|二次資料|仮定/);
    expect(t.provenance).toContain("minimum_wage_national_weighted_avg");
    expect(t.rect.r1 - t.rect.r0).toBeGreaterThan(10); // one row per year
    expect(t.storedXml).toContain("minimum_wage_national_weighted_avg");
    expect(blocked).toEqual([]);
    expect(estat.requests.length + oecd.requests.length).toBe(seen);
    await page.context().setOffline(false);
    await page.close();
  });
});
