// M7: the calculator's "write sheet" treats any formula, value, format or table as content (asks first),
// and a failed write puts the sheet back.
import { FakeExcel } from "../playground/excel-fake";
import { writeCalculationSheet } from "./calculationSheet";

const req = {
  sheetName: "補助金計算",
  cells: [
    { address: "A1", value: "補助対象経費" },
    { address: "B1", value: 1_000_000 },
    { address: "B2", formula: "=B1*2/3" },
  ],
};

describe("writeCalculationSheet on a sheet that already has something", () => {
  it.each([
    { description: "a formula that shows an empty string", input: '=""' },
    { description: "a format only", input: null },
  ])("asks before replacing a sheet holding $description", async ({ input }) => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const s = context.workbook.worksheets.add("補助金計算");
      const r = s.getRange("D4");
      if (input) r.formulas = [[input]];
      else r.numberFormat = [["#,##0"]];
    });
    const before = fake.snapshot();
    const confirm = jest.fn(async () => false);
    const r = await writeCalculationSheet(fake.run, req, { confirmOverwrite: confirm });
    expect(confirm).toHaveBeenCalled();
    expect(r.written).toBe(false);
    expect(fake.snapshot()).toEqual(before);
  });

  it("puts the sheet back when the write fails", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const s = context.workbook.worksheets.add("補助金計算");
      s.getRange("A1:B2").formulas = [
        ["前回", 5],
        ["=B1*2", "メモ"],
      ];
      s.getRange("B1").numberFormat = [["#,##0"]];
    });
    const before = fake.snapshot();
    // The clear goes through, then writing the formula fails: a partial batch.
    fake.failOperation(/formulas/);
    await expect(
      writeCalculationSheet(fake.run, req, { confirmOverwrite: async () => true }),
    ).rejects.toMatchObject({ code: "EXCEL_WRITE_FAILED" });
    expect(JSON.stringify(fake.snapshot().sheets)).toBe(JSON.stringify(before.sheets));
  });
});
