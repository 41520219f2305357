import "../testing/domShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { setClock } from "../../core/subsidy/asOf";
import type { RdTaxSheetInput } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { RdTaxPanel } from "./RdTaxPanel";

function renderPanel(overrides: Parameters<typeof fakeActions>[0] = {}, lang: "ja" | "en" = "ja") {
  const actions = fakeActions(overrides);
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <RdTaxPanel actions={actions} />
    </I18nContext.Provider>,
  );
  return actions;
}
const type = (name: string | RegExp, value: string) =>
  fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });

beforeAll(() => setClock(() => Date.UTC(2026, 11, 7, 1)));
afterAll(() => setClock());

describe("研究開発税制 section", () => {
  it("defaults the fiscal year to the April-start year containing today", () => {
    renderPanel();
    expect(screen.getByLabelText("事業年度開始日")).toHaveProperty("value", "2026-04-01");
  });

  it("shows 比較試験研究費 as the average of the previous years, then the rate, cap, credit and sourced findings", () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText("事業年度開始日"), { target: { value: "2024-04-01" } });
    type("試験研究費（当期、円）", "1億1200万");
    type("試験研究費（前期、円）", "105,000,000");
    type("試験研究費（前々期、円）", "１００，０００，０００");
    type("試験研究費（3期前、円）", "95000000");
    expect(screen.getByTestId("rdtax-comparison").textContent).toMatch(/100,000,000 円/);
    type(/平均売上金額/, "2000000000");
    type("調整前法人税額（円）", "10,000,000");
    fireEvent.click(screen.getByRole("button", { name: "控除額を計算" }));
    const result = screen.getByRole("region", { name: "税額控除額: 3,000,000 円" });
    expect(within(result).getByText("税額控除割合: 11.5%")).toBeTruthy();
    expect(within(result).getByText(/控除上限額: 3,000,000 円（調整前法人税額 × 30%）/)).toBeTruthy();
    const findings = within(result).getAllByTestId("rdtax-finding");
    const binds = findings.find((f) => f.textContent?.includes("RDTAX_CAP_BINDS"))!;
    expect(binds.textContent).toMatch(/12,880,000円/);
    const period = findings.find((f) => f.textContent?.includes("RDTAX_PERIOD"))!;
    expect(period.textContent).toMatch(/出典.*e-Gov.*第42条の4/);
  });

  it("for 中小企業技術基盤強化税制, says the tax law's 中小企業者等 is not the 基本法 definition", () => {
    renderPanel();
    fireEvent.click(screen.getByRole("radio", { name: "中小企業技術基盤強化税制" }));
    expect(screen.getByText(/中小企業基本法の定義とは異なります/)).toBeTruthy();
  });

  it("names the fields it cannot read and computes nothing", () => {
    renderPanel();
    type("試験研究費（当期、円）", "たくさん");
    fireEvent.click(screen.getByRole("button", { name: "控除額を計算" }));
    expect(screen.getByText(/「試験研究費（当期、円）」は0以上の円の金額/)).toBeTruthy();
    expect(screen.getByText(/「調整前法人税額（円）」は0以上の円の金額/)).toBeTruthy();
    expect(screen.queryByTestId("rdtax-result")).toBeNull();
  });

  it("shows #N/A-style failure for a fiscal year outside every period", () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText("事業年度開始日"), { target: { value: "2019-04-01" } });
    type("試験研究費（当期、円）", "1000");
    type("調整前法人税額（円）", "1000");
    fireEvent.click(screen.getByRole("button", { name: "控除額を計算" }));
    expect(screen.getByText("研究開発税制を計算できませんでした")).toBeTruthy();
  });

  it("writes the live sheet with the inputs, and says so; a declined overwrite leaves it", async () => {
    const sent: RdTaxSheetInput[] = [];
    let agree = true;
    renderPanel({
      writeRdTaxSheet: async (input) => {
        sent.push(input);
        return { written: agree, sheetName: "研究開発税制計算" };
      },
    });
    fireEvent.change(screen.getByLabelText("事業年度開始日"), { target: { value: "2024-04-01" } });
    type("試験研究費（当期、円）", "112000000");
    type("試験研究費（前期、円）", "100000000");
    type("調整前法人税額（円）", "10000000");
    fireEvent.click(screen.getByRole("button", { name: "控除額の計算シートを書き込む" }));
    expect(await screen.findByText(/シート「研究開発税制計算」に入力と数式を書き込みました/)).toBeTruthy();
    expect(sent[0]).toEqual({
      scheme: "general",
      fiscalYearStart: "2024-04-01",
      rdExpenses: 112_000_000,
      priorYears: [100_000_000, null, null],
      averageSales: null,
      corporateTax: 10_000_000,
    });
    agree = false;
    fireEvent.click(screen.getByRole("button", { name: "控除額の計算シートを書き込む" }));
    expect(await screen.findByText(/書き込みを取りやめました/)).toBeTruthy();
  });

  it("speaks English", () => {
    renderPanel({}, "en");
    expect(screen.getByRole("heading", { name: "R&D tax credit (研究開発税制)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Calculate credit" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Corporate tax before credits (yen)" })).toBeTruthy();
  });
});
