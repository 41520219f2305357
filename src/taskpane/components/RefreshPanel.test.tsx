import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import type { Lang, StoredTableSummary } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { RefreshPanel } from "./RefreshPanel";

const tables: StoredTableSummary[] = [
  {
    tableName: "SME_A",
    sheetName: "法人企業統計",
    title: "法人企業統計",
    source: "e-Stat",
    id: "0003410379",
    retrievedAt: "2025-01-01T00:00:00Z",
  },
  {
    tableName: "SME_B",
    sheetName: "MSTI",
    title: "MSTI GERD",
    source: "OECD",
    id: "OECD.STI.STP,DSD_MSTI@DF_MSTI",
    retrievedAt: "2025-01-01T00:00:00Z",
  },
];

function renderPanel(overrides: Parameters<typeof fakeActions>[0] = {}, lang: Lang = "ja") {
  const actions = fakeActions({ listTables: async () => tables, ...overrides });
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <RefreshPanel actions={actions} />
    </I18nContext.Provider>,
  );
  return actions;
}

describe("refresh", () => {
  it("refreshes all tables and says which changed and which source is gone (old data kept)", async () => {
    const gone = new AppError("ESTAT_STATUS_NOT_FOUND", "gone", {
      params: { status: 300, errorMsg: "データは存在しません" },
    });
    const actions = renderPanel({
      refresh: async () => [
        {
          tableName: "SME_A",
          title: "法人企業統計",
          status: "updated",
          rowsAdded: 12,
          rowsRemoved: 1,
          cellsChanged: 30,
        },
        {
          tableName: "SME_B",
          title: "MSTI GERD",
          status: "gone",
          rowsAdded: 0,
          rowsRemoved: 0,
          cellsChanged: 0,
          error: gone,
        },
      ],
    });
    const refresh = jest.spyOn(actions, "refresh");
    expect(
      within(await screen.findByRole("list", { name: "読み込んだ統計表" })).getAllByRole("listitem"),
    ).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "すべての表を更新" }));
    const reports = await screen.findByTestId("refresh-reports");
    const [updated, goneReport] = within(reports).getAllByRole("listitem");
    // The title once, as the report's heading; never the internal Excel table name.
    expect(updated.textContent).toBe("法人企業統計行 +12 / −1、変更されたセル 30 個。");
    expect(goneReport.textContent).toMatch(
      /^MSTI GERD出典の統計表が見つかりません（移動または削除）。以前のデータをそのまま残しました。/,
    );
    expect(reports.textContent).not.toMatch(/SME_/);
    expect(screen.getByText(/e-Stat に該当する統計表がありません（STATUS 300）/)).toBeTruthy();
    expect(refresh).toHaveBeenCalledWith("all", {
      confirmOverwrite: expect.any(Function),
      confirmRequests: expect.any(Function),
    });
  });

  it("refreshes one table", async () => {
    const actions = renderPanel({
      refresh: async (t) => [
        {
          tableName: t,
          title: "MSTI GERD",
          status: "unchanged",
          rowsAdded: 0,
          rowsRemoved: 0,
          cellsChanged: 0,
        },
      ],
    });
    const refresh = jest.spyOn(actions, "refresh");
    fireEvent.click(await screen.findByRole("button", { name: "更新: MSTI GERD" }));
    expect(await screen.findByText("MSTI GERD: 変更はありません。")).toBeTruthy();
    expect(refresh).toHaveBeenCalledWith("SME_B", {
      confirmOverwrite: expect.any(Function),
      confirmRequests: expect.any(Function),
    });
  });

  it("keeps the old data when no rows came back, and empties the table only on the user's click", async () => {
    const empty = {
      tableName: "SME_A",
      title: "法人企業統計",
      status: "empty" as const,
      rowsAdded: 0,
      rowsRemoved: 0,
      cellsChanged: 0,
    };
    const actions = renderPanel({ refresh: async () => [empty] });
    const refresh = jest.spyOn(actions, "refresh");
    fireEvent.click(await screen.findByRole("button", { name: "更新: 法人企業統計" }));
    expect(await screen.findByText("データが返りませんでした。以前のデータを残しました。")).toBeTruthy();
    expect(refresh).toHaveBeenCalledWith("SME_A", {
      confirmOverwrite: expect.any(Function),
      confirmRequests: expect.any(Function),
    });
    fireEvent.click(screen.getByRole("button", { name: "表を空にする（以前のデータを消す）" }));
    await screen.findByText("データが返りませんでした。以前のデータを残しました。");
    const [, options] = refresh.mock.calls[1];
    expect(refresh.mock.calls[1][0]).toBe("SME_A");
    expect(await options?.confirmClear?.({ tableName: "SME_A", title: "法人企業統計" })).toBe(true);
  });

  it("asks the data formulas to refresh", async () => {
    renderPanel({ listTables: async () => [], refreshFormulas: async () => ({ tables: 4 }) });
    expect(await screen.findByText("このブックには読み込んだ統計表がありません。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "データ数式を更新（SME.ESTAT など）" }));
    expect(await screen.findByText("4 個の表のデータを取り直しました。")).toBeTruthy();
  });
});

