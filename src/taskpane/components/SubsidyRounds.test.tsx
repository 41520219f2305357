// The calculator's round picker, 公募期間 badge and the error headline (issue 11 §2, §4).
import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ProgramSummary, SubsidyResult } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { SubsidyPanel } from "./SubsidyPanel";

const family = {
  kind: "grant" as const,
  flags: ["小規模", "大幅賃上げ特例", "最低賃金特例"],
  family: "SHORYOKU:一般型",
};
const programs: ProgramSummary[] = [
  {
    ...family,
    id: "SHORYOKU-4:一般型",
    name: "中小企業省力化投資補助金 第4回 一般型",
    familyName: "中小企業省力化投資補助金 一般型",
    round: "第4回",
    period: "2025-09-19〜2025-11-28 17:00",
    roundStatus: "closed",
  },
  {
    ...family,
    id: "SHORYOKU-5:一般型",
    name: "中小企業省力化投資補助金 第5回 一般型",
    familyName: "中小企業省力化投資補助金 一般型",
    round: "第5回",
    period: "2026-11-05〜2026-12-15 17:00",
    roundStatus: "open",
    current: true,
  },
  {
    id: "MONO-19:高付加価値化枠",
    name: "ものづくり補助金 第19次 製品・サービス高付加価値化枠",
    kind: "grant",
    flags: ["大幅賃上げ特例", "最低賃金特例"],
  },
];

function renderPanel(result?: SubsidyResult, lang: "ja" | "en" = "ja") {
  const calls: string[] = [];
  const actions = fakeActions({
    listPrograms: async () => programs,
    calculate: async (input) => {
      calls.push(input.programId);
      return result ?? { total: 0, findings: [] };
    },
  });
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <SubsidyPanel actions={actions} />
    </I18nContext.Provider>,
  );
  return calls;
}

async function pick(name: string, option: string) {
  fireEvent.click(await screen.findByRole("combobox", { name }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

function fillGrant() {
  fireEvent.change(screen.getByRole("textbox", { name: "従業員数（人）" }), { target: { value: "60" } });
  fireEvent.change(screen.getByRole("textbox", { name: "補助対象経費（円・税抜）" }), {
    target: { value: "60000000" },
  });
}

describe("round picker", () => {
  it("offers each family once, preselects today's round and shows its 公募期間 and 受付中", async () => {
    renderPanel();
    fireEvent.click(await screen.findByRole("combobox", { name: "補助事業" }));
    const options = screen.getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual([
      "中小企業省力化投資補助金 一般型",
      "ものづくり補助金 第19次 製品・サービス高付加価値化枠",
    ]);
    fireEvent.click(screen.getByRole("option", { name: "中小企業省力化投資補助金 一般型" }));
    const round = await screen.findByRole("combobox", { name: "公募回" });
    expect(round.textContent).toBe("第5回");
    const info = screen.getByRole("group", { name: "公募回の情報" });
    expect(within(info).getByText("公募期間: 2026-11-05〜2026-12-15 17:00（日本時間）")).toBeTruthy();
    expect(within(info).getByText("受付中")).toBeTruthy();
  });

  it("calculates with the round the user picks and shows 締切済 for a closed one", async () => {
    const calls = renderPanel();
    await pick("補助事業", "中小企業省力化投資補助金 一般型");
    await pick("公募回", "第4回");
    expect(within(screen.getByRole("group", { name: "公募回の情報" })).getByText("締切済")).toBeTruthy();
    fillGrant();
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    await screen.findByTestId("subsidy-result");
    expect(calls).toEqual(["SHORYOKU-4:一般型"]);
  });
});

describe("result headline", () => {
  const withError: SubsidyResult = {
    total: 0,
    cap: 35_000_000,
    rate: "1/2",
    findings: [
      {
        code: "FLAGS_EXCLUSIVE",
        message: "大幅賃上げ特例・最低賃金特例 は併用できません。",
        messageEn: "cannot be combined",
        source:
          "全国中小企業団体中央会「ものづくり補助金 第19次公募要領」 特例（二次資料で確認） https://portal.monodukuri-hojo.jp/",
        status: "secondary",
        severity: "error",
      },
    ],
  };

  it("says 要件を満たしていません in red instead of a clean total when a finding is an error", async () => {
    renderPanel(withError);
    await pick("補助事業", programs[2].name);
    fillGrant();
    fireEvent.click(screen.getByRole("button", { name: "補助金額を計算" }));
    const result = await screen.findByTestId("subsidy-result");
    const headline = within(result).getByText("要件を満たしていません");
    expect(headline.style.color).toMatch(/Red|danger/i);
    expect(within(result).queryByText(/^補助金額: /)).toBeNull();
    expect(result.getAttribute("aria-label")).toBe("要件を満たしていません");
    const f = within(result).getByTestId("finding");
    expect(
      within(f).getByText(/^出典: 全国中小企業団体中央会「ものづくり補助金 第19次公募要領」/),
    ).toBeTruthy();
    expect(within(f).getByText("公募要領で確認してください")).toBeTruthy();
  });

  it("says Requirements not met in English", async () => {
    renderPanel(withError, "en");
    await pick("Programme", programs[2].name);
    fireEvent.change(screen.getByRole("textbox", { name: "Employees" }), { target: { value: "60" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Eligible cost (yen, excl. tax)" }), {
      target: { value: "60000000" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Calculate grant" }));
    expect(
      within(await screen.findByTestId("subsidy-result")).getByText("Requirements not met"),
    ).toBeTruthy();
  });
});
