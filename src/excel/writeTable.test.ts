import { FakeExcel, REQUEST_LIMIT_BYTES, emulateHostRequirementSets } from "../playground/excel-fake";
import { toExcelValue } from "./textGuard";
import { HEADER_8, sampleRequest, sampleRows } from "./testData";
import { listStoredQueries } from "./storedQueries";
import { writeTableToWorkbook } from "./writeTable";

const FOUR_MB = 4 * 1024 * 1024;

/** Fails the n-th request that writes values (reads and checks are not counted), once. */
function failWriteSync(fake: FakeExcel, n: number) {
  let writes = 0;
  fake.beforeSync((info) => {
    if (!info.operations.includes("Range.set values") || writes >= n) return;
    if (++writes === n) throw new Error(`injected failure of write request ${n}`);
  });
}

/** What Excel shows for a source cell: the text itself, the number, or blank. */
const shown = (v: string | number | null) => (v === null ? "" : v);

describe("writeTableToWorkbook", () => {
  it("loads 100,000 rows × 8 columns with few syncs and no request over 5 MB", async () => {
    const fake = new FakeExcel();
    const req = sampleRequest(100_000);
    const progress: number[] = [];
    const result = await writeTableToWorkbook(fake.run, req, {
      onProgress: (p) => progress.push(p.rowsWritten),
    });

    expect(result).toMatchObject({ written: true, sheet: "法人企業統計", rows: 100_000, columns: 8 });
    const table = fake.workbook.tables[0];
    expect(table).toMatchObject({ name: result.tableName, showBandedRows: true, showFilterButton: true });
    const top = table.rect.r0;
    expect(fake.values(`法人企業統計!A${top + 1}:H${top + 1}`)).toEqual([HEADER_8]);
    const body = fake.values(`法人企業統計!A${top + 2}:H${top + 100_001}`);
    expect(body).toEqual(req.rows.map((r) => r.map(shown)));
    expect(table.rect.r1 - table.rect.r0).toBe(100_000);

    expect(fake.stats.largestRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(fake.stats.syncs).toBeLessThanOrEqual(Math.ceil(fake.stats.totalBytes / FOUR_MB) + 3);
    expect(result.largestRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(progress[progress.length - 1]).toBe(100_000);
    expect(fake.stats.screenUpdatingSuspensions).toBe(1);
  }, 60_000);

  it("writes formula-like and number-like text as text, and numbers as numbers", async () => {
    const fake = new FakeExcel();
    const rows = [["=SUM(A1)", "+81", "-", "@home", "007", "2020-01", "TRUE", 12.5]];
    await writeTableToWorkbook(fake.run, sampleRequest(0, { rows, numberFormats: undefined }));
    const top = fake.workbook.tables[0].rect.r0;
    const sheet = fake.sheet("法人企業統計");
    expect(fake.values(`法人企業統計!A${top + 2}:H${top + 2}`)).toEqual(rows);
    expect(sheet.rows[top + 1].some((c) => c?.formula !== undefined)).toBe(false);
  });

  it("puts a provenance block and marker legend above the table, without the appId", async () => {
    const fake = new FakeExcel();
    await writeTableToWorkbook(fake.run, sampleRequest(10));
    const block = fake.values("法人企業統計!A1:B9");
    expect(block[0]).toEqual(["出典 / Source", "e-Stat 法人企業統計調査"]);
    expect(block[2][1]).toBe(
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?statsDataId=0003060791",
    );
    expect(block[4][1]).toContain("政府統計総合窓口(e-Stat)");
    expect(block.slice(5, 8)).toEqual([
      ["凡例 / Legend", ""],
      ["-", "該当数値なし"],
      ["X", "秘匿"],
    ]);
    expect(JSON.stringify(fake.snapshot())).not.toContain("SECRET123");
  });

  it("stores the query in the workbook so the table can be refreshed", async () => {
    const fake = new FakeExcel();
    const result = await writeTableToWorkbook(fake.run, sampleRequest(3));
    const stored = await listStoredQueries(fake.run);
    expect(stored).toEqual([
      expect.objectContaining({
        tableName: result.tableName,
        sheet: "法人企業統計",
        source: "e-Stat",
        sourceUpdated: "2026-09-01",
      }),
    ]);
    expect(stored[0].query).toEqual({
      statsDataId: "0003060791",
      filters: { cat01: ["100"] },
      url: "https://x.example/?a=1",
    });
  });

  it("picks a free sheet and table name when the wanted ones exist", async () => {
    const fake = new FakeExcel();
    const a = await writeTableToWorkbook(fake.run, sampleRequest(2));
    const b = await writeTableToWorkbook(fake.run, sampleRequest(2));
    expect([a.sheet, b.sheet]).toEqual(["法人企業統計", "法人企業統計 (2)"]);
    expect(a.tableName).not.toBe(b.tableName);
    expect(await listStoredQueries(fake.run)).toHaveLength(2);
  });
});

describe("when a load is cancelled or fails", () => {
  it("leaves the workbook unchanged when cancelled mid-load", async () => {
    const fake = new FakeExcel();
    await writeTableToWorkbook(
      fake.run,
      sampleRequest(5, { destination: { kind: "newSheet", name: "前から" } }),
    );
    const before = fake.snapshot();
    const abort = new AbortController();
    const promise = writeTableToWorkbook(fake.run, sampleRequest(60_000), {
      signal: abort.signal,
      onProgress: (p) => p.rowsWritten < p.rowsTotal && abort.abort(),
    });
    await expect(promise).rejects.toMatchObject({ code: "EXCEL_CANCELLED" });
    expect(fake.snapshot()).toEqual(before);
  }, 30_000);

  it.each([1, 2])(
    "leaves the workbook unchanged when write request %i fails",
    async (n) => {
      const fake = new FakeExcel();
      await writeTableToWorkbook(
        fake.run,
        sampleRequest(5, { destination: { kind: "newSheet", name: "前から" } }),
      );
      const before = fake.snapshot();
      failWriteSync(fake, n);
      await expect(writeTableToWorkbook(fake.run, sampleRequest(60_000))).rejects.toMatchObject({
        code: "EXCEL_WRITE_FAILED",
      });
      expect(fake.snapshot()).toEqual(before);
    },
    30_000,
  );

  it("reports a failure while checking the target, with nothing written", async () => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    fake.failSync(1);
    await expect(writeTableToWorkbook(fake.run, sampleRequest(10))).rejects.toMatchObject({
      code: "EXCEL_CHECK_FAILED",
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it.each([
    [1, 20],
    [1, 60_000],
    [2, 60_000],
  ])(
    "restores the target area's previous contents when write request %i fails (%i rows at an address)",
    async (n, rows) => {
      const fake = new FakeExcel();
      await fake.run(async (context) => {
        const s = context.workbook.worksheets.getActiveWorksheet();
        s.getRange("B3:D4").values = [
          ["old", "'=not a formula", 3],
          ["=1+1", "", "'-"],
        ];
        s.getRange("D3").numberFormat = [["0.0%"]];
        s.getRange("C40000").values = [["far below"]];
      });
      const before = fake.snapshot();
      failWriteSync(fake, n);
      const req = sampleRequest(rows, { destination: { kind: "at", sheet: "Sheet1", address: "B2" } });
      await expect(
        writeTableToWorkbook(fake.run, req, { confirmOverwrite: async () => true }),
      ).rejects.toMatchObject({
        code: "EXCEL_WRITE_FAILED",
      });
      expect(fake.snapshot()).toEqual(before);
    },
    30_000,
  );
});

describe("overwriting", () => {
  async function prefilled() {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("C5:C6").values = [["keep me"], [42]];
    });
    return fake;
  }
  const at = sampleRequest(10, { destination: { kind: "at", sheet: "Sheet1", address: "B2" } });

  it("asks before overwriting, saying where and how many cells", async () => {
    const fake = await prefilled();
    const before = fake.snapshot();
    const confirm = jest.fn(async () => false);
    const result = await writeTableToWorkbook(fake.run, at, { confirmOverwrite: confirm });
    expect(confirm).toHaveBeenCalledWith({
      sheet: "Sheet1",
      address: "Sheet1!B2:I21",
      nonEmptyCells: 2,
      sample: ["keep me", "42"],
    });
    expect(result.written).toBe(false);
    expect(fake.snapshot()).toEqual(before);
  });

  it("never overwrites without a confirmation callback", async () => {
    const fake = await prefilled();
    const before = fake.snapshot();
    expect((await writeTableToWorkbook(fake.run, at)).written).toBe(false);
    expect(fake.snapshot()).toEqual(before);
  });

  it("overwrites when confirmed, and does not ask for an empty area", async () => {
    const fake = await prefilled();
    const result = await writeTableToWorkbook(fake.run, at, { confirmOverwrite: async () => true });
    expect(result).toMatchObject({ written: true, address: "Sheet1!B11:I21" });
    const empty = new FakeExcel();
    const confirm = jest.fn(async () => true);
    expect((await writeTableToWorkbook(empty.run, at, { confirmOverwrite: confirm })).written).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it("refuses a target that overlaps an existing table, before writing anything", async () => {
    const fake = new FakeExcel();
    await writeTableToWorkbook(
      fake.run,
      sampleRequest(3, { destination: { kind: "at", sheet: "Sheet1", address: "A1" } }),
    );
    const before = fake.snapshot();
    await expect(
      writeTableToWorkbook(
        fake.run,
        sampleRequest(3, { destination: { kind: "at", sheet: "Sheet1", address: "C5" } }),
        {
          confirmOverwrite: async () => true,
        },
      ),
    ).rejects.toMatchObject({ code: "EXCEL_TARGET_HAS_TABLE" });
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("toExcelValue", () => {
  it.each([
    ["=A1", "'=A1"],
    ["+1", "'+1"],
    ["-", "'-"],
    ["@x", "'@x"],
    ["2020-01", "'2020-01"],
    ["製造業", "製造業"],
    [null, ""],
    [3.5, 3.5],
  ])("writes %p as %p", (input, expected) => {
    expect(toExcelValue(input)).toBe(expected);
  });

  it("guards every formula-like label in the sample data", () => {
    for (const row of sampleRows(20))
      for (const v of row)
        if (typeof v === "string" && /^[=+\-@]/.test(v)) expect(toExcelValue(v)).toBe(`'${v}`);
  });
});

// suspendScreenUpdatingUntilNextSync is ExcelApi 1.9, above the manifest's minimum (1.7): checked first.
describe("writeTableToWorkbook on a host with ExcelApi 1.7 or 1.8", () => {
  it("loads the table without suspending screen updating, which that host does not have", async () => {
    const restore = emulateHostRequirementSets({ ExcelApi: "1.8", SharedRuntime: "1.1" });
    try {
      const fake = new FakeExcel();
      const ops: string[] = [];
      fake.beforeSync((info) => {
        ops.push(...info.operations);
      });
      const result = await writeTableToWorkbook(fake.run, sampleRequest(10));
      expect(result).toMatchObject({ written: true, rows: 10 });
      expect(ops).not.toContain("Application.suspendScreenUpdatingUntilNextSync");
    } finally {
      restore();
    }
  });

  it("the emulated host refuses suspendScreenUpdatingUntilNextSync with ApiNotFound (an unguarded call would fail)", async () => {
    const restore = emulateHostRequirementSets({ ExcelApi: "1.8" });
    try {
      const fake = new FakeExcel();
      await expect(
        fake.run(async (context) => {
          context.application.suspendScreenUpdatingUntilNextSync();
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    } finally {
      restore();
    }
  });
});
