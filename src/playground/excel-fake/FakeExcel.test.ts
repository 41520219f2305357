import { FakeExcel } from "./FakeExcel";
import { REQUEST_LIMIT_BYTES, utf8Length } from "./wire";

const matrix = (rows: number, cols: number, f: (r: number, c: number) => string | number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
    });
  });

  it("applies queued writes only at sync, in order", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A1").values = [[2]];
      expect(fake.values("Sheet1!A1")).toEqual([[""]]);
      const read = sheet.getRange("A1").load("values, address, rowCount");
      await context.sync();
      expect(fake.values("Sheet1!A1")).toEqual([[2]]);
      expect(read.values).toEqual([[2]]);
      expect(read.address).toBe("Sheet1!A1");
      expect(read.rowCount).toBe(1);
    });
  });

  it("reports a missing sheet as ItemNotFound at sync, and a null object for getItemOrNullObject", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const maybe = context.workbook.worksheets.getItemOrNullObject("Nope");
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Nope").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("sends what is still queued when the batch ends, like Excel.run", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").values = [["x"]];
    });
    expect(fake.values("Sheet1!B2")).toEqual([["x"]]);
    expect(fake.stats.syncs).toBe(1);
  });

  it("rejects proxies used after their run ended", async () => {
    const fake = new FakeExcel();
    let leaked: Excel.Range | undefined;
    await fake.run(async (context) => {
      leaked = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
    });
    expect(() => leaked?.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("keeps operations before a failing one applied, as Excel does", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").values = [["before"]];
      sheet.getRange("A2:B2").values = [["too", "many", "columns"]];
      sheet.getRange("A3").values = [["after"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.values("Sheet1!A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("lists worksheets through items after load, and adds, renames and deletes sheets", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("データ");
      added.activate();
      added.name = "統計";
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "統計"]);
      sheets.add("統計");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      added.delete();
      await context.sync();
    });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.snapshot().activeSheet).toBe("Sheet1");
  });

  it("finds the used range, and a null object on an empty sheet", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const empty = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      sheet.getRangeByIndexes(2, 1, 2, 2).values = [
        [1, 2],
        [3, 4],
      ];
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!B3:C4");
    });
  });
});

describe("what Excel makes of written values", () => {
  async function write(values: unknown[][]) {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, values[0].length).values =
        values;
    });
    return fake;
  }

  it("turns a string starting with = into a formula", async () => {
    const fake = await write([["=SUM(1,2)"]]);
    expect(fake.cell("Sheet1!A1")?.formula).toBe("=SUM(1,2)");
    expect(fake.values("Sheet1!A1")).toEqual([["#NAME?"]]);
  });

  it("treats +text, -text and @text as formulas but numbers and a lone minus as values", async () => {
    const fake = await write([["+A1", "-abc", "@x", "-5", "-", "12.5", "TRUE"]]);
    expect(fake.workbook.sheets[0].rows[0].map((c) => c?.formula)).toEqual([
      "=+A1",
      "=-abc",
      "=@x",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(fake.values("Sheet1!D1:G1")).toEqual([[-5, "-", 12.5, true]]);
  });

  it("keeps text written with a leading apostrophe, without the apostrophe", async () => {
    const fake = await write([["'=1+1", "'007"]]);
    expect(fake.values("Sheet1!A1:B1")).toEqual([["=1+1", "007"]]);
    expect(fake.cell("Sheet1!A1")).toMatchObject({ textPrefix: true });
    expect(fake.cell("Sheet1!A1")?.formula).toBeUndefined();
  });

  it("leaves cells unchanged for null and blanks them for empty strings", async () => {
    const fake = await write([["a", "b"]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").values = [[null, ""]];
    });
    expect(fake.values("Sheet1!A1:B1")).toEqual([["a", ""]]);
  });

  it("throws when the array's shape differs from the range", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [[1, 2]];
      }),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
      message: expect.stringMatching(/doesn't match the size/),
    });
  });

  it("formats text through simple number formats", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:C1");
      r.values = [[1234.5, 0.256, "x"]];
      r.numberFormat = [["#,##0", "0.0%", "@"]];
      r.load("text, numberFormat");
      await context.sync();
      expect(r.text).toEqual([["1,235", "25.6%", "x"]]);
      expect(r.numberFormat).toEqual([["#,##0", "0.0%", "@"]]);
    });
  });
});

