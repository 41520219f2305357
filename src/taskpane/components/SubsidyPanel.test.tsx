import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ProgramSummary, SubsidyInput } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { SubsidyPanel } from "./SubsidyPanel";

const programs: ProgramSummary[] = [
  {
    id: "GOTECH-R7",
    name: "成長型中小企業等研究開発支援事業（Go-Tech）令和7年度",
    kind: "gotech",
    flags: [],
    frames: ["通常枠", "出資獲得枠"],
    status: "verified",
  },
  {
    id: "MONO-19:高付加価値化枠",
    name: "ものづくり補助金 第19次 製品・サービス高付加価値化枠",
    kind: "grant",
    flags: ["小規模", "大幅賃上げ特例"],
  },
];

function renderPanel(overrides: Parameters<typeof fakeActions>[0] = {}, lang: "ja" | "en" = "ja") {
  const actions = fakeActions({ listPrograms: async () => programs, ...overrides });
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <SubsidyPanel actions={actions} />
    </I18nContext.Provider>,
  );
  return actions;
}

async function pick(name: string, option: string) {
  fireEvent.click(await screen.findByRole("combobox", { name }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

describe("補助金シミュレーター", () => {
  it("calculates a Go-Tech consortium and marks every rule that is not verified", async () => {
    let received: SubsidyInput | undefined;
    renderPanel({
      calculate: async (input) => {
        received = input;
        return {
          total: 63_333_332,
          perYear: [33_333_332, 30_000_000],
          cap: 75_000_000,
          findings: [
            {
              code: "PER_YEAR_CAP_BINDING",
              message: "1年度目は上限4,500万円で制限されます。",
              source: "公募要領 R7 p.5",
              status: "verified",
              severity: "info",
            },
            {
              code: "UNIV_FIXED_CAP_EXCEEDED",
              message: "大学・公設試等の定額分が総額の1/6を超えています。",
              source: "subsidy-rules.md",
              status: "secondary",
              severity: "error",
            },
          ],
        };
      },
    });
    await pick("補助事業", programs[0].name);
    const m1 = screen.getByRole("group", { name: "構成員 1" });
    fireEvent.change(within(m1).getByRole("textbox", { name: "構成員 1 の 1 年度目の経費（円）" }), {
      target: { value: "50,000,000" },
    });
    fireEvent.change(within(m1).getByRole("textbox", { name: "構成員 1 の 2 年度目の経費（円）" }), {
      target: { value: "45000000" },
    });
    const m2 = screen.getByRole("group", { name: "構成員 2" });
    fireEvent.change(within(m2).getByRole("textbox", { name: "構成員 2 の 1 年度目の経費（円）" }), {
      target: { value: "0" },
    });
    fireEvent.change(within(m2).getByRole("textbox", { name: "構成員 2 の 2 年度目の経費（円）" }), {
      target: { value: "0" },
    });
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    const result = await screen.findByTestId("subsidy-result");
    // the 1/6 finding is an error: the headline says so instead of a clean total
    expect(within(result).getByText("要件を満たしていません")).toBeTruthy();
    expect(within(result).getByText("要件を満たした場合の計算額: 63,333,332 円")).toBeTruthy();
    expect(within(result).getByText("1 年度目: 33,333,332 円")).toBeTruthy();
    const findings = within(result).getAllByTestId("finding");
    expect(findings).toHaveLength(2);
    expect(within(findings[0]).queryByText("公募要領で確認してください")).toBeNull();
    expect(within(findings[1]).getByText("公募要領で確認してください")).toBeTruthy();
    expect(within(findings[1]).getByText("出典: subsidy-rules.md")).toBeTruthy();
    // Japanese labels for severity and status; the code stays, small, for support
    expect(within(findings[0]).getByText("情報")).toBeTruthy();
    expect(within(findings[0]).getByText("公式確認済み")).toBeTruthy();
    expect(within(findings[1]).getByText("エラー")).toBeTruthy();
    expect(within(findings[1]).getByText("二次資料で確認")).toBeTruthy();
    expect(within(findings[1]).getByText("UNIV_FIXED_CAP_EXCEEDED").tagName).toBe("CODE");
    expect(within(result).queryByText(/^(info|error|verified|secondary)$/)).toBeNull();
    expect(received).toMatchObject({ kind: "gotech", programId: "GOTECH-R7", frame: "通常枠" });
    expect(received?.kind === "gotech" && received.members[0].costs).toEqual([50_000_000, 45_000_000]);
  });

  it("names the fields to fix instead of calculating with bad amounts", async () => {
    const actions = renderPanel();
    const calc = jest.spyOn(actions, "calculate");
    await pick("補助事業", programs[0].name);
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    expect(
      await screen.findByText(
        "構成員 1 の 1 年度目の経費（円）: 0 以上の金額（円）を入力してください（例: 20000000、2,000万円、1億2000万円）。",
      ),
    ).toBeTruthy();
    expect(calc).not.toHaveBeenCalled();
  });

  it("enters an applicant for a grant programme with its flags", async () => {
    let received: SubsidyInput | undefined;
    renderPanel({
      calculate: async (input) => {
        received = input;
        return { total: 10_000_000, cap: 10_000_000, rate: "2/3", findings: [] };
      },
    });
    await pick("補助事業", programs[1].name);
    fireEvent.change(screen.getByRole("combobox", { name: "業種" }), { target: { value: "製造業その他" } });
    fireEvent.change(screen.getByRole("textbox", { name: "従業員数（人）" }), { target: { value: "15" } });
    fireEvent.change(screen.getByRole("textbox", { name: "補助対象経費（円・税抜）" }), {
      target: { value: "15,000,000" },
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "小規模" }));
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    expect(await screen.findByText("補助率: 2/3")).toBeTruthy();
    expect(received).toEqual({
      kind: "grant",
      programId: "MONO-19:高付加価値化枠",
      eligibleCost: 15_000_000,
      applicant: { industry: "製造業その他", capital: undefined, employees: 15, flags: ["小規模"] },
    });
  });

  it.each([
    { button: "上書き", choice: "overwrite", message: /計算シート「補助金計算」を書き込みました/ },
    {
      button: "新しいシートに書く",
      choice: "newSheet",
      message: /計算シート「補助金計算 \(2\)」を書き込みました/,
    },
    { button: "キャンセル", choice: "cancel", message: /何も書き込みませんでした/ },
  ])(
    "asks 上書き / 新しいシートに書く / キャンセル before touching a sheet with content: $button",
    async ({ button, choice, message }) => {
      let lang: string | undefined;
      renderPanel({
        writeCalculationSheet: async (_input, options) => {
          lang = options.lang;
          const answer = await options.chooseSheet({
            sheet: "補助金計算",
            address: "A1:F30",
            nonEmptyCells: 40,
          });
          expect(answer).toBe(choice);
          return {
            written: answer !== "cancel",
            sheetName: answer === "newSheet" ? "補助金計算 (2)" : "補助金計算",
          };
        },
      });
      await pick("補助事業", programs[1].name);
      fireEvent.change(screen.getByRole("textbox", { name: "従業員数（人）" }), { target: { value: "5" } });
      fireEvent.change(screen.getByRole("textbox", { name: "補助対象経費（円・税抜）" }), {
        target: { value: "1000000" },
      });
      fireEvent.click(screen.getByRole("button", { name: "補助金の計算シートを書き込む" }));
      const dialog = await screen.findByRole("alertdialog", { hidden: true });
      // the calculator's own words: 「書き込む」, never the data loader's 「読み込むと」
      expect(dialog.textContent).toMatch(/シート「補助金計算」には内容があります（A1:F30、40 個のセル）/);
      expect(dialog.textContent).not.toMatch(/読み込む/);
      fireEvent.click(await within(dialog).findByRole("button", { name: button, hidden: true }));
      expect(await screen.findByText(message)).toBeTruthy();
      expect(lang).toBe("ja");
    },
  );

  it("is complete in English", async () => {
    renderPanel({}, "en");
    await pick("Programme", programs[0].name);
    expect(screen.getByRole("group", { name: "Member 1" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add member" })).toBeTruthy();
  });
});