describe("dates", () => {
  // Built from local time, so the expected text holds in any time zone the tests run in.
  const retrieved = new Date(2026, 10, 25, 21, 3, 40).toISOString();
  // the machine's zone, whatever it is: JST in Japan, UTC±hh:mm elsewhere (exact offsets: i18n.test.ts)
  const ZONE = "(?:JST|UTC[+-]\\d\\d:\\d\\d)";
  const oecdUpdated = new Date(2026, 0, 5, 9, 7).toISOString();
  const isoTables = [{ ...tables[1], retrievedAt: retrieved, updated: oecdUpdated }];

  it("shows retrieved-at and OECD update times in local time, readably, in Japanese", async () => {
    renderPanel({
      listTables: async () => isoTables,
      refresh: async () => [
        {
          tableName: "SME_B",
          title: "MSTI GERD",
          status: "updated",
          rowsAdded: 0,
          rowsRemoved: 0,
          cellsChanged: 1,
          previousUpdated: oecdUpdated,
          updated: retrieved,
        },
      ],
    });
    const [item] = within(await screen.findByRole("list", { name: "読み込んだ統計表" })).getAllByRole(
      "listitem",
    );
    expect(within(item).getByText(new RegExp(`^取得日時: 2026年11月25日 21:03 \\(${ZONE}\\)$`))).toBeTruthy();
    expect(within(item).getByText(new RegExp(`^更新: 2026年1月5日 09:07 \\(${ZONE}\\)$`))).toBeTruthy();
    expect(item.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    fireEvent.click(screen.getByRole("button", { name: "すべての表を更新" }));
    expect(
      await screen.findByText(
        new RegExp(`^出典の更新日: 2026年1月5日 09:07 \\(${ZONE}\\) → 2026年11月25日 21:03 \\(${ZONE}\\)$`),
      ),
    ).toBeTruthy();
  });

  it("writes them day month year in English and leaves plain dates as the source wrote them", async () => {
    renderPanel(
      {
        listTables: async () => [
          ...isoTables,
          { ...tables[0], retrievedAt: retrieved, updated: "2024-09-02" },
        ],
      },
      "en",
    );
    const [oecd, estat] = within(await screen.findByRole("list", { name: "Loaded tables" })).getAllByRole(
      "listitem",
    );
    expect(within(oecd).getByText(new RegExp(`^Retrieved: 25 Nov 2026 21:03 \\(${ZONE}\\)$`))).toBeTruthy();
    expect(within(oecd).getByText(new RegExp(`^Updated: 5 Jan 2026 09:07 \\(${ZONE}\\)$`))).toBeTruthy();
    expect(within(estat).getByText("Updated: 2024-09-02")).toBeTruthy();
  });
});