describe("request payload limit", () => {
  it("rejects a sync over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing of it", async () => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    const big = matrix(60_000, 10, (r, c) => `row ${r} col ${c}`);
    expect(utf8Length(JSON.stringify(big))).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("M1").values = [["small write in the same batch"]];
      sheet.getRangeByIndexes(0, 0, big.length, 10).values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.rejectedSyncs).toBe(1);
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
  });

  it("accepts a sync just under the limit", async () => {
    const fake = new FakeExcel();
    const rows = matrix(40_000, 10, (r, c) => `r${r}c${c}`);
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, rows.length, 10).values = rows;
    });
    expect(fake.values("Sheet1!J40000")).toEqual([["r39999c9"]]);
    expect(fake.stats.largestRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(REQUEST_LIMIT_BYTES * 0.8);
  });

  it("counts Japanese text as UTF-8 bytes, three per character", async () => {
    const bytesOf = async (text: string) => {
      const fake = new FakeExcel();
      await fake.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[text]];
      });
      return fake.stats.largestRequestBytes;
    };
    expect((await bytesOf("製造業")) - (await bytesOf(""))).toBe(9);
  });

  it("fails a load whose response would exceed 5 MB", async () => {
    const fake = new FakeExcel();
    const rows = matrix(40_000, 10, (r, c) => `r${r}c${c}`);
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 40_000, 10).values = rows;
      await context.sync();
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:J40000").load("values, formulas");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
  });
});

describe("counters and hooks", () => {
  it("counts syncs, operations and bytes", async () => {
    const fake = new FakeExcel();
    const seen: number[] = [];
    fake.beforeSync((info) => void seen.push(info.bytes));
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:B1").values = [["ab", 1]];
      sheet.getRange("A1").format.font.bold = true;
      await context.sync();
      sheet.getRange("C1").values = [["c"]];
      await context.sync();
    });
    expect(fake.stats).toMatchObject({ syncs: 2, operations: 3, runs: 1, rejectedSyncs: 0 });
    expect(fake.stats.totalBytes).toBe(seen[0] + seen[1]);
    expect(fake.stats.largestRequestBytes).toBe(Math.max(...seen));
    expect(seen[0]).toBeGreaterThan(seen[1]);
  });

  it("fails an injected sync without applying it", async () => {
    const fake = new FakeExcel();
    fake.failSync(2);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A2").values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(fake.values("Sheet1!A1:A2")).toEqual([[1], [""]]);
  });

  it("records screen-updating and calculation suspensions and the calculation mode", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      context.application.suspendApiCalculationUntilNextSync();
      context.application.calculationMode = "Manual";
      const app = context.application.load("calculationMode");
      await context.sync();
      expect(app.calculationMode).toBe("Manual");
    });
    expect(fake.stats).toMatchObject({ screenUpdatingSuspensions: 1, apiCalculationSuspensions: 1 });
    expect(fake.workbook.calculationMode).toBe("Manual");
  });

  it("tells change listeners after a sync that changed something, not after reads", async () => {
    const fake = new FakeExcel();
    const events: string[] = [];
    const off = fake.onChange((e) => events.push(e.reason));
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      r.values = [[1]];
      await context.sync();
      r.load("values");
      await context.sync();
    });
    off();
    expect(events).toEqual(["sync"]);
  });

  it("formats columns and records autofit", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      r.values = [["a long header text", "b"]];
      r.format.fill.color = "#DDEBF7";
      r.format.autofitColumns();
      const font = r.format.font.load("bold");
      await context.sync();
      expect(font.bold).toBe(false);
    });
    const sheet = fake.sheet("Sheet1");
    expect(sheet.autofitColumns).toEqual(["Sheet1!A1:B1"]);
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(sheet.columnWidths.get(1) ?? 0);
    expect(fake.cell("Sheet1!B1")?.fillColor).toBe("#DDEBF7");
  });
});
