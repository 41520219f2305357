import "./testing/domShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AppError } from "../core/errors/AppError";
import type { LoadOptions, TaskpaneActions } from "./actions";
import { App } from "./App";
import { memoryStorage, recentTables } from "./tableHistory";
import { deferred, fakeActions, sampleInfo, sampleResult } from "./testing/fakeActions";

// Role queries over the whole pane are slow in jsdom (each computes the accessibility tree), and the
// machine is shared; the flows here take 1–4 s each.
jest.setTimeout(20_000);

function renderApp(actions: TaskpaneActions, officeLang: "ja" | "en" = "ja", storage = memoryStorage()) {
  render(<App actions={actions} storage={storage} officeLang={officeLang} />);
  return storage;
}

async function searchFor(text: string) {
  fireEvent.change(screen.getByRole("searchbox", { name: "統計表を検索" }), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "検索" }));
}

async function openSampleTable() {
  await searchFor("法人企業統計");
  fireEvent.click(await screen.findByRole("button", { name: `開く: ${sampleResult.title}` }));
  await screen.findByRole("heading", { name: "統計表の内容" });
}

async function goToLoad() {
  await openSampleTable();
  fireEvent.click(screen.getByRole("button", { name: "絞り込みと形式へ" }));
  fireEvent.click(screen.getByRole("button", { name: "プレビュー" }));
  await screen.findByRole("table", { name: "プレビュー表" });
  fireEvent.click(screen.getByRole("button", { name: "読み込み設定へ" }));
  await screen.findByRole("heading", { name: "ブックに読み込む" });
}

