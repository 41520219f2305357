import "../testing/domShims";
import { render, screen } from "@testing-library/react";
import type { TableInfo } from "../actions";
import { I18nContext, translator } from "../i18n";
import { EstimateBox } from "./EstimateBox";

const oecd = (totalRows?: number): TableInfo => ({
  ref: { source: "OECD", id: "OECD.X,DSD_Y@DF_Y" },
  title: "flow",
  notes: [],
  timeDimension: "TIME_PERIOD",
  totalRows,
  dimensions: [
    { id: "REF_AREA", name: "Reference area", role: "area", codes: [{ code: "JPN", label: "Japan" }] },
  ],
});

function show(info: TableInfo, lang: "ja" | "en" = "ja") {
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <EstimateBox info={info} filters={{}} layout={{ kind: "long" }} onFiltersChange={() => {}} />
    </I18nContext.Provider>,
  );
  return screen.getByTestId("estimate").textContent ?? "";
}

describe("EstimateBox", () => {
  it("says 不明 instead of 0 rows when the source gives no count", () => {
    const text = show(oecd());
    expect(text).toContain("行数 不明");
    expect(text).not.toMatch(/推定 0 行/);
  });

  it("says unknown in English too", () => {
    expect(show(oecd(), "en")).toContain("Estimated rows: unknown");
  });

  it("shows the source's count when it has one", () => {
    expect(show(oecd(24))).toContain("推定 24 行");
  });
});
