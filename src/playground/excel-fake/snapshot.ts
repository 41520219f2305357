// A deterministic, JSON-able picture of the whole workbook for "nothing changed" assertions.
import { columnLetters, formatRef } from "./address";
import { hasFormat, isEmptyCell } from "./cells";
import type { WorkbookStore } from "./store";

export interface WorkbookSnapshot {
  activeSheet: string;
  calculationMode: string;
  sheets: {
    name: string;
    visibility: string;
    cells: Record<string, Record<string, unknown>>;
    columnWidths: Record<string, number>;
    freezeRows: number;
  }[];
  tables: Record<string, unknown>[];
  charts: Record<string, unknown>[];
  comments: Record<string, unknown>[];
  settings: Record<string, unknown>;
  customXmlParts: { namespaceUri: string; xml: string }[];
}

export function takeSnapshot(store: WorkbookStore): WorkbookSnapshot {
  const m = store.model;
  const sheetName = (id: string) => store.sheetById(id)?.name ?? "?";
  return JSON.parse(
    JSON.stringify({
      activeSheet: sheetName(m.activeSheetId),
      calculationMode: m.calculationMode,
      sheets: m.sheets.map((s) => {
        const cells: Record<string, Record<string, unknown>> = {};
        s.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            // A blank cell without formats is the same as no cell at all.
            if (cell && (!isEmptyCell(cell) || hasFormat(cell)))
              cells[`${columnLetters(c)}${r + 1}`] = { ...cell };
          }),
        );
        return {
          name: s.name,
          visibility: s.visibility,
          cells,
          columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [columnLetters(c), w])),
          freezeRows: s.freezeRows,
        };
      }),
      tables: m.tables.map(({ id: _id, sheetId, rect, ...t }) => ({
        ...t,
        sheet: sheetName(sheetId),
        address: formatRef(rect),
      })),
      charts: m.charts.map(({ id: _id, sheetId, ...c }) => ({ ...c, sheet: sheetName(sheetId) })),
      comments: m.comments.map(({ id: _id, sheetId, ...c }) => ({ ...c, sheet: sheetName(sheetId) })),
      settings: Object.fromEntries([...m.settings].sort(([a], [b]) => (a < b ? -1 : 1))),
      customXmlParts: m.customXmlParts.map((p) => ({ namespaceUri: p.namespaceUri, xml: p.xml })),
    }),
  ) as WorkbookSnapshot;
}
