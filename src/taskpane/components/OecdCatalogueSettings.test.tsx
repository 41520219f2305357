import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { OecdCatalogueSettings } from "./OecdCatalogueSettings";

function show(overrides: Parameters<typeof fakeActions>[0] = {}) {
  render(
    <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
      <OecdCatalogueSettings actions={fakeActions(overrides)} />
    </I18nContext.Provider>,
  );
}

describe("OECD catalogue in Settings", () => {
  it("says the bundled list is used, and refreshes it from the OECD on request", async () => {
    show();
    expect((await screen.findByTestId("oecd-catalogue-info")).textContent).toBe(
      "内蔵の 13 件で検索しています（日本語名つき）。",
    );
    fireEvent.click(screen.getByRole("button", { name: "OECD から一覧を更新" }));
    expect(await screen.findByText("OECD のデータフロー一覧を更新しました。")).toBeTruthy();
    expect(screen.getByTestId("oecd-catalogue-info").textContent).toMatch(
      /^1,500 件（\d{4}年\d+月\d+日 \d\d:\d\d \((?:JST|UTC[+-]\d\d:\d\d)\) に OECD から更新）/,
    );
  });

  it("shows a failed refresh as an error with its next step, keeping the list it had", async () => {
    show({
      refreshOecdCatalogue: async () => {
        throw new AppError("OECD_NETWORK_ERROR", "down", { params: { detail: "fetch failed" } });
      },
    });
    await screen.findByTestId("oecd-catalogue-info");
    fireEvent.click(screen.getByRole("button", { name: "OECD から一覧を更新" }));
    expect(await screen.findByText("OECD の一覧を更新できませんでした")).toBeTruthy();
    expect(screen.getByText(/もう一度お試しください/)).toBeTruthy();
    expect(screen.getByTestId("oecd-catalogue-info").textContent).toContain("内蔵の 13 件");
  });
});
