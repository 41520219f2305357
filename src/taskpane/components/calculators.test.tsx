import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import type { ProgramSummary } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { RdTaxPanel, SubsidyPanel } from "./calculators";

const programs: ProgramSummary[] = [
  {
    id: "MONO-19:高付加価値化枠",
    name: "ものづくり補助金 第19次 製品・サービス高付加価値化枠",
    kind: "grant",
    flags: [],
  },
];

// The 補助金シミュレーター tab shows both sections one under the other (App.tsx): a screen reader's button
// list, and a user scanning the tab, must tell 補助金 from 研究開発税制 by the button alone.
describe.each(["ja", "en"] as const)("the calculator tab (%s)", (lang) => {
  it("names every button differently once a programme is chosen", async () => {
    const t = translator(lang);
    const actions = fakeActions({ listPrograms: async () => programs });
    render(
      <I18nContext.Provider value={{ lang, t }}>
        <SubsidyPanel actions={actions} />
        <RdTaxPanel actions={actions} />
      </I18nContext.Provider>,
    );
    fireEvent.click(await screen.findByRole("combobox", { name: t("programLabel") }));
    fireEvent.click(await screen.findByRole("option", { name: programs[0].name }));
    await screen.findByRole("button", { name: t("calculate") });
    const names = screen.getAllByRole("button").map((b) => b.textContent?.trim() ?? "");
    const repeated = names.filter((n, i) => n !== "" && names.indexOf(n) !== i);
    expect(repeated).toEqual([]);
  });
});
