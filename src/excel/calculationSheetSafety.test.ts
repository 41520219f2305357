// M7: the calculator's "write sheet" treats any formula, value, format or table as content (asks first),
// and a failed write puts the sheet back.
import { FakeExcel } from "../playground/excel-fake";
import { nextSheetName, writeCalculationSheet } from "./calculationSheet";

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

describe("writing the calculation sheet again (issue 13 M7, issue 14): overwrite / new sheet / cancel", () => {
  async function withOldSheet() {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const s = context.workbook.worksheets.add("補助金計算");
      s.getRange("A1:B2").formulas = [
        ["前回の試算", 5],
        ["=B1*2", "メモ"],
      ];
      s.getRange("B1").numberFormat = [["#,##0"]];
      context.workbook.worksheets.add("補助金計算 (2)");
    });
    return fake;
  }

  it("writes to a new sheet with a unique name and touches nothing of the old one", async () => {
    const fake = await withOldSheet();
    const before = fake.snapshot().sheets.filter((s) => s.name !== "補助金計算 (3)");
    const choose = jest.fn(async () => "newSheet" as const);
    const r = await writeCalculationSheet(fake.run, req, { chooseSheet: choose });
    expect(choose).toHaveBeenCalledWith(expect.objectContaining({ sheet: "補助金計算" }));
    expect(r).toEqual({ written: true, sheet: "補助金計算 (3)" });
    expect(fake.values("'補助金計算 (3)'!A1:B1")).toEqual([["補助対象経費", 1_000_000]]);
    expect(fake.cell("'補助金計算 (3)'!B2")?.formula).toBe("=B1*2/3");
    const after = fake.snapshot().sheets.filter((s) => s.name !== "補助金計算 (3)");
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it("cancel writes nothing; overwrite replaces the old sheet", async () => {
    const fake = await withOldSheet();
    const before = fake.snapshot();
    expect(await writeCalculationSheet(fake.run, req, { chooseSheet: async () => "cancel" })).toEqual({
      written: false,
      sheet: "補助金計算",
    });
    expect(fake.snapshot()).toEqual(before);
    expect(await writeCalculationSheet(fake.run, req, { chooseSheet: async () => "overwrite" })).toEqual({
      written: true,
      sheet: "補助金計算",
    });
    expect(fake.values("補助金計算!A1:B1")).toEqual([["補助対象経費", 1_000_000]]);
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", "補助金計算", "補助金計算 (2)"]);
  });

  it("a failed write to the new sheet deletes that sheet and leaves the old one as it was", async () => {
    const fake = await withOldSheet();
    const before = fake.snapshot();
    fake.failOperation(/formulas/);
    await expect(
      writeCalculationSheet(fake.run, req, { chooseSheet: async () => "newSheet" }),
    ).rejects.toMatchObject({ code: "EXCEL_WRITE_FAILED" });
    expect(JSON.stringify(fake.snapshot().sheets)).toBe(JSON.stringify(before.sheets));
  });
});

describe("nextSheetName", () => {
  it("counts up past taken names, ignoring case, within Excel's 31 characters", () => {
    expect(nextSheetName("補助金計算", ["補助金計算"])).toBe("補助金計算 (2)");
    expect(nextSheetName("Calc", ["calc (2)", "CALC (3)"])).toBe("Calc (4)");
    const long = "x".repeat(31);
    expect(nextSheetName(long, [long])).toBe(`${"x".repeat(27)} (2)`);
  });
});
