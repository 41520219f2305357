// Calculation rules from Microsoft's documentation: suspended API calculation, and no spilling in tables.
import { FakeExcel } from "./FakeExcel";
import type { FormulaEvaluator } from "./types";

/** =DOUBLE(A1) doubles a cell; =SEQ(r,c) returns an r×c array. */
const evaluator: FormulaEvaluator = (formula, at, read) => {
  const m = /^=(\w+)\((.*)\)$/.exec(formula);
  if (!m) return { error: "#NAME?" };
  if (m[1] === "DOUBLE") return Number(read.range(at.sheet, m[2])[0][0]) * 2;
  const [r, c] = m[2].split(",").map(Number);
  return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => i * c + j + 1));
};

function withFormula(): FakeExcel {
  const fake = new FakeExcel();
  fake.setFormulaEvaluator(evaluator);
  fake.enter("Sheet1!A1", "21");
  fake.enter("Sheet1!B1", "=DOUBLE(A1)");
  expect(fake.values("Sheet1!B1")).toEqual([[42]]);
  return fake;
}

describe("suspendApiCalculationUntilNextSync (@types/office-js Excel.Application)", () => {
  it("leaves dependants stale after the suspended sync and after later syncs, until calculate()", async () => {
    const fake = withFormula();
    await fake.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[5]];
      await context.sync();
      expect(fake.values("Sheet1!B1")).toEqual([[42]]);
      const b1 = context.workbook.worksheets.getActiveWorksheet().getRange("B1").load("values");
      await context.sync();
      expect(b1.values).toEqual([[42]]);
      expect(fake.values("Sheet1!B1")).toEqual([[42]]);
      context.application.calculate("Recalculate");
      b1.load("values");
      await context.sync();
      expect(b1.values).toEqual([[10]]);
    });
  });

  it("leaves a formula written under suspension uncalculated until calculate()", async () => {
    const fake = withFormula();
    await fake.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getActiveWorksheet().getRange("C1").formulas = [["=DOUBLE(B1)"]];
    });
    expect(fake.values("Sheet1!C1")).toEqual([[""]]);
    await fake.run(async (context) => context.application.calculate("Recalculate"));
    expect(fake.values("Sheet1!C1")).toEqual([[84]]);
  });

  it("honours calculate() queued in the suspended batch itself, and in Manual mode", async () => {
    const fake = withFormula();
    await fake.run(async (context) => {
      context.application.calculationMode = "Manual";
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
      context.application.calculate("Recalculate");
    });
    expect(fake.values("Sheet1!B1")).toEqual([[2]]);
  });

  it("recalculates normally when the next batch is not suspended", async () => {
    const fake = withFormula();
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[4]];
    });
    expect(fake.values("Sheet1!B1")).toEqual([[8]]);
  });
});

describe("dynamic arrays and tables (#SPILL!)", () => {
  async function tableAt(fake: FakeExcel, address: string, values: unknown[][]) {
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange(address).values = values;
      sheet.tables.add(address, true);
    });
  }

  it("shows #SPILL! when the spill range would run into a table, and spills once the table is gone", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    await tableAt(fake, "C4:D5", [
      ["x", "y"],
      ["", ""],
    ]);
    fake.enter("Sheet1!A1", "=SEQ(5,3)");
    expect(fake.values("Sheet1!A1")).toEqual([["#SPILL!"]]);
    expect(fake.cell("Sheet1!A1")?.errorMessage).toMatch(/table/i);
    expect(fake.values("Sheet1!C5")).toEqual([[""]]);
    await fake.run(async (context) => context.workbook.tables.getItemAt(0).convertToRange());
    await fake.run(async (context) =>
      context.workbook.worksheets.getActiveWorksheet().getRange("C4:D4").clear(),
    );
    expect(fake.values("Sheet1!A1:C1")).toEqual([[1, 2, 3]]);
    expect(fake.values("Sheet1!C5")).toEqual([[15]]);
  });

  it("shows #SPILL! for an array formula inside a table, even with room to spill", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    await tableAt(fake, "A1:B4", [
      ["a", "b"],
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    fake.enter("Sheet1!A2", "=SEQ(2,1)");
    expect(fake.values("Sheet1!A2:A3")).toEqual([["#SPILL!"], [""]]);
    fake.enter("Sheet1!B2", "=SEQ(1,1)");
    expect(fake.values("Sheet1!B2")).toEqual([[1]]);
  });
});
