import { shiftFormulaRows } from "./shiftFormula";

describe("shiftFormulaRows", () => {
  it.each([
    { description: "relative row", input: "=C5*2", delta: 3, expected: "=C8*2" },
    { description: "absolute row stays", input: "=C5*$D$1+D$2", delta: 2, expected: "=C7*$D$1+D$2" },
    { description: "sheet-qualified", input: "=Sheet1!B10-B9", delta: -1, expected: "=Sheet1!B9-B8" },
    {
      description: "text in quotes stays",
      input: '=IF(C5="A1","x",C5)',
      delta: 1,
      expected: '=IF(C6="A1","x",C6)',
    },
    {
      description: "structured reference stays",
      input: "=[@値]*2+[@[列 A1]]",
      delta: 5,
      expected: "=[@値]*2+[@[列 A1]]",
    },
    {
      description: "function names with digits stay",
      input: "=LOG10(A2)+ATAN2(B3,C4)",
      delta: 1,
      expected: "=LOG10(A3)+ATAN2(B4,C5)",
    },
    { description: "range", input: "=SUM(A2:B4)", delta: 10, expected: "=SUM(A12:B14)" },
  ])("$description", ({ input, delta, expected }) => {
    expect(shiftFormulaRows(input, delta)).toBe(expected);
  });

  it("gives null when a reference would leave the sheet (#REF!)", () => {
    expect(shiftFormulaRows("=A2", -2)).toBeNull();
  });
});