describe("the statistics flow", () => {
  it("searches the chosen sources and lists title, survey, period and update date", async () => {
    const actions = fakeActions();
    renderApp(actions);
    fireEvent.click(screen.getByRole("checkbox", { name: "OECD" }));
    await searchFor("法人企業統計");
    const list = await screen.findByRole("list", { name: "検索結果" });
    expect(within(list).getByText("調査: 法人企業統計調査")).toBeTruthy();
    expect(within(list).getByText("期間: 2015–2023")).toBeTruthy();
    expect(within(list).getByText("更新: 2024-09-02")).toBeTruthy();
    expect(actions.calls.search).toEqual([["法人企業統計", ["offline", "e-Stat"]]]);
  });

  it("opens a pasted e-Stat URL directly, without searching", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await searchFor("https://www.e-stat.go.jp/dbview?sid=0003410379");
    await screen.findByRole("heading", { name: "統計表の内容" });
    expect(actions.calls.search).toEqual([]);
    expect(actions.calls.openTable).toEqual(["0003410379"]);
  });

  it("shows metadata, notes, markers, dimensions and the estimate, and remembers the table", async () => {
    const storage = renderApp(fakeActions());
    await openSampleTable();
    expect(screen.getByText("金融業、保険業を除く。")).toBeTruthy();
    expect(screen.getByText("秘匿")).toBeTruthy();
    expect(screen.getByRole("button", { name: "資本金階級（3 項目・2 階層）" })).toBeTruthy();
    expect(screen.getByTestId("estimate").textContent).toContain("推定 60 行 × 8 列 = 480 セル");
    expect(recentTables(storage).map((r) => r.ref.id)).toEqual(["0003410379"]);
  });

  it("warns about a large load and applies a suggested filter", async () => {
    const big = {
      ...sampleInfo,
      totalRows: undefined,
      dimensions: [
        ...sampleInfo.dimensions,
        {
          id: "area",
          name: "地域",
          role: "area" as const,
          codes: Array.from({ length: 1800 }, (_, i) => ({ code: String(i), label: `市区町村${i}` })),
        },
      ],
    };
    renderApp(fakeActions({ openTable: async () => big }));
    await openSampleTable();
    expect(screen.getByText("大きな表です")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "適用: 地域: 先頭 20 項目に絞る" }));
    expect(screen.getByTestId("estimate").textContent).toContain("推定 1,200 行 × 10 列 = 12,000 セル");
    expect(screen.queryByText("大きな表です")).toBeNull();
  });

  it("filters codes with search and select-all, shapes wide with time across, and previews what will be written", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await openSampleTable();
    fireEvent.click(screen.getByRole("button", { name: "絞り込みと形式へ" }));
    // With two dimensions both code lists start open.
    const group = screen.getByRole("group", { name: "資本金階級" });
    fireEvent.click(within(group).getByRole("button", { name: "すべて解除" }));
    expect(screen.getByText("資本金階級 の項目が1つも選ばれていません。")).toBeTruthy();
    expect((screen.getByRole("button", { name: "プレビュー" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(group).getByRole("textbox", { name: "資本金階級 の項目を検索" }), {
      target: { value: "未満" },
    });
    fireEvent.click(within(group).getByRole("button", { name: "すべて選択" }));
    expect(within(group).getByText("2 / 3 項目を選択")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "横長（クロス表）" }));
    fireEvent.click(screen.getByRole("radio", { name: "コード" }));
    fireEvent.click(screen.getByRole("button", { name: "プレビュー" }));
    const table = await screen.findByRole("table", { name: "プレビュー表" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(within(table).getByRole("columnheader", { name: "資本金階級" })).toBeTruthy();
    expect(within(table).getByRole("cell", { name: "1534567" })).toBeTruthy();
    const request = actions.calls.preview[0];
    expect(request.filters.cat01).toEqual(["110", "120"]);
    expect(request.layout).toEqual({ kind: "wide", rows: ["cat01"], columns: ["time"] });
    expect(request.labels).toBe("code");
  });

  it("loads into a new sheet named after the table and shows the result", async () => {
    const actions = fakeActions();
    renderApp(actions);
    await goToLoad();
    expect((screen.getByRole("textbox", { name: "シート名" }) as HTMLInputElement).value).toBe(
      "法人企業統計 年次別調査 資本金階級別",
    );
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    await screen.findByRole("heading", { name: "読み込み完了" });
    expect(screen.getByText(/を 法人企業統計!A8:E68 に読み込みました（60 行 × 5 列）/)).toBeTruthy();
    expect(actions.calls.load[0].destination).toEqual({
      kind: "newSheet",
      sheetName: "法人企業統計 年次別調査 資本金階級別",
    });
  });

  it("shows pages and rows while loading, and Cancel aborts with the workbook unchanged", async () => {
    let options: LoadOptions | undefined;
    const pending = deferred<never>();
    const actions = fakeActions({
      load: (_r, _d, o) => {
        options = o;
        o.signal?.addEventListener("abort", () => pending.reject(new DOMException("aborted", "AbortError")));
        return pending.promise;
      },
    });
    renderApp(actions);
    await goToLoad();
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    await waitFor(() => expect(options).toBeDefined());
    act(() => options!.onProgress!({ phase: "fetch", pages: 2, totalPages: 5, rows: 200000 }));
    expect(screen.getByText("取得中: 2 / 5 ページ、200,000 行")).toBeTruthy();
    expect(
      screen.getByRole("progressbar", { name: "読み込みの進み具合" }).getAttribute("aria-valuenow"),
    ).toBe("0.2");
    fireEvent.click(screen.getByRole("button", { name: "読み込みを中止" }));
    expect(await screen.findByText("読み込みを中止しました。ブックは変更されていません。")).toBeTruthy();
    expect(options!.signal!.aborted).toBe(true);
    expect(screen.getByRole("button", { name: "読み込む" })).toBeTruthy();
  });

  it("asks before overwriting, says what would be overwritten, and writes nothing when declined", async () => {
    let answer: Promise<boolean> | undefined;
    const actions = fakeActions({
      load: async (_r, _d, o) => {
        answer = o.confirmOverwrite({
          sheet: "Sheet1",
          address: "B2:F70",
          nonEmptyCells: 12,
          sample: ["売上", "=SUM(A1)"],
        });
        const ok = await answer;
        return { written: ok, tableName: "T", sheetName: "Sheet1", address: "B2:F70", rows: 68, columns: 5 };
      },
    });
    renderApp(actions);
    await goToLoad();
    fireEvent.click(screen.getByRole("radio", { name: "選択中のセル" }));
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    const dialog = await screen.findByRole("alertdialog", { name: "セルを上書きしますか？", hidden: true });
    expect(
      within(dialog).getByText(
        "シート「Sheet1」の B2:F70 には空でないセルが 12 個あります。読み込むとこれらは上書きされます。",
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText("上書きされる値の例: 売上、=SUM(A1)")).toBeTruthy();
    fireEvent.click(await within(dialog).findByRole("button", { name: "キャンセル", hidden: true }));
    await expect(answer).resolves.toBe(false);
    expect(await screen.findByText("上書きしませんでした。ブックは変更されていません。")).toBeTruthy();
    expect(actions.calls.load).toEqual([]);
  });

  it("overwrites when confirmed", async () => {
    const actions = fakeActions({
      load: async (_r, _d, o) => {
        const ok = await o.confirmOverwrite({ sheet: "Sheet1", address: "A1:E61", nonEmptyCells: 3 });
        return { written: ok, tableName: "T", sheetName: "Sheet1", address: "A1:E61", rows: 60, columns: 5 };
      },
    });
    renderApp(actions);
    await goToLoad();
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    fireEvent.click(
      await within(await screen.findByRole("alertdialog", { hidden: true })).findByRole("button", {
        name: "上書きする",
        hidden: true,
      }),
    );
    await screen.findByRole("heading", { name: "読み込み完了" });
  });

  it("refreshes the loaded table and inserts a chart from the result screen", async () => {
    const actions = fakeActions({
      refresh: async (target) => [
        {
          tableName: target,
          title: "法人企業統計調査 時系列",
          status: "updated",
          rowsAdded: 4,
          rowsRemoved: 0,
          cellsChanged: 2,
          previousUpdated: "2024-09-02",
          updated: "2025-09-01",
        },
      ],
    });
    const chart = jest.spyOn(actions, "insertChart");
    renderApp(actions);
    await goToLoad();
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    fireEvent.click(await screen.findByRole("button", { name: "この表を更新" }));
    expect(await screen.findByText("行 +4 / −0、変更されたセル 2 個。")).toBeTruthy();
    expect(screen.getByTestId("refresh-reports").textContent).toMatch(/^法人企業統計調査 時系列行 \+4/);
    expect(screen.getByText("出典の更新日: 2024-09-02 → 2025-09-01")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "表全体のグラフを挿入" }));
    expect(await screen.findByText("グラフ「Chart 1」を挿入しました。")).toBeTruthy();
    expect(chart).toHaveBeenCalledWith({
      tableName: "SME_0003410379",
      kind: "table",
      title: sampleResult.title,
    });
  });
});

