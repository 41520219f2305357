// Requests that fail half-way, as Excel does: the operations before the failing one are applied and stay
// (fake: failOperation / failSync afterOperations). Every adapter must leave the workbook as it was.
import { FakeExcel } from "../playground/excel-fake";
import { writeCalculationSheet } from "./calculationSheet";
import { replaceTableData } from "./replaceTableData";
import { sampleRequest } from "./testData";
import { writeTableToWorkbook } from "./writeTable";

describe("a request that fails after some of its operations were applied", () => {
  it.each([
    ["the table is created", "TableCollection.add"],
    ["the stored query is written", "CustomXmlPartCollection.add"],
    ["the second row chunk is written", "Range.set values"],
  ])("writeTableToWorkbook (new sheet) puts the workbook back when it fails as %s", async (_what, match) => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    fake.failOperation(match);
    await expect(writeTableToWorkbook(fake.run, sampleRequest(20))).rejects.toMatchObject({
      code: "EXCEL_WRITE_FAILED",
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("writeTableToWorkbook (existing cells, overwrite confirmed) restores them when the table add fails", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [
        ["keep", "=1+1"],
        [3, "me"],
      ];
    });
    const before = fake.snapshot();
    fake.failOperation("TableCollection.add");
    const req = sampleRequest(5, { destination: { kind: "at", sheet: "Sheet1", address: "A1" } });
    await expect(
      writeTableToWorkbook(fake.run, req, { confirmOverwrite: async () => true }),
    ).rejects.toMatchObject({ code: "EXCEL_WRITE_FAILED" });
    expect(fake.snapshot()).toEqual(before);
  });

  it("replaceTableData puts the old table back when its final request fails half-way", async () => {
    const fake = new FakeExcel();
    const req = sampleRequest(0, {
      header: ["地域", "値"],
      rows: [
        ["東京", 1],
        ["大阪", 2],
      ],
      numberFormats: undefined,
      markerLegend: [],
    });
    const { tableName } = await writeTableToWorkbook(fake.run, req);
    const before = fake.snapshot();
    let writes = 0;
    fake.beforeSync((info) => {
      if (info.operations.includes("Range.set values") && ++writes === 1)
        fake.failSync(0, undefined, { afterOperations: info.operations.indexOf("Range.set values") + 1 });
    });
    await expect(
      replaceTableData(
        fake.run,
        tableName,
        ["地域", "値"],
        [
          ["東京", 10],
          ["大阪", 20],
          ["京都", 30],
        ],
      ),
    ).rejects.toMatchObject({ code: "EXCEL_WRITE_FAILED" });
    fake.beforeSync(undefined);
    expect(fake.snapshot()).toEqual(before);
  });

  it("writeCalculationSheet leaves no half-written new sheet behind", async () => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    fake.failOperation("Range.set formulas");
    await expect(
      writeCalculationSheet(fake.run, {
        sheetName: "試算",
        cells: [
          { address: "A1", value: "補助金額の試算", bold: true },
          { address: "B3", value: 3_000_000, numberFormat: "#,##0" },
          { address: "B4", formula: "=ROUNDDOWN(B3*2/3,0)" },
        ],
      }),
    ).rejects.toMatchObject({ code: "EXCEL_WRITE_FAILED" });
    expect(fake.snapshot()).toEqual(before);
  });

  it("writeCalculationSheet puts an overwritten sheet's contents back", async () => {
    const fake = new FakeExcel();
    await writeCalculationSheet(fake.run, {
      sheetName: "試算",
      cells: [
        { address: "A1", value: "old" },
        { address: "B2", formula: "=1+2", numberFormat: "0.0" },
      ],
    });
    const before = fake.snapshot();
    fake.failOperation("Range.set formulas");
    await expect(
      writeCalculationSheet(
        fake.run,
        {
          sheetName: "試算",
          cells: [
            { address: "A1", value: "new" },
            { address: "C3", formula: "=A1" },
          ],
        },
        { confirmOverwrite: async () => true },
      ),
    ).rejects.toMatchObject({ code: "EXCEL_WRITE_FAILED" });
    expect(fake.snapshot()).toEqual(before);
  });
});
