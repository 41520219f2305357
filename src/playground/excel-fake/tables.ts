// Excel tables: creation with header normalisation, overlap rules, resize, delete.
import { overlaps, rectCols } from "./address";
import { displayText } from "./cells";
import { invalidArgument, itemAlreadyExists } from "./errors";
import type { WorkbookStore } from "./store";
import type { Rect, SheetModel, TableModel } from "./types";

/** Excel's own wording when a new table would overlap another one. */
export const TABLE_OVERLAP_MESSAGE =
  "A table can't overlap a range that contains a PivotTable report, query results, protected cells or another table.";

export function tableByName(store: WorkbookStore, name: string): TableModel | undefined {
  const key = name.toLowerCase();
  return store.model.tables.find((t) => t.name.toLowerCase() === key);
}

export function validateTableName(store: WorkbookStore, name: string, exceptId?: string): void {
  if (
    !/^[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\u0080-\uffff]*$/.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[rRcC]$/.test(name)
  )
    throw invalidArgument(
      `'${name}' is not a valid table name (start with a letter or _, no spaces, not a cell reference).`,
    );
  const other = tableByName(store, name);
  if (other && other.id !== exceptId) throw itemAlreadyExists(`A table named '${name}' already exists.`);
}

function assertNoOverlap(store: WorkbookStore, sheet: SheetModel, rect: Rect, exceptId?: string): void {
  for (const t of store.model.tables)
    if (t.sheetId === sheet.id && t.id !== exceptId && overlaps(t.rect, rect))
      throw invalidArgument(
        `${TABLE_OVERLAP_MESSAGE} (${store.address(sheet, rect)} overlaps table ${t.name})`,
      );
}

/** Header cells become unique text: blanks get "ColumnN", duplicates get a number suffix, as Excel does. */
function normaliseHeaders(store: WorkbookStore, sheet: SheetModel, rect: Rect): void {
  const seen = new Set<string>();
  for (let j = 0; j < rectCols(rect); j++) {
    const cell = store.ensureCell(sheet, rect.r0, rect.c0 + j);
    const shown = displayText(cell).trim() === "" ? `Column${j + 1}` : displayText(cell);
    let text = shown;
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${shown}${n}`;
    if (cell.formula !== undefined || cell.value !== text) {
      cell.value = text;
      delete cell.formula;
      delete cell.errorMessage;
      delete cell.spillOrigin;
    }
    seen.add(text.toLowerCase());
  }
}

export function addTable(
  store: WorkbookStore,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean,
): TableModel {
  if (!hasHeaders)
    throw invalidArgument("The fake models tables.add(address, true) only: write the header row yourself.");
  // A table always has at least one data row; Excel adds an empty one below a lone header row.
  const full = rect.r1 === rect.r0 ? { ...rect, r1: rect.r0 + 1 } : { ...rect };
  assertNoOverlap(store, sheet, full);
  let n = 1;
  while (tableByName(store, `Table${n}`)) n++;
  const table: TableModel = {
    id: store.newId("table"),
    name: `Table${n}`,
    sheetId: sheet.id,
    rect: full,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
  };
  normaliseHeaders(store, sheet, full);
  store.model.tables.push(table);
  store.changed = store.cellsDirty = true;
  return table;
}

/** Table.resize: the header row stays where it is and the new range must overlap the old one. */
export function resizeTable(store: WorkbookStore, table: TableModel, sheet: SheetModel, rect: Rect): void {
  if (rect.r0 !== table.rect.r0 || !overlaps(rect, table.rect) || rect.r1 <= rect.r0)
    throw invalidArgument(
      `Table ${table.name} can only be resized to a range that keeps its header row (${store.address(sheet, rect)}).`,
    );
  assertNoOverlap(store, sheet, rect, table.id);
  table.rect = { ...rect };
  normaliseHeaders(store, sheet, rect);
  store.changed = store.cellsDirty = true;
}

export function deleteTable(store: WorkbookStore, table: TableModel, clearCells: boolean): void {
  const sheet = store.sheetById(table.sheetId);
  if (clearCells && sheet) store.clear(sheet, table.rect, "All");
  store.model.tables = store.model.tables.filter((t) => t.id !== table.id);
  store.changed = true;
}

export function headerRect(t: TableModel): Rect {
  return { ...t.rect, r1: t.rect.r0 };
}

export function dataBodyRect(t: TableModel): Rect {
  return { ...t.rect, r0: t.rect.r0 + 1, r1: t.showTotals ? t.rect.r1 - 1 : t.rect.r1 };
}
