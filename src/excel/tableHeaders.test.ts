// Excel renames blank and duplicate table headers (Column1…, 年2); the fake does the same.
import { FakeExcel } from "../playground/excel-fake";
import { replaceTableData } from "./replaceTableData";
import { sampleRequest } from "./testData";
import { writeTableToWorkbook } from "./writeTable";

describe("headers Excel renames", () => {
  it("a refresh with the same blank and duplicate headers reports no changed cells", async () => {
    const fake = new FakeExcel();
    const header = ["年", "年", ""];
    const rows = [[2020, 1, "a"]];
    const req = sampleRequest(0, { header, rows, numberFormats: undefined, markerLegend: [] });
    const { tableName } = await writeTableToWorkbook(fake.run, req);
    const top = fake.workbook.tables[0].rect.r0 + 1;
    expect(fake.values(`法人企業統計!A${top}:C${top}`)).toEqual([["年", "年2", "Column3"]]);
    const result = await replaceTableData(fake.run, tableName, header, rows);
    expect(result.cellsChanged).toBe(0);
  });
});
