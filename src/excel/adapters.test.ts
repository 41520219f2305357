import { FakeExcel } from "../playground/excel-fake";
import { writeCalculationSheet } from "./calculationSheet";
import { insertChart } from "./insertChart";
import { isRangeEmpty, readSelection } from "./selection";
import { sampleRequest } from "./testData";
import { writeTableToWorkbook } from "./writeTable";

describe("insertChart", () => {
  it("adds a titled chart of a table, with the source in the title, beside the table", async () => {
    const fake = new FakeExcel();
    const { tableName } = await writeTableToWorkbook(fake.run, sampleRequest(5));
    const chart = await insertChart(fake.run, {
      tableName,
      type: "ColumnClustered",
      title: "地域別",
      sourceNote: "出典: e-Stat",
    });
    expect(chart).toEqual({ name: "Chart 1", sheet: "法人企業統計" });
    expect(fake.workbook.charts[0]).toMatchObject({
      title: "地域別\n出典: e-Stat",
      chartType: "ColumnClustered",
      source: "法人企業統計!A10:H15",
    });
    expect(fake.workbook.charts[0].left).toBeGreaterThan(0);
  });

  it("charts an address and reports a missing table", async () => {
    const fake = new FakeExcel();
    await expect(
      insertChart(fake.run, { tableName: "Nope", type: "Line", title: "x" }),
    ).rejects.toMatchObject({ code: "EXCEL_TABLE_NOT_FOUND" });
    await insertChart(fake.run, { address: "Sheet1!A1:B3", type: "Line", title: "x" });
    expect(fake.workbook.charts[0].source).toBe("Sheet1!A1:B3");
  });
});

describe("readSelection and isRangeEmpty", () => {
  it("reads the selected range and tells empty from non-empty", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const s = context.workbook.worksheets.getActiveWorksheet();
      s.getRange("C3").values = [["x"]];
      s.getRange("B2:D4").select();
    });
    expect(await readSelection(fake.run)).toEqual({
      sheet: "Sheet1",
      address: "Sheet1!B2:D4",
      row: 1,
      col: 1,
      rows: 3,
      cols: 3,
    });
    expect(await isRangeEmpty(fake.run, "Sheet1", "B2:D4")).toBe(false);
    expect(await isRangeEmpty(fake.run, "Sheet1", "E1:F9")).toBe(true);
  });
});

describe("writeCalculationSheet", () => {
  const cells = [
    { address: "A1", value: "補助金額の試算", bold: true },
    { address: "A2", value: "-注: 仮定を含む" },
    { address: "B3", value: 3_000_000, numberFormat: "#,##0" },
    { address: "B4", formula: "=ROUNDDOWN(B3*2/3,0)", numberFormat: "#,##0" },
  ];

  it("creates the sheet with text as text and formulas as formulas", async () => {
    const fake = new FakeExcel();
    expect(await writeCalculationSheet(fake.run, { sheetName: "試算", cells })).toEqual({
      written: true,
      sheet: "試算",
    });
    expect(fake.values("試算!A2")).toEqual([["-注: 仮定を含む"]]);
    expect(fake.cell("試算!B4")).toMatchObject({ formula: "=ROUNDDOWN(B3*2/3,0)", numberFormat: "#,##0" });
    expect(fake.cell("試算!A1")?.bold).toBe(true);
  });

  it("never overwrites a non-empty sheet without asking", async () => {
    const fake = new FakeExcel();
    await writeCalculationSheet(fake.run, { sheetName: "試算", cells });
    const before = fake.snapshot();
    const confirm = jest.fn(async () => false);
    expect(
      (await writeCalculationSheet(fake.run, { sheetName: "試算", cells }, { confirmOverwrite: confirm }))
        .written,
    ).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ sheet: "試算", nonEmptyCells: 4 }));
    expect(fake.snapshot()).toEqual(before);
    await writeCalculationSheet(
      fake.run,
      { sheetName: "試算", cells: [{ address: "A1", value: "new" }] },
      { confirmOverwrite: async () => true },
    );
    expect(fake.values("試算!A1:A2")).toEqual([["new"], [""]]);
  });
});
