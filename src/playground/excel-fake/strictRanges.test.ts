// Range rules the fake enforces from Microsoft's documentation (each test failed on the kinder fake).
import { FakeExcel } from "./FakeExcel";

describe("unbounded ranges (office-js-docs-pr excel-add-ins-ranges-unbounded.md)", () => {
  it("returns null for values, formulas, text, numberFormat and valueTypes of a whole column or row", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      const spec = "values, formulas, text, numberFormat, valueTypes, address, cellCount";
      const column = sheet.getRange("A:A").load(spec);
      const row = sheet.getRange("1:1").load(spec);
      const byIndexes = sheet.getRangeByIndexes(0, 1, 1_048_576, 1).load("values");
      const whole = sheet.getRange().load("values");
      await context.sync();
      for (const r of [column, row]) {
        expect(r.values).toBeNull();
        expect(r.formulas).toBeNull();
        expect(r.text).toBeNull();
        expect(r.numberFormat).toBeNull();
        expect(r.valueTypes).toBeNull();
      }
      expect(byIndexes.values).toBeNull();
      expect(whole.values).toBeNull();
      // "Other properties (address, cellCount) are still valid."
      expect(column.cellCount).toBe(1_048_576);
      expect(row.cellCount).toBe(16_384);
      expect(column.address).toMatch(/^Sheet1!A1:A1048576$/);
    });
  });

  it("rejects setting values, formulas or numberFormat on an unbounded range at sync", async () => {
    const fake = new FakeExcel();
    // The docs' own example, then one value for a whole row (Office.js also accepts a single value).
    const cases: [string, (r: Excel.Range) => void][] = [
      ["A:B", (r) => (r.values = [["Due Date"]])],
      ["2:2", (r) => (r.values = "x" as unknown as unknown[][])],
      ["2:2", (r) => (r.formulas = "=1" as unknown as unknown[][])],
      ["C:C", (r) => (r.numberFormat = "0" as unknown as unknown[][])],
    ];
    for (const [address, set] of cases)
      await expect(
        fake.run(async (context) => {
          set(context.workbook.worksheets.getActiveWorksheet().getRange(address));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.values("Sheet1!A1:C2")).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(fake.cell("Sheet1!C1")?.numberFormat).toBeUndefined();
  });

  it("still clears and formats an unbounded range (methods and format properties are not cell-level values)", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("C5").values = [["x"]];
      sheet.getRange("C:C").clear("Contents");
      await context.sync();
    });
    expect(fake.values("Sheet1!C5")).toEqual([[""]]);
  });
});

describe("used ranges (@types/office-js Range.getUsedRange, Worksheet.getUsedRange)", () => {
  it("throws ItemNotFound from Range.getUsedRange when the range has no used cell", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        const used = context.workbook.worksheets.getActiveWorksheet().getRange("B2:D4").getUsedRange();
        used.load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("gives a null object from Range.getUsedRangeOrNullObject, and the used part once there is one", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const none = sheet.getRange("B2:D4").getUsedRangeOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      sheet.getRange("C3:E5").values = [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ];
      const some = sheet.getRange("B2:D4").getUsedRange().load("address");
      await context.sync();
      expect(some.address).toBe("Sheet1!C3:D4");
    });
  });

  it("returns A1 from Worksheet.getUsedRange on a blank sheet instead of throwing", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
    });
  });
});
