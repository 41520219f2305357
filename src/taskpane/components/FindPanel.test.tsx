import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { SearchResult } from "../actions";
import { I18nContext, translator } from "../i18n";
import { memoryStorage } from "../tableHistory";
import { fakeActions } from "../testing/fakeActions";
import { FindPanel } from "./FindPanel";

async function searchWith(results: SearchResult[]) {
  const actions = fakeActions({ search: async () => ({ results, sources: [] }) });
  render(
    <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
      <FindPanel actions={actions} storage={memoryStorage()} onOpen={() => {}} />
    </I18nContext.Provider>,
  );
  fireEvent.change(screen.getByRole("searchbox", { name: "統計表を検索" }), { target: { value: "賃金" } });
  fireEvent.click(screen.getByRole("button", { name: "検索" }));
  return within(await screen.findByRole("list", { name: "検索結果" }));
}

describe("search results", () => {
  it("leaves out the period when e-Stat sends SURVEY_DATE 0 (no survey date)", async () => {
    const list = await searchWith([
      { ref: { source: "e-Stat", id: "0003000001" }, title: "表 A", period: "0" },
      { ref: { source: "e-Stat", id: "0003000002" }, title: "表 B", period: "202401" },
    ]);
    const [a, b] = list.getAllByRole("listitem");
    expect(a.textContent).not.toMatch(/期間/);
    expect(within(b).getByText("期間: 202401")).toBeTruthy();
  });

  it("shows the survey name once when it is the same as the title", async () => {
    const list = await searchWith([
      {
        ref: { source: "e-Stat", id: "0003000003" },
        title: "賃金構造基本統計調査",
        survey: "賃金構造基本統計調査",
      },
      {
        ref: { source: "e-Stat", id: "0003000004" },
        title: "一般労働者 賃金",
        survey: "賃金構造基本統計調査",
      },
    ]);
    const [same, different] = list.getAllByRole("listitem");
    expect(same.textContent?.split("賃金構造基本統計調査")).toHaveLength(2);
    expect(within(different).getByText("調査: 賃金構造基本統計調査")).toBeTruthy();
  });
});
