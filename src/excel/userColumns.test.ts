// M2: a refresh keeps the columns the user added to a loaded table, as Excel keeps added columns of a
// query table: formulas extend to new rows, values stay with their row's key, nothing is removed unasked.
import { FakeExcel } from "../playground/excel-fake";
import { replaceTableData } from "./replaceTableData";
import { sampleRequest } from "./testData";
import { writeTableToWorkbook } from "./writeTable";

const SHEET = "法人企業統計";

async function loadedWithUserColumns() {
  const fake = new FakeExcel();
  fake.setFormulaEvaluator((formula, at, read) => {
    const m = /^=B(\d+)\*2$/.exec(formula);
    return m ? Number(read.range(at.sheet, `B${m[1]}`)[0][0]) * 2 : { error: "#NAME?" };
  });
  const { tableName } = await writeTableToWorkbook(
    fake.run,
    sampleRequest(0, {
      header: ["地域", "値"],
      rows: [
        ["東京", 1],
        ["大阪", 2],
      ],
      numberFormats: undefined,
      provenance: [["出典", "テスト"]],
      markerLegend: [],
    }),
  );
  const top = fake.workbook.tables[0].rect.r0 + 1; // 1-based header row
  // The user adds two columns: メモ (a formula per row) and 備考 (a typed note on 大阪).
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange(`C${top}:D${top + 2}`).formulas = [
      ["メモ", "備考"],
      [`=B${top + 1}*2`, ""],
      [`=B${top + 2}*2`, "要確認"],
    ];
    context.workbook.tables.getItem(tableName).resize(sheet.getRange(`A${top}:D${top + 2}`));
  });
  return { fake, tableName, top };
}

describe("refresh keeps user-added columns (M2)", () => {
  it("extends formulas to new rows and keeps values with their row key", async () => {
    const { fake, tableName, top } = await loadedWithUserColumns();
    const result = await replaceTableData(
      fake.run,
      tableName,
      ["地域", "値"],
      [
        ["福岡", 4],
        ["東京", 1],
        ["大阪", 3],
      ],
      { keyColumns: ["地域"] },
    );
    expect(result).toMatchObject({ written: true, rowsAdded: 1 });
    expect(fake.values(`${SHEET}!A${top}:D${top + 3}`)).toEqual([
      ["地域", "値", "メモ", "備考"],
      ["福岡", 4, 8, ""],
      ["東京", 1, 2, ""],
      ["大阪", 3, 6, "要確認"],
    ]);
    expect(fake.cell(`${SHEET}!C${top + 1}`)?.formula).toBe(`=B${top + 1}*2`);
    expect(fake.cell(`${SHEET}!C${top + 3}`)?.formula).toBe(`=B${top + 3}*2`);
    const t = fake.workbook.tables[0].rect;
    expect([t.r1 - t.r0, t.c1 - t.c0]).toEqual([3, 3]);
  });

  it("asks before a refresh would drop a note whose row is gone, and changes nothing when declined", async () => {
    const { fake, tableName } = await loadedWithUserColumns();
    const before = fake.snapshot();
    const confirm = jest.fn(async () => false);
    const result = await replaceTableData(fake.run, tableName, ["地域", "値"], [["東京", 1]], {
      keyColumns: ["地域"],
      confirmOverwrite: confirm,
    });
    expect(result.written).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ nonEmptyCells: 1, sample: ["要確認"] }));
    expect(fake.snapshot()).toEqual(before);
  });

  it("drops the gone row's note only when confirmed, keeping the columns", async () => {
    const { fake, tableName, top } = await loadedWithUserColumns();
    const result = await replaceTableData(fake.run, tableName, ["地域", "値"], [["東京", 5]], {
      keyColumns: ["地域"],
      confirmOverwrite: async () => true,
    });
    expect(result).toMatchObject({ written: true, rowsRemoved: 1 });
    expect(fake.values(`${SHEET}!A${top}:D${top + 2}`)).toEqual([
      ["地域", "値", "メモ", "備考"],
      ["東京", 5, 10, ""],
      ["", "", "", ""],
    ]);
  });
});
