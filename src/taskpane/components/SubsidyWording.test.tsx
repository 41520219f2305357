// Issue 14 "Japanese all the way through" for the calculator: labels instead of raw codes, the
// statute's industry words, person counts that are not yen, and 万円/億 amounts — against the real
// engine (createSubsidyActions), as an applicant would type them.
import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { createSubsidyActions } from "../real/subsidyActions";
import { I18nContext, translator } from "../i18n";
import { SubsidyPanel } from "./SubsidyPanel";

// Fluent comboboxes over the real programme list are slow in jsdom on a shared machine.
jest.setTimeout(30_000);

const noExcel = () => Promise.reject(new Error("no Excel in this test"));

function renderPanel(lang: "ja" | "en" = "ja") {
  const actions = createSubsidyActions(noExcel);
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <SubsidyPanel actions={actions} />
    </I18nContext.Provider>,
  );
  return actions;
}

async function pickProgram(name: RegExp, label = "補助事業") {
  fireEvent.click(await screen.findByRole("combobox", { name: label }));
  fireEvent.click((await screen.findAllByRole("option", { name: name }))[0]);
}

function type(name: string, value: string) {
  fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });
}

describe("calculator wording (issue 14)", () => {
  it("offers 製造業 / 建設業 / 運輸業 one by one and still accepts the old 製造業その他", async () => {
    renderPanel();
    await pickProgram(/^小規模事業者持続化補助金（一般型）/);
    fireEvent.click(screen.getByRole("combobox", { name: "業種" }));
    const names = screen.getAllByRole("option").map((o) => o.textContent);
    expect(names).toEqual(expect.arrayContaining(["製造業", "建設業", "運輸業", "宿泊業", "娯楽業"]));
    expect(names).not.toContain("製造業その他");
    expect(names).not.toContain("宿泊業・娯楽業");
    fireEvent.click(screen.getByRole("option", { name: "建設業" }));
    type("従業員数（人）", "3");
    type("補助対象経費（円・税抜）", "90万円");
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    const result = await screen.findByTestId("subsidy-result", {}, { timeout: 5000 });
    expect(
      within(result).getByText(/^建設業（製造業、建設業、運輸業その他の業種）で従業員 3 人は/),
    ).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "業種" }), { target: { value: "製造業その他" } });
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    const again = await screen.findByTestId("subsidy-result");
    expect(within(again).getByText(/^製造業、建設業、運輸業その他の業種で従業員 3 人は/)).toBeTruthy();
    expect(within(again).queryByText(/製造業その他（製造業その他）/)).toBeNull();
  });

  it("reads ２０００万円 as 20,000,000 and shows labels, not codes, for severity and status", async () => {
    renderPanel();
    await pickProgram(/^ものづくり.*高付加価値化枠/);
    fireEvent.change(screen.getByRole("combobox", { name: "業種" }), { target: { value: "製造業" } });
    type("従業員数（人）", "30");
    type("補助対象経費（円・税抜）", "２０００万円");
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    const result = await screen.findByTestId("subsidy-result");
    expect(within(result).getByText(/補助対象経費 20,000,000 円/)).toBeTruthy();
    const findings = within(result).getAllByTestId("finding");
    expect(findings.some((f) => within(f).queryByText("情報"))).toBe(true);
    expect(
      within(result).queryByText(/^(info|warning|error|secondary|assumption|official-summary)$/),
    ).toBeNull();
    expect(within(result).queryByText(/理由: —/)).toBeNull();
    const band = findings.find((f) => within(f).queryByText("EMPLOYEE_BAND"));
    expect(band && within(band).getByText("EMPLOYEE_BAND").tagName).toBe("CODE");
  });

  it("says a person count is not yen, and asks again for an ambiguous amount", async () => {
    renderPanel();
    await pickProgram(/^ものづくり.*高付加価値化枠/);
    type("従業員数（人）", "12.5");
    type("補助対象経費（円・税抜）", "1万20000");
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    expect(await screen.findByText("従業員数（人）: 0 以上の整数（人）を入力してください。")).toBeTruthy();
    expect(screen.getByText(/^補助対象経費（円・税抜）: 「1万20000」は二通りに読めます。/)).toBeTruthy();
    expect(screen.queryByText(/従業員数（人）.*（円）/)).toBeNull();
  });

  it("headlines an error for Go-Tech too (university share over 1/6), in English as well", async () => {
    renderPanel("en");
    await pickProgram(/Go-Tech/, "Programme");
    const m1 = screen.getByRole("group", { name: "Member 1" });
    const m2 = screen.getByRole("group", { name: "Member 2" });
    const cost = (m: HTMLElement, n: number, y: number, v: string) =>
      fireEvent.change(within(m).getByRole("textbox", { name: `Cost of member ${n} in year ${y} (yen)` }), {
        target: { value: v },
      });
    cost(m1, 1, 1, "1000万円");
    cost(m1, 1, 2, "1000万円");
    cost(m2, 2, 1, "3000万円");
    cost(m2, 2, 2, "3000万円");
    fireEvent.click(screen.getByRole("button", { name: "Calculate grant" }));
    const result = await screen.findByTestId("subsidy-result");
    expect(within(result).getByText("Requirements not met")).toBeTruthy();
    expect(within(result).getAllByText("Error").length).toBeGreaterThan(0);
    expect(within(result).queryByText(/^error$/)).toBeNull();
  });
});
