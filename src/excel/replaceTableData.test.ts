import { FakeExcel } from "../playground/excel-fake";
import { replaceTableData } from "./replaceTableData";
import { writeTableToWorkbook } from "./writeTable";
import { sampleRequest } from "./testData";

async function loaded(rows: (string | number | null)[][]) {
  const fake = new FakeExcel();
  const req = sampleRequest(0, {
    header: ["地域", "値"],
    rows,
    numberFormats: undefined,
    provenance: [["出典", "テスト"]],
    markerLegend: [],
  });
  const result = await writeTableToWorkbook(fake.run, req);
  return { fake, tableName: result.tableName, top: fake.workbook.tables[0].rect.r0 + 1 };
}

describe("replaceTableData", () => {
  it("rewrites in place, resizes the table and counts added rows and changed cells", async () => {
    const { fake, tableName, top } = await loaded([
      ["東京", 1],
      ["大阪", 2],
    ]);
    const result = await replaceTableData(
      fake.run,
      tableName,
      ["地域", "値"],
      [
        ["東京", 1],
        ["大阪", 3],
        ["=福岡", 4],
      ],
    );
    expect(result).toMatchObject({ written: true, rowsAdded: 1, rowsRemoved: 0, cellsChanged: 1 });
    expect(fake.values(`法人企業統計!A${top}:B${top + 3}`)).toEqual([
      ["地域", "値"],
      ["東京", 1],
      ["大阪", 3],
      ["=福岡", 4],
    ]);
    const t = fake.workbook.tables[0].rect;
    expect(t.r1 - t.r0).toBe(3);
  });

  it("shrinks the table and empties the rows it no longer covers", async () => {
    const { fake, tableName, top } = await loaded([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    const result = await replaceTableData(fake.run, tableName, ["地域", "値"], [["a", 9]]);
    expect(result).toMatchObject({ rowsAdded: 0, rowsRemoved: 2, cellsChanged: 1 });
    expect(fake.values(`法人企業統計!A${top}:B${top + 3}`)).toEqual([
      ["地域", "値"],
      ["a", 9],
      ["", ""],
      ["", ""],
    ]);
  });

  it("asks before a grown table covers cells below it", async () => {
    const { fake, tableName, top } = await loaded([["a", 1]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("法人企業統計").getRange(`B${top + 3}`).values = [["メモ"]];
    });
    const before = fake.snapshot();
    const confirm = jest.fn(async () => false);
    const result = await replaceTableData(
      fake.run,
      tableName,
      ["地域", "値"],
      [
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ],
      { confirmOverwrite: confirm },
    );
    expect(result.written).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ nonEmptyCells: 1, sample: ["メモ"] }));
    expect(fake.snapshot()).toEqual(before);
  });

  it("puts the old table back when the refresh fails", async () => {
    const { fake, tableName } = await loaded([
      ["a", 1],
      ["b", 2],
    ]);
    const before = fake.snapshot();
    let failed = false;
    fake.beforeSync((info) => {
      if (!failed && info.operations.includes("Table.resize")) {
        failed = true;
        throw new Error("injected");
      }
    });
    await expect(replaceTableData(fake.run, tableName, ["地域", "値"], [["x", 1]])).rejects.toMatchObject({
      code: "EXCEL_WRITE_FAILED",
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("says clearly when the table is gone", async () => {
    const fake = new FakeExcel();
    await expect(replaceTableData(fake.run, "Missing", ["a"], [])).rejects.toMatchObject({
      code: "EXCEL_TABLE_NOT_FOUND",
    });
  });
});
