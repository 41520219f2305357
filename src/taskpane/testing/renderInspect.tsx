// The inspect step as the data flow shows it for a freshly opened table (no filters, long layout), in the
// pane's language: what the InspectPanel and 「英語のみ」 tests look at.
import { render } from "@testing-library/react";
import type { Lang, TableInfo } from "../actions";
import { InspectPanel } from "../components/InspectPanel";
import { I18nContext, translator } from "../i18n";

export function renderInspect(info: TableInfo, lang: Lang = "ja") {
  return render(
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