describe("error and empty states", () => {
  it("explains a bad appId (e-Stat STATUS 100) in the pane's language, with a link to Settings", async () => {
    const error = new AppError("ESTAT_STATUS_AUTH", "auth", {
      params: { status: 100, errorMsg: "認証に失敗しました。" },
    });
    renderApp(fakeActions({ search: async () => Promise.reject(error) }));
    await searchFor("人口");
    await screen.findByText("検索できませんでした");
    expect(
      screen.getByText("設定で e-Stat の appId（アプリケーション ID）を確認してください。"),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "詳細" }));
    const details = screen.getByTestId("error-details").textContent!;
    expect(details).toContain("e-Stat API の認証に失敗しました（STATUS 100）");
    expect(details).not.toMatch(/ \/ .*STATUS 100/); // one language, not ja / en
    fireEvent.click(screen.getByRole("button", { name: "設定を開く" }));
    expect(screen.getByRole("tab", { name: "設定" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByLabelText("e-Stat アプリケーション ID")).toBeTruthy();
  });

  it("says when a table has no data for the filters (e-Stat STATUS 1) and does not offer a load", async () => {
    renderApp(fakeActions({ preview: async () => ({ header: ["a"], rows: [] }) }));
    await openSampleTable();
    fireEvent.click(screen.getByRole("button", { name: "絞り込みと形式へ" }));
    fireEvent.click(screen.getByRole("button", { name: "プレビュー" }));
    expect(
      await screen.findByText("この条件に該当するデータはありません。絞り込みを変えてください。"),
    ).toBeTruthy();
    expect((screen.getByRole("button", { name: "読み込み設定へ" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("reports a network failure when opening a table and stays on the search screen", async () => {
    const error = new AppError("NETWORK", "down", {
      params: { url: "https://api.e-stat.go.jp/…", detail: "fetch failed" },
    });
    renderApp(fakeActions({ openTable: async () => Promise.reject(error) }));
    await searchFor("0003410379");
    expect(await screen.findByText("統計表を開けませんでした")).toBeTruthy();
    expect(screen.getByText(/もう一度お試しください/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "詳細" }));
    expect(screen.getByText(/通信に失敗しました/)).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "統計表を検索" })).toBeTruthy();
  });

  it("explains an exhausted OECD budget when loading", async () => {
    const error = new AppError("OECD_BUDGET_EXHAUSTED", "budget", {
      params: { limit: 20, resetAt: "15:00", minutes: 12 },
    });
    renderApp(fakeActions({ load: async () => Promise.reject(error) }));
    await goToLoad();
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    expect(await screen.findByText("読み込めませんでした。ブックは変更されていません。")).toBeTruthy();
    expect(screen.getByText(/OECD API の取得上限（1時間あたり 20 回）/)).toBeTruthy();
  });

  it("says when nothing matches", async () => {
    renderApp(
      fakeActions({
        search: async () => ({ results: [], sources: [{ source: "e-Stat", state: "ok", count: 0 }] }),
      }),
    );
    await searchFor("存在しない統計");
    expect(await screen.findByText(/「存在しない統計」に該当する統計表はありません/)).toBeTruthy();
  });
});

describe("favourites", () => {
  it("keeps favourites in the injected storage across sessions", async () => {
    const storage = memoryStorage();
    const { unmount } = render(<App actions={fakeActions()} storage={storage} officeLang="ja" />);
    await searchFor("法人企業統計");
    fireEvent.click(await screen.findByRole("button", { name: `お気に入りに追加: ${sampleResult.title}` }));
    unmount();
    render(<App actions={fakeActions()} storage={storage} officeLang="ja" />);
    const favs = screen.getByRole("list", { name: "お気に入り" });
    expect(within(favs).getByRole("button", { name: `開く: ${sampleResult.title}` })).toBeTruthy();
  });
});

describe("in English", () => {
  it("follows Office's display language and switches back to Japanese on request", async () => {
    const actions = fakeActions();
    renderApp(actions, "en");
    expect(screen.getByRole("tab", { name: "Statistics" })).toBeTruthy();
    fireEvent.change(screen.getByRole("searchbox", { name: "Search statistics tables" }), {
      target: { value: "GDP" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    fireEvent.click(await screen.findByRole("button", { name: `Open: ${sampleResult.title}` }));
    expect(await screen.findByRole("button", { name: "Capital size (3 codes, 2 levels)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "日本語に切り替え" }));
    expect(screen.getByRole("tab", { name: "統計データ" })).toBeTruthy();
    expect(actions.calls.saveSettings).toEqual([{ language: "ja" }]);
  });

  it("uses the language saved in settings over Office's", async () => {
    const actions = fakeActions();
    await actions.saveSettings({ language: "en" });
    renderApp(actions, "ja");
    expect(await screen.findByRole("tab", { name: "Statistics" })).toBeTruthy();
  });
});

describe("tab list in a narrow pane", () => {
  it("keeps the full names as accessible names and has a short label to show at 320 px", () => {
    renderApp(fakeActions());
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.getAttribute("aria-label"))).toEqual([
      "統計データ",
      "更新",
      "補助金シミュレーター",
      "設定",
    ]);
    const subsidy = screen.getByRole("tab", { name: "補助金シミュレーター" });
    const short = [...subsidy.querySelectorAll('[aria-hidden="true"]')].map((e) => e.textContent);
    expect(short).toContain("補助金");
  });

  it("scrolls the selected tab into view instead of wrapping the list", () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.getAttribute("aria-label") ?? "");
    };
    try {
      renderApp(fakeActions(), "en");
      fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
      expect(scrolled.at(-1)).toBe("Settings");
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
