// The Excel functions the playground evaluates, against Microsoft's documented results (the examples of
// each function's support.microsoft.com page where it gives them).
import { createCustomFunctionsShim } from "../customFunctionsRuntime";
import { createFormulaEvaluator, type CellReader, type EvalResult } from "./evaluateFormula";

const sheet: Record<string, (number | string | boolean)[][]> = {
  "A1:A5": [[10], [7], [9], [27], [2]],
  "B1:B3": [["text"], [true], [5]],
  A1: [[10]],
  C1: [[""]],
};
const read: CellReader = {
  cell: () => 0,
  range: (_s, a1) => sheet[a1] ?? [[""]],
};
const evaluate = createFormulaEvaluator({
  namespace: "SME",
  registry: createCustomFunctionsShim().registry,
  metadata: [],
});
const run = (f: string) => evaluate(f, { sheet: "Sheet1" }, read) as EvalResult;

describe("Excel functions in the playground", () => {
  it.each([
    // SUM: support.microsoft.com "SUM function"; text and logical values in a range are ignored
    ["=SUM(A1:A5)", 55],
    ["=SUM(A1:A5, 15)", 70],
    ["=SUM(B1:B3)", 5],
    ['=SUM("3", 2, TRUE)', 6],
    // AVERAGE: "AVERAGE function" example A2:A6 = 10, 7, 9, 27, 2 → 11
    ["=AVERAGE(A1:A5)", 11],
    ["=AVERAGE(A1:A5, 5)", 10],
    ["=MIN(A1:A5)", 2],
    ["=MAX(A1:A5, 30)", 30],
    ["=MAX(C1)", 0],
    // ROUND: "ROUND function" examples
    ["=ROUND(2.15, 1)", 2.2],
    ["=ROUND(2.149, 1)", 2.1],
    ["=ROUND(-1.475, 2)", -1.48],
    ["=ROUND(21.5, -1)", 20],
    ["=ROUND(626.3, -3)", 1000],
    ["=ROUND(1.98, -1)", 0],
    ["=ROUND(-50.55, -2)", -100],
    ["=ROUND(1.005, 2)", 1.01],
    // ROUNDDOWN: "ROUNDDOWN function" examples
    ["=ROUNDDOWN(3.2, 0)", 3],
    ["=ROUNDDOWN(76.9, 0)", 76],
    ["=ROUNDDOWN(3.14159, 3)", 3.141],
    ["=ROUNDDOWN(-3.14159, 1)", -3.1],
    ["=ROUNDDOWN(31415.92654, -2)", 31400],
    ["=ROUNDDOWN(3000000*2/3, 0)", 2000000],
    // IF
    ['=IF(A1>5, "large", "small")', "large"],
    ["=IF(0, 1)", false],
    ["=IF(1, , 2)", 0],
    // DATE: "DATE function": DATE(2008,1,1) is 39448; months and days carry over
    ["=DATE(2008, 1, 1)", 39448],
    ["=DATE(2008, 14, 2)", 39846],
    ["=DATE(2008, 1, 35)", 39482],
    ["=DATE(108, 1, 1)", 39448],
    ["=DATE(1900, 3, 1)", 61],
    ["=DATE(1900, 1, 1)", 1],
    ["=DATE(2026, 12, 7)", 46363],
  ])("%s → %p", (formula, expected) => {
    expect(run(formula)).toBe(expected);
  });

  it.each([
    ["=AVERAGE(C1)", "#DIV/0!"],
    ['=SUM("abc")', "#VALUE!"],
    ["=DATE(-1, 1, 1)", "#NUM!"],
    ["=DATE(10000, 1, 1)", "#NUM!"],
    ['=IF("maybe", 1, 2)', "#VALUE!"],
    ["=SUM(1/0, 2)", "#DIV/0!"],
  ])("%s → %s", (formula, code) => {
    expect(run(formula)).toMatchObject({ error: code });
  });

  it("says in both languages what is wrong: a wrong argument count, an unknown function", () => {
    expect(run("=ROUND(1)")).toEqual({
      error: "#VALUE!",
      message: "ROUND: 引数は 2 個です / ROUND: needs 2 arguments",
    });
    expect(run("=VLOOKUP(1, A1:A5, 1)")).toMatchObject({
      error: "#NAME?",
      message: expect.stringMatching(
        /^関数 VLOOKUP はプレイグラウンドにありません.* \/ unknown function VLOOKUP/,
      ),
    });
  });
});
