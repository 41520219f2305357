// A native chart of a table or range, titled, with the source named in the title.
import { parseRangeAddress, type RangeRef } from "./a1";
import { excelError } from "./errors";
import { SyncMeter } from "./payload";
import type { ExcelRun } from "./types";

export interface InsertChartRequest {
  /** A table name, or a sheet-qualified address ("Sheet1!A1:D20"). */
  tableName?: string;
  address?: string;
  type: Excel.ChartType | "ColumnClustered" | "Line" | "BarClustered" | "Pie" | "XYScatter" | "LineMarkers";
  title: string;
  /** E.g. "出典: e-Stat 法人企業統計調査": appended to the title so it travels with the chart. */
  sourceNote?: string;
  seriesBy?: "Auto" | "Columns" | "Rows";
}

export interface InsertChartResult {
  name: string;
  sheet: string;
}

/** Places the chart to the right of its data, where it does not cover the table. */
export async function insertChart(run: ExcelRun, req: InsertChartRequest): Promise<InsertChartResult> {
  return run(async (context) => {
    const meter = new SyncMeter(context);
    let source: Excel.Range;
    let sheet: Excel.Worksheet;
    if (req.tableName) {
      const table = context.workbook.tables.getItemOrNullObject(req.tableName);
      meter.add();
      await meter.sync();
      if (table.isNullObject)
        throw excelError("EXCEL_TABLE_NOT_FOUND", `No table ${req.tableName}.`, { table: req.tableName });
      source = table.getRange();
      sheet = table.worksheet;
    } else {
      const address = req.address ?? "";
      const bang = address.lastIndexOf("!");
      const ref = parseRangeAddress(address);
      if (bang < 0 || !ref) throw excelError("EXCEL_BAD_ADDRESS", `Bad address ${address}.`, { address });
      const sheetName = address
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      meter.add();
      await meter.sync();
      if (sheet.isNullObject)
        throw excelError("EXCEL_SHEET_NOT_FOUND", `No sheet ${sheetName}.`, { sheet: sheetName });
      source = sheet.getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols);
    }
    source.load("rowIndex, columnIndex, rowCount, columnCount");
    sheet.load("name");
    await meter.sync();
    const at: RangeRef = {
      row: source.rowIndex,
      col: source.columnIndex + source.columnCount + 1,
      rows: 20,
      cols: 8,
    };
    const chart = sheet.charts.add(req.type, source, req.seriesBy ?? "Auto");
    chart.title.text = req.sourceNote ? `${req.title}\n${req.sourceNote}` : req.title;
    chart.setPosition(
      sheet.getRangeByIndexes(at.row, at.col, 1, 1),
      sheet.getRangeByIndexes(at.row + at.rows - 1, at.col + at.cols - 1, 1, 1),
    );
    chart.load("name");
    meter.add([req.type, req.title, req.sourceNote ?? ""]);
    await meter.sync();
    return { name: chart.name, sheet: sheet.name };
  });
}
