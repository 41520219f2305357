// Cell contents Excel refuses: malformed formulas and text over 32,767 characters.
import { FakeExcel } from "./FakeExcel";
import { formulaProblem } from "./formulaSyntax";
import { MAX_CELL_TEXT } from "./store";

describe("malformed formulas (rejected at sync with InvalidArgument)", () => {
  it.each(["=SUM(A2", "=SUM(A2))", '="abc', "='My Sheet!A1", "=1+", "=A1,", "=  ", "=Table1[Col", "={1,2"])(
    "rejects %j",
    async (formula) => {
      const fake = new FakeExcel();
      await expect(
        fake.run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRange("B1").formulas = [[formula]];
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.formulas" } });
      expect(fake.cell("Sheet1!B1")).toBeUndefined();
    },
  );

  it.each([
    "=SUM(A1:A3)",
    '="a""b"&"(c"',
    "='It''s'!A1+1",
    "=Table1[[#Headers],[Col]]",
    "={1,2;3,4}",
    "=-A1",
    "=50%",
    "=A1<>B1",
    "=NOSUCHFUNCTION(1)",
    "=SME.LABORSHARE(230000, 301000)",
  ])("accepts %j", (formula) => {
    expect(formulaProblem(formula)).toBeNull();
  });

  it("also rejects a malformed formula written through values, and leaves the whole range unwritten", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:C1").values = [[1, 2, "=SUM(A1"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.values("Sheet1!A1:C1")).toEqual([["", "", ""]]);
  });

  it("keeps the batch's operations before the bad formula and drops those after it", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2").formulas = [["=SUM(A2"]];
        sheet.getRange("A3").values = [["after"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.values("Sheet1!A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("refuses a malformed formula typed into the playground's formula bar", () => {
    const fake = new FakeExcel();
    expect(() => fake.enter("Sheet1!A1", "=SUM(A2")).toThrow(
      expect.objectContaining({ code: "InvalidArgument" }),
    );
  });
});

describe("text longer than a cell holds (32,767 characters)", () => {
  it("accepts exactly 32,767 characters and rejects one more, counting UTF-16 units", async () => {
    const fake = new FakeExcel();
    const write = (text: string) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[text]];
        await context.sync();
      });
    await write("a".repeat(MAX_CELL_TEXT));
    expect((fake.cell("Sheet1!A1")?.value as string).length).toBe(MAX_CELL_TEXT);
    await expect(write("a".repeat(MAX_CELL_TEXT + 1))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write("😀".repeat(16_384))).rejects.toMatchObject({ code: "InvalidArgument" });
    // The text apostrophe is not part of the value.
    await write(`'${"b".repeat(MAX_CELL_TEXT)}`);
    expect(fake.cell("Sheet1!A1")?.value).toBe("b".repeat(MAX_CELL_TEXT));
  });

  it("shows #CALC! when a formula returns longer text", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(() => "x".repeat(MAX_CELL_TEXT + 1));
    fake.enter("Sheet1!A1", "=LONG()");
    expect(fake.values("Sheet1!A1")).toEqual([["#CALC!"]]);
  });
});
