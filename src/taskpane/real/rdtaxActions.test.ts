// The 研究開発税制 live sheet: what it writes, that the playground's workbook (the formula evaluator with the
// real SME.RDTAX* functions) computes from it what the pane shows, and that an existing sheet is replaced
// only as the user chooses.
import { FakeExcel } from "../../playground/excel-fake";
import { createCustomFunctionsShim, type RegisteredFunction } from "../../playground/customFunctionsRuntime";
import { createFormulaEvaluator, type FunctionMetadata } from "../../playground/formula/evaluateFormula";
import { rdTaxCapFn, rdTaxCheckFn, rdTaxCreditFn, rdTaxRateFn } from "../../functions/rdtax";
import type { RdTaxSheetInput } from "../actions";
import { calculateRdTax } from "../components/rdtaxForm";
import { createRdTaxActions, RDTAX_SHEET, rdTaxCalculationCells } from "./rdtaxActions";

const input: RdTaxSheetInput = {
  scheme: "general",
  fiscalYearStart: "2024-04-01",
  rdExpenses: 112_000_000,
  priorYears: [105_000_000, 100_000_000, 95_000_000],
  averageSales: 2_000_000_000,
  corporateTax: 10_000_000,
};

const byAddress = (i: RdTaxSheetInput) => new Map(rdTaxCalculationCells(i).map((c) => [c.address, c]));

/** A fake workbook that calculates SME.RDTAX* with the real functions, as the playground does. */
function calculatingWorkbook(): FakeExcel {
  const cf = createCustomFunctionsShim();
  const fns = {
    RDTAXRATE: rdTaxRateFn,
    RDTAXCAP: rdTaxCapFn,
    RDTAXCREDIT: rdTaxCreditFn,
    RDTAXCHECK: rdTaxCheckFn,
  };
  cf.associate(fns as unknown as Record<string, RegisteredFunction>);
  const p = (name: string, optional = false) => ({ name, dimensionality: "matrix", optional });
  const credit = [p("scheme"), p("rd_expenses"), p("comparison_rd_expenses"), p("corporate_tax")];
  const tail = [p("average_sales", true), p("fiscal_year_start", true)];
  const metadata: FunctionMetadata[] = [
    {
      id: "RDTAXRATE",
      name: "RDTAXRATE",
      parameters: [
        p("scheme"),
        p("increase_ratio"),
        p("rd_to_sales_ratio", true),
        p("fiscal_year_start", true),
      ],
    },
    {
      id: "RDTAXCAP",
      name: "RDTAXCAP",
      parameters: [
        p("scheme"),
        p("corporate_tax"),
        p("increase_ratio", true),
        p("rd_to_sales_ratio", true),
        p("fiscal_year_start", true),
      ],
    },
    { id: "RDTAXCREDIT", name: "RDTAXCREDIT", parameters: [...credit, ...tail] },
    { id: "RDTAXCHECK", name: "RDTAXCHECK", parameters: [...credit, ...tail, p("language", true)] },
  ];
  const fake = new FakeExcel();
  fake.setFormulaEvaluator(
    createFormulaEvaluator({ namespace: "SME", registry: cf.registry, metadata: [metadata] }),
  );
  return fake;
}

describe("the 研究開発税制 calculation sheet", () => {
  it("labels every input and computes with arithmetic and SME.RDTAX* formulas over them", () => {
    const cells = byAddress(input);
    expect(cells.get("A5")?.value).toMatch(/試験研究費（当期）/);
    expect(cells.get("B5")?.value).toBe(112_000_000);
    expect(cells.get("B9")?.formula).toBe("=(B6+B7+B8)/3");
    expect(cells.get("B13")?.formula).toBe("=(B5-B9)/B9");
    expect(cells.get("B14")?.formula).toBe("=B5/B10");
    expect(cells.get("B15")?.formula).toBe("=SME.RDTAXRATE(B3,B13,B14,B4)");
    expect(cells.get("B16")?.formula).toBe("=SME.RDTAXCAP(B3,B11,B13,B14,B4)");
    expect(cells.get("B17")?.formula).toBe("=SME.RDTAXCREDIT(B3,B5,B9,B11,B10,B4)");
    expect(cells.get("A20")?.value).toBe("コード / Code");
    expect(cells.get("A21")?.formula).toBe('=SME.RDTAXCHECK(B3,B5,B9,B11,B10,B4,"ja")');
    const young = byAddress({ ...input, priorYears: [100_000_000, null, null], averageSales: null });
    expect(young.get("B9")?.formula).toBe("=(B6)/1");
    expect(young.get("B14")?.value).toBeNull();
    const founded = byAddress({ ...input, priorYears: [null, null, null] });
    expect(founded.get("B9")?.value).toBe(0);
    expect(founded.get("B13")?.value).toBe("なし");
  });

  it.each([
    { description: "一般型, three previous years, cap binding", i: input },
    {
      description: "一般型, a founding year (no previous year)",
      i: { ...input, priorYears: [null, null, null] },
    },
    {
      description: "中小, two previous years, no sales",
      i: { ...input, scheme: "sme" as const, priorYears: [90e6, 80e6, null], averageSales: null },
    },
  ])("calculated in the workbook, shows the pane's rate, cap and credit ($description)", async ({ i }) => {
    const fake = calculatingWorkbook();
    await createRdTaxActions(fake.run).writeRdTaxSheet!(i, { chooseSheet: async () => "cancel" });
    await fake.whenCalculated();
    const grid = fake.values(`${RDTAX_SHEET}!A1:E60`) as (string | number)[][];
    const pane = calculateRdTax(i);
    expect(grid[14][1]).toBeCloseTo(Number(pane.rate.replace("%", "")) / 100, 12);
    expect(grid[15][1]).toBe(pane.cap);
    expect(grid[16][1]).toBe(pane.credit);
    expect(grid[20][0]).toBe("RDTAX_PERIOD");
    expect(
      grid
        .slice(20)
        .map((r) => r[0])
        .filter((c) => c !== ""),
    ).toEqual(pane.findings.map((f) => f.code));
  });

  it("writes its own sheet, and on an existing one writes beside it, replaces it or writes nothing, as the user chooses", async () => {
    const fake = new FakeExcel();
    const actions = createRdTaxActions(fake.run);
    expect(await actions.writeRdTaxSheet!(input, { chooseSheet: async () => "cancel" })).toEqual({
      written: true,
      sheetName: RDTAX_SHEET,
    });
    const before = fake.snapshot();
    const choose = jest.fn(async () => "cancel" as const);
    expect((await actions.writeRdTaxSheet!(input, { chooseSheet: choose })).written).toBe(false);
    expect(choose).toHaveBeenCalledWith(expect.objectContaining({ sheet: RDTAX_SHEET }));
    expect(fake.snapshot()).toEqual(before);
    const beside = await actions.writeRdTaxSheet!(
      { ...input, rdExpenses: 1 },
      { chooseSheet: async () => "newSheet" },
    );
    expect(beside).toEqual({ written: true, sheetName: `${RDTAX_SHEET} (2)` });
    const same = (w: ReturnType<FakeExcel["snapshot"]>) => w.sheets.find((s) => s.name === RDTAX_SHEET);
    expect(same(fake.snapshot())).toEqual(same(before));
    expect((await actions.writeRdTaxSheet!(input, { chooseSheet: async () => "overwrite" })).written).toBe(
      true,
    );
  });
});
