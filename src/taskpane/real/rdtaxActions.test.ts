// The 研究開発税制 live sheet: what it writes, that its formulas compute what the pane shows, and that an
// existing sheet is replaced only after asking.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { FakeExcel } from "../../playground/excel-fake";
import { rdTaxCapFn, rdTaxCreditFn, rdTaxRateFn } from "../../functions/rdtax";
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

describe("the 研究開発税制 calculation sheet", () => {
  it("labels every input and computes with SME.RDTAX* formulas over them", () => {
    const cells = byAddress(input);
    expect(cells.get("A5")?.value).toMatch(/試験研究費（当期）/);
    expect(cells.get("B5")?.value).toBe(112_000_000);
    expect(cells.get("B9")?.formula).toBe("=IFERROR(AVERAGE(B6:B8),0)");
    expect(cells.get("B13")?.formula).toBe('=IF(B9>0,(B5-B9)/B9,"なし")');
    expect(cells.get("B15")?.formula).toBe("=SME.RDTAXRATE(B3,B13,B14,B4)");
    expect(cells.get("B16")?.formula).toBe("=SME.RDTAXCAP(B3,B11,B13,B14,B4)");
    expect(cells.get("B17")?.formula).toBe("=SME.RDTAXCREDIT(B3,B5,B9,B11,B10,B4)");
    expect(cells.get("A20")?.formula).toBe("=SME.RDTAXCHECK(B3,B5,B9,B11,B10,B4)");
  });

  it("its formulas, evaluated as Excel would, give the pane's numbers (rate 11.5 %, cap 3,000,000, credit 3,000,000)", () => {
    for (const i of [
      input,
      { ...input, priorYears: [null, null, null] },
      { ...input, scheme: "sme" as const, averageSales: null },
    ]) {
      const v = (a: string) => byAddress(i).get(a)?.value ?? null;
      const prior = [v("B6"), v("B7"), v("B8")].filter((x): x is number => typeof x === "number");
      const b9 = prior.length ? prior.reduce((a, b) => a + b, 0) / prior.length : 0;
      const b5 = v("B5") as number;
      const b13 = b9 > 0 ? (b5 - b9) / b9 : "なし";
      const b14 = typeof v("B10") === "number" && (v("B10") as number) > 0 ? b5 / (v("B10") as number) : "";
      const c = (x: unknown) => [[x]] as any[][];
      const pane = calculateRdTax(i);
      expect(rdTaxRateFn(c(v("B3")), c(b13), c(b14), c(v("B4")))[0][0]).toBeCloseTo(
        Number(pane.rate.replace("%", "")) / 100,
        12,
      );
      expect(rdTaxCapFn(c(v("B3")), c(v("B11")), c(b13), c(b14), c(v("B4")))).toEqual([[pane.cap]]);
      expect(rdTaxCreditFn(c(v("B3")), c(b5), c(b9), c(v("B11")), c(v("B10")), c(v("B4")))).toEqual([
        [pane.credit],
      ]);
    }
    expect(calculateRdTax(input).credit).toBe(3_000_000);
  });

  it("writes its own sheet, and on an existing one writes beside it, replaces it or writes nothing, as the user chooses", async () => {
    const fake = new FakeExcel();
    const actions = createRdTaxActions(fake.run);
    expect(await actions.writeRdTaxSheet!(input, { chooseSheet: async () => "cancel" })).toEqual({
      written: true,
      sheetName: RDTAX_SHEET,
    });
    const sheet = fake.snapshot().sheets.find((s) => s.name === RDTAX_SHEET)!;
    expect(sheet.cells.B17).toMatchObject({ formula: "=SME.RDTAXCREDIT(B3,B5,B9,B11,B10,B4)" });
    const before = fake.snapshot();
    const confirm = jest.fn(async () => "cancel" as const);
    expect((await actions.writeRdTaxSheet!(input, { chooseSheet: confirm })).written).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ sheet: RDTAX_SHEET }));
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
