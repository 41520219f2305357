import { excelEn } from "../core/errors/excel.en";
import { excelJa } from "../core/errors/excel.ja";
import { FakeExcel, emulateHostRequirementSets } from "../playground/excel-fake";
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

// Hosts with the shared runtime but without ExcelApi 1.13 (Table.resize): Excel on Windows (Microsoft 365)
// builds before 2102 and older Mac builds (Microsoft, "Excel JavaScript API requirement sets").
describe("replaceTableData on a host without Table.resize (ExcelApi 1.12)", () => {
  let restore: () => void;
  beforeEach(() => {
    restore = emulateHostRequirementSets({
      ExcelApi: "1.12",
      SharedRuntime: "1.1",
      CustomFunctionsRuntime: "1.3",
    });
  });
  afterEach(() => restore());

  it("the emulated host has no Table.resize: calling it fails with ApiNotFound", async () => {
    const { fake, tableName } = await loaded([["a", 1]]);
    await expect(
      fake.run(async (context) => {
        context.workbook.tables.getItem(tableName).resize("法人企業統計!A1:B9");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("grows the table by adding table rows, moving what is below it down instead of overwriting it", async () => {
    const { fake, tableName, top } = await loaded([["a", 1]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("法人企業統計").getRange(`B${top + 3}`).values = [["メモ"]];
    });
    const ops: string[] = [];
    fake.beforeSync((info) => {
      ops.push(...info.operations);
    });
    const result = await replaceTableData(
      fake.run,
      tableName,
      ["地域", "値"],
      [
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ],
      { confirmOverwrite: async () => true },
    );
    expect(result).toMatchObject({ written: true, rowsAdded: 2, rowsRemoved: 0 });
    expect(fake.values(`法人企業統計!A${top}:B${top + 5}`)).toEqual([
      ["地域", "値"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["", ""],
      ["", "メモ"],
    ]);
    const t = fake.workbook.tables[0].rect;
    expect(t.r1 - t.r0).toBe(3);
    expect(ops).toContain("TableRowCollection.add");
    expect(ops).not.toContain("Table.resize");
  });

  it("shrinks the table by deleting table rows from the bottom", async () => {
    const { fake, tableName, top } = await loaded([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    const result = await replaceTableData(fake.run, tableName, ["地域", "値"], [["a", 9]]);
    expect(result).toMatchObject({ written: true, rowsAdded: 0, rowsRemoved: 2, cellsChanged: 1 });
    expect(fake.values(`法人企業統計!A${top}:B${top + 3}`)).toEqual([
      ["地域", "値"],
      ["a", 9],
      ["", ""],
      ["", ""],
    ]);
    const t = fake.workbook.tables[0].rect;
    expect(t.r1 - t.r0).toBe(1);
  });

  it("refuses a different number of columns before writing anything, in Japanese and English", async () => {
    const { fake, tableName } = await loaded([["a", 1]]);
    const before = fake.snapshot();
    await expect(
      replaceTableData(fake.run, tableName, ["地域", "値", "注"], [["a", 1, "x"]]),
    ).rejects.toMatchObject({
      code: "EXCEL_RESIZE_UNSUPPORTED",
      params: { table: tableName, from: 2, to: 3 },
    });
    expect(excelJa.EXCEL_RESIZE_UNSUPPORTED).toMatch(/ExcelApi 1\.13.*何も変更していません/);
    expect(excelEn.EXCEL_RESIZE_UNSUPPORTED).toMatch(/Nothing was changed/);
    expect(fake.snapshot()).toEqual(before);
  });

  it("puts the old table back, rows and cells below included, when the write fails after the rows were added", async () => {
    const { fake, tableName, top } = await loaded([
      ["a", 1],
      ["b", 2],
    ]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("法人企業統計").getRange(`A${top + 4}`).values = [["下のメモ"]];
    });
    const before = fake.snapshot();
    let failed = false;
    fake.beforeSync((info) => {
      if (!failed && info.operations.some((o) => o.startsWith("Range.set values"))) {
        failed = true;
        throw new Error("injected");
      }
    });
    await expect(
      replaceTableData(
        fake.run,
        tableName,
        ["地域", "値"],
        [
          ["x", 1],
          ["y", 2],
          ["z", 3],
          ["w", 4],
        ],
        { confirmOverwrite: async () => true },
      ),
    ).rejects.toMatchObject({ code: "EXCEL_WRITE_FAILED" });
    expect(failed).toBe(true);
    expect(fake.snapshot()).toEqual(before);
  });
});
