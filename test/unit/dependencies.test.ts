// uuid advisory GHSA-w5hq-g745-h8pq (missing buffer bounds check in v3/v5/v6; fixed in 11.1.1, 12.0.1,
// 13.0.1, 14.0.0): exceljs 4.4.0 asks for uuid ^8.3.0, so package.json "overrides" gives it 11.1.1, the
// oldest fixed line that still ships CommonJS (exceljs require()s it and calls only v4()).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";

function uuidVersionSeenBy(pkg: string): string {
  const from = dirname(require.resolve(`${pkg}/package.json`));
  const uuidMain = require.resolve("uuid", { paths: [from] });
  let dir = dirname(uuidMain);
  while (!dir.endsWith(join("node_modules", "uuid"))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

const fixed = (v: string) => {
  const [major, minor, patch] = v.split(".").map(Number);
  if (major >= 14) return true;
  if (major === 13) return minor > 0 || patch >= 1;
  if (major === 12) return minor > 0 || patch >= 1;
  if (major === 11) return minor > 1 || (minor === 1 && patch >= 1);
  return false;
};

describe("uuid under exceljs", () => {
  it("is a version with the GHSA-w5hq-g745-h8pq fix", () => {
    const v = uuidVersionSeenBy("exceljs");
    expect({ v, fixed: fixed(v) }).toEqual({ v, fixed: true });
  });

  it("exceljs still writes an xlsx that reads back (strings stay strings, numbers numbers)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("data");
    ws.addRow(["label", "value"]);
    ws.addRow(['=HYPERLINK("x")', 1.5]);
    const buf = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf as ArrayBuffer);
    const row = back.getWorksheet("data")!.getRow(2);
    expect(row.getCell(1).value).toBe('=HYPERLINK("x")');
    expect(row.getCell(2).value).toBe(1.5);
  });
});
