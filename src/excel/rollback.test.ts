// Rollback after a cancelled or failed write puts back only what was there: formulas at their anchors
// (dynamic-array spills come back by recalculation, never as constants) and nothing the user made
// meanwhile is deleted (what this load created is found by id, not by name).
import { FakeExcel, type FormulaEvaluator } from "../playground/excel-fake";
import { replaceTableData } from "./replaceTableData";
import { sampleRequest } from "./testData";
import { writeTableToWorkbook } from "./writeTable";

/** =SEQ(r,c): a dynamic array of r×c numbers 1, 2, 3…; =TWICE(A1): a cell doubled. */
const evaluator: FormulaEvaluator = (formula, at, read) => {
  const seq = /^=SEQ\((\d+),(\d+)\)$/.exec(formula);
  if (seq) {
    const [r, c] = [Number(seq[1]), Number(seq[2])];
    return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => i * c + j + 1));
  }
  const twice = /^=TWICE\((\w+)\)$/.exec(formula);
  if (twice) return Number(read.range(at.sheet, twice[1])[0][0]) * 2;
  return { error: "#NAME?" };
};

/** Fails the n-th request that writes values (reads and checks are not counted), once. */
function failWriteSync(fake: FakeExcel, n = 1) {
  let writes = 0;
  fake.beforeSync((info) => {
    if (!info.operations.includes("Range.set values") || writes >= n) return;
    if (++writes === n) throw new Error(`injected failure of write request ${n}`);
  });
}

function withSpills() {
  const fake = new FakeExcel();
  fake.setFormulaEvaluator(evaluator);
  // Anchor left of the load area, spilling into it (C4:D4), and one inside it (E6:F8).
  fake.enter("Sheet1!A4", "=SEQ(1,4)");
  fake.enter("Sheet1!E6", "=SEQ(3,2)");
  fake.enter("Sheet1!D10", "7");
  fake.enter("Sheet1!E10", "=TWICE(D10)");
  return fake;
}

function expectSpillsIntact(fake: FakeExcel) {
  expect(fake.values("Sheet1!A4:D4")).toEqual([[1, 2, 3, 4]]);
  expect(fake.values("Sheet1!E6:F8")).toEqual([
    [1, 2],
    [3, 4],
    [5, 6],
  ]);
  expect(fake.cell("Sheet1!E6")?.formula).toBe("=SEQ(3,2)");
  expect(fake.cell("Sheet1!E10")?.formula).toBe("=TWICE(D10)");
  expect(fake.values("Sheet1!E10")).toEqual([[14]]);
  // Spilled cells are spill results again, not constants written back over the spill range.
  for (const a of ["C4", "D4", "F6", "E7", "F8"]) {
    expect(fake.cell(`Sheet1!${a}`)?.spillOrigin).toBeDefined();
    expect(fake.cell(`Sheet1!${a}`)?.formula).toBeUndefined();
  }
}

describe("rollback with dynamic arrays in the area (M6)", () => {
  it("a failed load at the selection restores formulas at their anchors and lets spills recalculate", async () => {
    const fake = withSpills();
    failWriteSync(fake);
    await expect(
      writeTableToWorkbook(
        fake.run,
        sampleRequest(3, { destination: { kind: "at", sheet: "Sheet1", address: "C3" } }),
        { confirmOverwrite: async () => true },
      ),
    ).rejects.toThrow();
    expectSpillsIntact(fake);
    expect(fake.workbook.tables).toHaveLength(0);
  });

  it("a cancelled load at the selection does the same", async () => {
    const fake = withSpills();
    const abort = new AbortController();
    let writes = 0;
    fake.beforeSync((info) => {
      if (info.operations.includes("Range.set values") && ++writes === 1) abort.abort();
    });
    await expect(
      writeTableToWorkbook(
        fake.run,
        sampleRequest(45_000, { destination: { kind: "at", sheet: "Sheet1", address: "C3" } }),
        { confirmOverwrite: async () => true, signal: abort.signal },
      ),
    ).rejects.toThrow();
    expectSpillsIntact(fake);
  });

  it("a failed refresh restores a spill the grown table covered", async () => {
    const fake = new FakeExcel();
    fake.setFormulaEvaluator(evaluator);
    const loaded = await writeTableToWorkbook(
      fake.run,
      sampleRequest(0, {
        header: ["地域", "値"],
        rows: [["a", 1]],
        numberFormats: undefined,
        provenance: [["出典", "テスト"]],
        markerLegend: [],
      }),
    );
    const top = fake.workbook.tables[0].rect.r0; // header row, 0-based
    // A dynamic array right below the table, in the rows a grown table would take.
    fake.enter(`法人企業統計!A${top + 4}`, "=SEQ(2,2)");
    failWriteSync(fake);
    await expect(
      replaceTableData(
        fake.run,
        loaded.tableName,
        ["地域", "値"],
        [
          ["a", 1],
          ["b", 2],
          ["c", 3],
          ["d", 4],
        ],
        { confirmOverwrite: async () => true },
      ),
    ).rejects.toThrow();
    expect(fake.values(`法人企業統計!A${top + 4}:B${top + 5}`)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(fake.cell(`法人企業統計!B${top + 5}`)?.spillOrigin).toBeDefined();
    expect(fake.values(`法人企業統計!A${top + 1}:B${top + 2}`)).toEqual([
      ["地域", "値"],
      ["a", 1],
    ]);
  });
});

describe("rollback deletes by id, not by name (L1)", () => {
  it("a failed load to a new sheet does not delete a same-named sheet the user created meanwhile", async () => {
    const fake = new FakeExcel();
    let first = true;
    fake.beforeSync((info) => {
      // The user adds a sheet with the planned name between the check and the write.
      if (first && info.operations.includes("WorksheetCollection.add")) {
        first = false;
        fake.store.addSheet("法人企業統計");
        fake.store.ensureCell(fake.sheet("法人企業統計"), 0, 0).value = "user's work";
      }
    });
    await expect(writeTableToWorkbook(fake.run, sampleRequest(3))).rejects.toThrow();
    expect(fake.values("法人企業統計!A1")).toEqual([["user's work"]]);
  });

  it("a failed load at the selection does not delete a same-named table the user created meanwhile", async () => {
    const fake = new FakeExcel();
    fake.enter("Sheet1!A1", "x");
    let planned = "";
    fake.beforeSync(async (info) => {
      if (!info.operations.includes("TableCollection.add") || planned) return;
      // The user makes a table on another sheet and gives it the name the load is about to use.
      planned = fake.workbook.tables.length === 0 ? "T_Sheet1" : "";
      const other = fake.store.addSheet("他");
      fake.workbook.tables.push({
        id: fake.store.newId("table"),
        name: planned,
        sheetId: other.id,
        rect: { r0: 0, c0: 0, r1: 1, c1: 0 },
        showHeaders: true,
        showTotals: false,
        style: "TableStyleLight1",
        showBandedRows: false,
        showBandedColumns: false,
        showFilterButton: true,
      });
    });
    await expect(
      writeTableToWorkbook(
        fake.run,
        sampleRequest(3, { destination: { kind: "at", sheet: "Sheet1", address: "C3" } }),
      ),
    ).rejects.toThrow();
    expect(fake.workbook.tables.map((t) => t.name)).toEqual(["T_Sheet1"]);
    expect(fake.workbook.tables[0].sheetId).toBe(fake.sheet("他").id);
    expect(fake.values("Sheet1!A1")).toEqual([["x"]]);
  });
});
