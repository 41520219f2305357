// writeTableToWorkbook suspends API calculation while it sends chunks (ExcelApi 1.6). Excel then leaves
// recalculation to the add-in (@types/office-js, Application.suspendApiCalculationUntilNextSync), and the
// stricter fake models exactly that: before the fix, a formula reading the loaded cells stayed stale.
import { FakeExcel } from "../playground/excel-fake";
import { sampleRequest } from "./testData";
import { writeTableToWorkbook } from "./writeTable";

const BIG = "x".repeat(20_000);

/** =READ(B12) shows the value of one cell on the formula's sheet. */
function withReader(): FakeExcel {
  const fake = new FakeExcel();
  fake.setFormulaEvaluator((formula, at, read) => {
    const m = /^=READ\((\w+)\)$/.exec(formula);
    return m ? read.range(at.sheet, m[1])[0][0] : { error: "#NAME?" };
  });
  return fake;
}

describe("writeTableToWorkbook and calculation", () => {
  const req = sampleRequest(0, {
    destination: { kind: "at", sheet: "Sheet1", address: "A1" },
    header: ["地域", "注記"],
    // About 6 MB: two requests, the first with calculation suspended.
    rows: Array.from({ length: 300 }, (_, i) => [`地域${i}`, BIG]),
    numberFormats: undefined,
    provenance: [["出典", "テスト"]],
    markerLegend: [],
  });

  it("recalculates at the end, so formulas that read the loaded cells are up to date", async () => {
    const fake = withReader();
    fake.enter("Sheet1!J1", "=READ(A4)");
    expect(fake.values("Sheet1!J1")).toEqual([[""]]);
    await writeTableToWorkbook(fake.run, req);
    expect(fake.stats.apiCalculationSuspensions).toBeGreaterThan(0);
    expect(fake.values("Sheet1!A4")).toEqual([["地域0"]]);
    expect(fake.values("Sheet1!J1")).toEqual([["地域0"]]);
  });

  it("leaves recalculation to the user in Manual mode", async () => {
    const fake = withReader();
    fake.enter("Sheet1!J1", "=READ(A4)");
    await fake.run(async (context) => {
      context.application.calculationMode = "Manual";
    });
    await writeTableToWorkbook(fake.run, req);
    expect(fake.values("Sheet1!J1")).toEqual([[""]]);
  });
});
