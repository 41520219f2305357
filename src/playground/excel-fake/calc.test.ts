import { FakeExcel } from "./FakeExcel";
import type { FormulaEvaluator } from "./types";

/** A tiny evaluator for tests: =SEQ(r,c), =DOUBLE(A1), =LATER(x), =BAD() */
const evaluator: FormulaEvaluator = (formula, at, read) => {
  const m = /^=(\w+)\((.*)\)$/.exec(formula);
  if (!m) return { error: "#NAME?" };
  const [, fn, arg] = m;
  if (fn === "SEQ") {
    const [r, c] = arg.split(",").map(Number);
    return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => i * c + j + 1));
  }
  if (fn === "DOUBLE") return Number(read.range(at.sheet, arg)[0][0]) * 2;
  if (fn === "LATER") return new Promise((resolve) => setTimeout(() => resolve(Number(arg)), 5));
  return { error: "#VALUE!", message: "bad argument" };
};

async function enter(fake: FakeExcel, address: string, values: unknown[][]) {
  await fake.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange(address).values = values;
  });
}

describe("recalculation", () => {
  it("spills a matrix result right and down; spilled cells carry no formula", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    await enter(fake, "B2", [["=SEQ(2,3)"]]);
    expect(fake.values("Sheet1!B2:D3")).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(fake.cell("Sheet1!C3")).toMatchObject({ spillOrigin: "1,1" });
    expect(fake.cell("Sheet1!C3")?.formula).toBeUndefined();
  });

  it("shows #SPILL! when the spill area is blocked, and spills again once it is cleared", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    await enter(fake, "D3", [["in the way"]]);
    await enter(fake, "B2", [["=SEQ(2,3)"]]);
    expect(fake.values("Sheet1!B2:C2")).toEqual([["#SPILL!", ""]]);
    expect(fake.cell("Sheet1!B2")?.errorMessage).toMatch(/spill range/);
    await enter(fake, "D3", [[""]]);
    expect(fake.values("Sheet1!D3")).toEqual([[6]]);
  });

  it("clears the old spill when the result shrinks or the formula goes", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    await enter(fake, "A1", [["=SEQ(3,1)"]]);
    await enter(fake, "A1", [["=SEQ(1,2)"]]);
    expect(fake.values("Sheet1!A1:B3")).toEqual([
      [1, 2],
      ["", ""],
      ["", ""],
    ]);
    await enter(fake, "A1", [[""]]);
    expect(fake.values("Sheet1!A1:B1")).toEqual([["", ""]]);
  });

  it("recalculates dependants after inputs change, and shows errors by code with the message kept", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    await enter(fake, "A1:C1", [[21, "=DOUBLE(A1)", "=BAD()"]]);
    expect(fake.values("Sheet1!A1:C1")).toEqual([[21, 42, "#VALUE!"]]);
    expect(fake.cell("Sheet1!C1")?.errorMessage).toBe("bad argument");
    await enter(fake, "A1", [[5]]);
    expect(fake.values("Sheet1!B1")).toEqual([[10]]);
  });

  it("shows #BUSY! for a pending Promise, then the result with a change event", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    const events: string[] = [];
    fake.onChange((e) => events.push(e.reason));
    await enter(fake, "A1:B1", [["=LATER(7)", "=DOUBLE(A1)"]]);
    expect(fake.values("Sheet1!A1")).toEqual([["#BUSY!"]]);
    await fake.whenCalculated();
    expect(fake.values("Sheet1!A1:B1")).toEqual([[7, 14]]);
    expect(events).toEqual(["sync", "recalc"]);
  });

  it("shows #NAME? when no evaluator is installed", async () => {
    const fake = new FakeExcel();
    await enter(fake, "A1", [["=SME.LABORSHARE(1,2)"]]);
    expect(fake.values("Sheet1!A1")).toEqual([["#NAME?"]]);
  });
});

describe("spill look-ups (ExcelApi 1.12)", () => {
  it("getSpillingToRange, getSpillParent and hasSpill describe a dynamic array as Excel does", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    await enter(fake, "B2", [["=SEQ(2,3)"]]);
    await enter(fake, "A1", [["x"]]);
    const got = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const to = sheet.getRange("B2").getSpillingToRangeOrNullObject().load("address");
      const none = sheet.getRange("A1").getSpillingToRangeOrNullObject();
      const parent = sheet.getRange("D3").getSpillParentOrNullObject().load("address");
      const noParent = sheet.getRange("A1").getSpillParentOrNullObject();
      const all = sheet.getRange("C2:D3").load("hasSpill");
      const mixed = sheet.getRange("A1:B2").load("hasSpill");
      const clear = sheet.getRange("F1:G9").load("hasSpill");
      await context.sync();
      return [
        to.address,
        none.isNullObject,
        parent.address,
        noParent.isNullObject,
        all.hasSpill,
        mixed.hasSpill,
        clear.hasSpill,
      ];
    });
    expect(got).toEqual(["Sheet1!B2:D3", true, "Sheet1!B2", true, true, null, false]);
  });
});
