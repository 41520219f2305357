import "../testing/domShims";
import { render, screen } from "@testing-library/react";
import type { LoadRequest } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions, sampleInfo } from "../testing/fakeActions";
import { PreviewPanel } from "./PreviewPanel";

const request: LoadRequest = {
  ref: sampleInfo.ref,
  title: sampleInfo.title,
  filters: {},
  layout: { kind: "long" },
  labels: "label",
  labelLang: "ja",
};

describe("PreviewPanel", () => {
  it("sizes each column to its one-line content instead of Fluent's equal fixed columns", async () => {
    render(
      <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
        <PreviewPanel actions={fakeActions()} request={request} onBack={() => {}} onNext={() => {}} />
      </I18nContext.Provider>,
    );
    const table = await screen.findByRole("table", { name: "プレビュー表" });
    // Equal fixed columns made "REF_AREA_code" run into "Reference area" in the English preview.
    expect(table.style.tableLayout).toBe("auto");
    expect(table.style.minWidth).toBe("max-content");
    expect(screen.getByRole("cell", { name: "1534567" }).style.whiteSpace).toBe("nowrap");
  });
});
