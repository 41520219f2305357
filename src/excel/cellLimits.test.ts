// The adapters against Excel's 32,767-character cell limit, modelled by the fake (it refuses longer text
// at sync). Before the guard, these loads reached Excel and failed half-way with EXCEL_WRITE_FAILED.
import { FakeExcel } from "../playground/excel-fake";
import { replaceTableData } from "./replaceTableData";
import { sampleRequest } from "./testData";
import { MAX_CELL_TEXT } from "./textGuard";
import { writeTableToWorkbook } from "./writeTable";

const long = "長".repeat(MAX_CELL_TEXT + 1);

describe("text over 32,767 characters", () => {
  it("stops a load before writing anything and names the cell", async () => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    const req = sampleRequest(3, {
      header: ["地域", "注記"],
      numberFormats: undefined,
      rows: [
        ["東京", "ok"],
        ["大阪", long],
        ["京都", "ok"],
      ],
    });
    await expect(writeTableToWorkbook(fake.run, req)).rejects.toMatchObject({
      code: "EXCEL_CELL_TOO_LONG",
      params: { address: "法人企業統計!B12", length: MAX_CELL_TEXT + 1 },
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.rejectedSyncs).toBe(0);
  });

  it("checks the provenance block too, and lets exactly 32,767 characters through", async () => {
    const fake = new FakeExcel();
    const tooLong = sampleRequest(1, { provenance: [["注記 / Note", long]] });
    await expect(writeTableToWorkbook(fake.run, tooLong)).rejects.toMatchObject({
      code: "EXCEL_CELL_TOO_LONG",
      params: { address: "法人企業統計!B1" },
    });
    const fits = sampleRequest(1, { provenance: [["注記 / Note", "x".repeat(MAX_CELL_TEXT)]] });
    await expect(writeTableToWorkbook(fake.run, fits)).resolves.toMatchObject({ written: true });
  });

  it("stops a refresh before touching the table", async () => {
    const fake = new FakeExcel();
    const req = sampleRequest(0, {
      header: ["地域", "値"],
      rows: [["東京", 1]],
      numberFormats: undefined,
      markerLegend: [],
    });
    const { tableName } = await writeTableToWorkbook(fake.run, req);
    const before = fake.snapshot();
    await expect(
      replaceTableData(fake.run, tableName, ["地域", "値"], [["東京", long]]),
    ).rejects.toMatchObject({
      code: "EXCEL_CELL_TOO_LONG",
    });
    expect(fake.snapshot()).toEqual(before);
  });
});
