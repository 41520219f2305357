import "../testing/domShims";
import { render, screen } from "@testing-library/react";
import type { Lang, TableInfo } from "../actions";
import { I18nContext, translator } from "../i18n";
import { renderInspect } from "../testing/renderInspect";
import { FilterPanel, defaultShape } from "./FilterPanel";

// What openSource gives for an OECD flow (src/taskpane/createActions.test.ts checks it against the fake).
const info: TableInfo = {
  ref: { source: "OECD", id: "OECD.STI.STP,DSD_MSTI@DF_MSTI" },
  title: "Main Science and Technology Indicators",
  notes: [],
  labelsEnglishOnly: true,
  timeDimension: "TIME_PERIOD",
  totalRows: 24,
  dimensions: [
    {
      id: "REF_AREA",
      name: "Reference area",
      nameEn: "Reference area",
      role: "area",
      codes: [{ code: "JPN", label: "Japan", labelEn: "Japan" }],
    },
  ],
};

const inspect = (lang: Lang, table: TableInfo) => renderInspect(table, lang);

describe("「英語のみ」 for OECD's English names", () => {
  it("says 英語のみ on the inspect screen in Japanese", () => {
    inspect("ja", info);
    expect(screen.getByTestId("english-only").textContent).toContain("英語のみ");
  });

  it("and on the filter screen, where 英語 labels are offered rather than refused", () => {
    render(
      <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
        <FilterPanel
          info={info}
          shape={defaultShape(info, "ja")}
          onChange={() => {}}
          onBack={() => {}}
          onNext={() => {}}
        />
      </I18nContext.Provider>,
    );
    expect(screen.getByTestId("english-only")).toBeTruthy();
    expect(screen.queryByText("この統計表には英語の名称がありません。")).toBeNull();
  });

  it("says nothing in English mode, or for an e-Stat table", () => {
    inspect("en", info);
    expect(screen.queryByTestId("english-only")).toBeNull();
  });

  it("says nothing for a table with Japanese names", () => {
    inspect("ja", { ...info, labelsEnglishOnly: undefined });
    expect(screen.queryByTestId("english-only")).toBeNull();
  });
});
