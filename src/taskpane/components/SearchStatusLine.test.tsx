import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import type { SearchOutcome, SourceStatus } from "../actions";
import { I18nContext, translator } from "../i18n";
import { OpenSettingsContext } from "../openSettings";
import { memoryStorage } from "../tableHistory";
import { fakeActions, sampleResult } from "../testing/fakeActions";
import { FindPanel } from "./FindPanel";

function searchWith(outcome: SearchOutcome, lang: "ja" | "en" = "ja", openSettings = jest.fn()) {
  const actions = fakeActions({ search: async () => outcome });
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <OpenSettingsContext.Provider value={openSettings}>
        <FindPanel actions={actions} storage={memoryStorage()} onOpen={() => {}} />
      </OpenSettingsContext.Provider>
    </I18nContext.Provider>,
  );
  const ja = lang === "ja";
  fireEvent.change(
    screen.getByRole("searchbox", { name: ja ? "統計表を検索" : "Search statistics tables" }),
    {
      target: { value: "賃金" },
    },
  );
  fireEvent.click(screen.getByRole("button", { name: ja ? "検索" : "Search" }));
  return openSettings;
}

const line = async (name = "ソースごとの検索結果") => within(await screen.findByRole("list", { name }));
const auth = new AppError("ESTAT_STATUS_AUTH", "auth", { params: { status: 100, errorMsg: "認証に失敗" } });

describe("the search status line", () => {
  it("says e-Stat is not set up when there is no appId, with a link to Settings, beside the other sources' counts", async () => {
    const sources: SourceStatus[] = [
      { source: "offline", state: "ok", count: 1 },
      {
        source: "e-Stat",
        state: "notConfigured",
        count: 0,
        error: new AppError("ESTAT_MISSING_APP_ID", "x"),
      },
      { source: "OECD", state: "ok", count: 0 },
    ];
    const openSettings = searchWith({
      results: [{ ...sampleResult, ref: { source: "offline", id: "x" } }],
      sources,
    });
    const items = (await line()).getAllByRole("listitem");
    expect(items.map((i) => i.textContent)).toEqual([
      "オフラインパック:1 件",
      "e-Stat:未設定（appId がありません）設定を開く",
      "OECD:0 件",
    ]);
    fireEvent.click(within(items[1]).getByRole("button", { name: "設定を開く" }));
    expect(openSettings).toHaveBeenCalled();
    // the results that did come are still listed
    expect(screen.getByRole("list", { name: "検索結果" })).toBeTruthy();
  });

  it("says 認証失敗 for a wrong appId and 通信エラー for a network failure", async () => {
    searchWith({
      results: [sampleResult],
      sources: [
        { source: "e-Stat", state: "authFailed", count: 0, error: auth },
        { source: "OECD", state: "networkError", count: 0, error: new AppError("NETWORK", "x") },
        { source: "offline", state: "ok", count: 1 },
      ],
    });
    const l = await line();
    expect(l.getByText("認証失敗（appId を確認）")).toBeTruthy();
    expect(l.getByText("通信エラー")).toBeTruthy();
  });

  it("says 上限到達 with the time OECD downloads are possible again", async () => {
    const resetAt = new Date(2026, 11, 7, 10, 42).toISOString();
    searchWith({ results: [], sources: [{ source: "OECD", state: "budget", count: 2, resetAt }] });
    expect((await line()).getByText("2 件・上限到達（取得は 10:42 以降）")).toBeTruthy();
  });

  it("shows the error with its next step when no source answered", async () => {
    searchWith({ results: [], sources: [{ source: "e-Stat", state: "authFailed", count: 0, error: auth }] });
    await line();
    expect(screen.getByText("検索できませんでした")).toBeTruthy();
    expect(screen.queryByText(/に該当する統計表はありません/)).toBeNull();
  });

  it("is in English in English mode", async () => {
    searchWith(
      {
        results: [],
        sources: [
          { source: "e-Stat", state: "notConfigured", count: 0 },
          { source: "OECD", state: "ok", count: 3 },
        ],
      },
      "en",
    );
    const items = (await line("Results per source")).getAllByRole("listitem");
    expect(items[0].textContent).toContain("not set up (no appId)");
    expect(items[1].textContent).toContain("3 results");
  });
});
