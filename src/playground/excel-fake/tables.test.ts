import { FakeExcel } from "./FakeExcel";
import { TABLE_OVERLAP_MESSAGE } from "./tables";

async function withData(fake: FakeExcel) {
  await fake.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("A1:C3").values = [
      ["地域", "年", "年"],
      ["東京", 2020, 1],
      ["大阪", 2021, 2],
    ];
  });
}

describe("tables", () => {
  it("adds a table whose header row is the first row, with unique text headers", async () => {
    const fake = new FakeExcel();
    await withData(fake);
    await fake.run(async (context) => {
      const table = context.workbook.worksheets.getActiveWorksheet().tables.add("A1:C3", true);
      table.name = "統計表";
      table.showBandedRows = true;
      table.showFilterButton = true;
      const header = table.getHeaderRowRange().load("values, address");
      const body = table.getDataBodyRange().load("address");
      table.load("name, style, showBandedRows, showFilterButton");
      await context.sync();
      expect(header.values).toEqual([["地域", "年", "年2"]]);
      expect(header.address).toBe("Sheet1!A1:C1");
      expect(body.address).toBe("Sheet1!A2:C3");
      expect(table.name).toBe("統計表");
      expect(table.showFilterButton).toBe(true);
    });
    expect(fake.workbook.tables).toHaveLength(1);
  });

  it("throws like Excel when a new table overlaps an existing one", async () => {
    const fake = new FakeExcel();
    await withData(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().tables.add("A1:C3", true);
      await context.sync();
      context.workbook.worksheets.getActiveWorksheet().tables.add("C3:D5", true);
      const error = await context.sync().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "InvalidArgument" });
      expect((error as Error).message).toContain(TABLE_OVERLAP_MESSAGE);
      expect((error as Error).message).toContain("Table1");
    });
    expect(fake.workbook.tables).toHaveLength(1);
  });

  it("rejects duplicate and invalid table names", async () => {
    const fake = new FakeExcel();
    await withData(fake);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.tables.add("A1:C3", true).name = "Data";
      await context.sync();
      sheet.getRange("E1:E2").values = [["h"], [1]];
      sheet.tables.add("E1:E2", true).name = "data";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      sheet.tables.getItemAt(1).name = "has space";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("resizes keeping the header row, and finds tables through workbook.tables", async () => {
    const fake = new FakeExcel();
    await withData(fake);
    await fake.run(async (context) => {
      const t = context.workbook.worksheets.getActiveWorksheet().tables.add("A1:C3", true);
      t.name = "T";
      await context.sync();
      const same = context.workbook.tables.getItem("T");
      same.resize("A1:D5");
      const range = same.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:D5");
      same.resize("A2:D5");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const missing = context.workbook.tables.getItemOrNullObject("Gone");
      context.workbook.tables.load("items/name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(context.workbook.tables.items.map((x) => x.name)).toEqual(["T"]);
    });
    expect(fake.values("Sheet1!D1")).toEqual([["Column4"]]);
  });

  it("deletes a table with its cells, or converts it to a plain range keeping them", async () => {
    const fake = new FakeExcel();
    await withData(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().tables.add("A1:C3", true).convertToRange();
    });
    expect(fake.workbook.tables).toHaveLength(0);
    expect(fake.values("Sheet1!A2")).toEqual([["東京"]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().tables.add("A1:C3", true).delete();
    });
    expect(fake.workbook.tables).toHaveLength(0);
    expect(fake.snapshot().sheets[0].cells).toEqual({});
  });
});

describe("charts and comments", () => {
  it("adds a chart with a title over a table's range", async () => {
    const fake = new FakeExcel();
    await withData(fake);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
      chart.title.text = "地域別 (出典: e-Stat)";
      chart.setPosition("E2", "L15");
      chart.load("name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
    });
    expect(fake.workbook.charts[0]).toMatchObject({
      chartType: "ColumnClustered",
      source: "Sheet1!A1:C3",
      title: "地域別 (出典: e-Stat)",
      seriesBy: "Columns",
    });
  });

  it("adds one comment per cell", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.comments.add("Sheet1!B2", "X = 秘匿");
      await context.sync();
      context.workbook.comments.add("Sheet1!B2", "again");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(fake.workbook.comments.map((c) => [c.row, c.col, c.content])).toEqual([[1, 1, "X = 秘匿"]]);
  });
});

describe("table headers as Excel names them", () => {
  it("fills blank headers with ColumnN by position, numbers duplicates, and turns numbers into text", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:F2").values = [
        ["", "地域", "", "地域", 2020, "地域"],
        [1, 2, 3, 4, 5, 6],
      ];
      sheet.tables.add("A1:F2", true);
    });
    expect(fake.values("Sheet1!A1:F1")).toEqual([["Column1", "地域", "Column3", "地域2", "2020", "地域3"]]);
  });
});
