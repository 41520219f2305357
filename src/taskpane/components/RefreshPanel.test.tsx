import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import type { StoredTableSummary } from "../actions";
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

function renderPanel(overrides: Parameters<typeof fakeActions>[0] = {}) {
  const actions = fakeActions({ listTables: async () => tables, ...overrides });
  render(
    <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
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
    expect(refresh).toHaveBeenCalledWith("all", { confirmOverwrite: expect.any(Function) });
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
    expect(refresh).toHaveBeenCalledWith("SME_B", { confirmOverwrite: expect.any(Function) });
  });

  it("asks the data formulas to refresh", async () => {
    renderPanel({ listTables: async () => [], refreshFormulas: async () => ({ tables: 4 }) });
    expect(await screen.findByText("このブックには読み込んだ統計表がありません。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "データ数式を更新（SME.ESTAT など）" }));
    expect(await screen.findByText("4 個の表のデータを取り直しました。")).toBeTruthy();
  });
});
