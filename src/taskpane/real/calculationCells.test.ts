import { FakeExcel } from "../../playground/excel-fake";
import { createCustomFunctionsShim, type RegisteredFunction } from "../../playground/customFunctionsRuntime";
import { createFormulaEvaluator, type FunctionMetadata } from "../../playground/formula/evaluateFormula";
import { writeCalculationSheet } from "../../excel/calculationSheet";
import { goTechCheckFn, goTechFn, grantCheckFn, grantFn } from "../../functions/subsidy";
import type { SubsidyInput } from "../actions";
import { calculationCells } from "./calculationCells";

const gotech: SubsidyInput = {
  kind: "gotech",
  programId: "GOTECH-R7:通常枠",
  frame: "通常枠",
  members: [
    { name: "A社", type: "中小企業者等", costs: [30_000_000, 20_000_000], taxableIncome: 100_000_000 },
    { name: "B大学", type: "大学・公設試等", costs: [5_000_000, 5_000_000] },
  ],
};

describe("calculationCells", () => {
  it("points the grant formulas at the labelled inputs", () => {
    const cells = calculationCells({
      kind: "grant",
      programId: "MONO-19:高付加価値化枠",
      eligibleCost: 10_000_000,
      applicant: { industry: "製造業", employees: 20, flags: ["小規模", "大幅賃上げ特例"] },
    });
    const at = (a: string) => cells.find((c) => c.address === a);
    expect(at("B4")).toMatchObject({ value: 10_000_000, numberFormat: "#,##0" });
    expect(at("B7")?.value).toBe("小規模、大幅賃上げ特例");
    expect(at("B9")?.formula).toBe("=SME.GRANT(B3,B4,B5,B6,B7)");
    expect(at("A14")?.value).toBe("コード / Code");
    expect(at("A15")?.formula).toBe('=SME.GRANTCHECK(B3,B4,B5,B6,B7,,"ja")');
  });

  it("lays out a Go-Tech consortium one row per member, one column per year", () => {
    const cells = calculationCells(gotech, "R7", "en");
    const at = (a: string) => cells.find((c) => c.address === a);
    expect(at("C8")?.value).toBe(30_000_000);
    expect(at("D9")?.value).toBe(5_000_000);
    expect(at("E8")?.value).toBe(100_000_000);
    expect(at("C12")?.formula).toBe("=SME.GOTECH(B3,A8:A9,C8:D9,E8:E9,B4,B5)");
    expect(at("A16")?.formula).toBe('=SME.GOTECHCHECK(B3,A8:A9,C8:D9,E8:E9,B4,B5,"en")');
  });
});

/** The written sheet, calculated by the playground's evaluator with the real SME.* functions. */
async function writtenSheet(input: SubsidyInput, round?: string) {
  const cf = createCustomFunctionsShim();
  const fns = { GOTECH: goTechFn, GOTECHCHECK: goTechCheckFn, GRANT: grantFn, GRANTCHECK: grantCheckFn };
  cf.associate(fns as unknown as Record<string, RegisteredFunction>);
  const param = (name: string, optional = false) => ({ name, dimensionality: "matrix", optional });
  const gotechParams = ["frame", "participant_types", "costs"].map((n) => param(n));
  const later = ["taxable_income", "planned_investment", "round"].map((n) => param(n, true));
  const metadata: FunctionMetadata[] = [
    { id: "GOTECH", name: "GOTECH", parameters: [...gotechParams, ...later] },
    {
      id: "GOTECHCHECK",
      name: "GOTECHCHECK",
      parameters: [...gotechParams, ...later, param("language", true)],
    },
  ];
  const fake = new FakeExcel();
  fake.setFormulaEvaluator(
    createFormulaEvaluator({ namespace: "SME", registry: cf.registry, metadata: [metadata] }),
  );
  await writeCalculationSheet(fake.run, {
    sheetName: "補助金計算",
    cells: calculationCells(input, round, "ja"),
  });
  await fake.whenCalculated();
  const grid = fake.values("補助金計算!A1:F30") as (string | number)[][];
  /** The value under a header cell, on the header row that starts with `rowLabel` (the last such). */
  const under = (header: string, rowLabel?: string) => {
    for (let r = grid.length - 2; r >= 0; r--) {
      if (rowLabel !== undefined && grid[r][0] !== rowLabel) continue;
      const c = grid[r].indexOf(header);
      if (c >= 0) return grid[r + 1][c];
    }
    throw new Error(`no header ${header}`);
  };
  return { grid, under };
}

describe("the Go-Tech calculation sheet as written (issue 14: results under their year headers)", () => {
  it("puts each year's subsidy under its year header and the total under 合計", async () => {
    const { under } = await writtenSheet(gotech, "R7");
    const [y1, y2, total] = goTechFn(
      [["通常枠"]],
      [["中小企業者等"], ["大学・公設試等"]],
      [
        [30_000_000, 20_000_000],
        [5_000_000, 5_000_000],
      ],
      [[100_000_000], [null]],
      null as never,
      [["R7"]],
    )[0];
    const results = "補助金額（円） / Subsidy (yen)";
    expect(under("1年度目 / Year 1", results)).toBe(y1);
    expect(under("2年度目 / Year 2", results)).toBe(y2);
    expect(under("合計 / Total", results)).toBe(total);
    // and the member rows still sit under the same year headers
    expect(under("1年度目 / Year 1", "区分 / Type")).toBe(30_000_000);
    expect(total).toBe((y1 as number) + (y2 as number));
  });

  it("shows the findings with Japanese severity and status under their headers, the code first", async () => {
    const { under } = await writtenSheet(gotech, "R7");
    expect(["情報", "注意", "エラー"]).toContain(under("重要度 / Severity"));
    expect(String(under("コード / Code"))).toMatch(/^[A-Z_0-9]+$/);
    const status = under("状態 / Status");
    expect(["", "公式確認済み", "公式概要で確認", "二次資料で確認", "仮定"]).toContain(status);
  });
});
