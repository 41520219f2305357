import "../testing/domShims";
import { render, screen } from "@testing-library/react";
import type { Lang, TableInfo } from "../actions";
import { I18nContext, translator } from "../i18n";
import { InspectPanel } from "./InspectPanel";

const info: TableInfo = {
  ref: { source: "e-Stat", id: "0003000001" },
  title: "Test table",
  notes: [],
  dimensions: [
    {
      id: "area",
      name: "地域",
      nameEn: "Area",
      role: "area",
      codes: [{ code: "00000", label: "全国", labelEn: "Japan" }],
    },
    {
      id: "cat01",
      name: "産業",
      nameEn: "Industry",
      role: "category",
      codes: [
        { code: "A", label: "製造業", labelEn: "Manufacturing", level: 1 },
        { code: "A1", label: "食料品", labelEn: "Food", level: 2 },
      ],
    },
  ],
};

function renderIn(lang: Lang) {
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <InspectPanel
        info={info}
        filters={{}}
        layout={{ kind: "long" }}
        onFiltersChange={() => {}}
        onBack={() => {}}
        onNext={() => {}}
      />
    </I18nContext.Provider>,
  );
}

describe("dimension summaries", () => {
  it("use singular and plural English nouns by count", () => {
    renderIn("en");
    expect(screen.getByRole("button", { name: "Area (1 code, 1 level)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Industry (2 codes, 2 levels)" })).toBeTruthy();
  });

  it("read naturally in Japanese for one code", () => {
    renderIn("ja");
    expect(screen.getByRole("button", { name: "地域（1 項目・1 階層）" })).toBeTruthy();
  });
});
