// Excel.TableRowCollection.add (append) and TableRow.delete: the way to grow or shrink a table on hosts
// without Table.resize (ExcelApi 1.13). Adding rows inserts cells: what is below the table, in the
// table's columns, moves down; deleting a row moves it back up (Excel's behaviour for table rows).
// Modelled: appending (index null, undefined, -1 or the row count) and deleting any data row.
// Not modelled (fails loudly): inserting in the middle, moving formulas, spills or other tables.
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import type { WorkbookStore } from "./store";
import type { SheetModel, TableModel } from "./types";

const MAX_ROW = 1048575;

function assertMovable(store: WorkbookStore, sheet: SheetModel, table: TableModel, fromRow: number): void {
  const { c0, c1 } = table.rect;
  for (const t of store.model.tables)
    if (
      t.id !== table.id &&
      t.sheetId === sheet.id &&
      t.rect.r1 >= fromRow &&
      t.rect.c0 <= c1 &&
      t.rect.c1 >= c0
    )
      throw invalidArgument(
        `The fake does not move table ${t.name} when rows of ${table.name} are inserted or deleted.`,
      );
  store.forEachCell(sheet, { r0: fromRow, c0, r1: MAX_ROW, c1 }, (cell) => {
    if (cell.formula !== undefined || cell.spillOrigin !== undefined)
      throw invalidArgument(
        "The fake does not move formulas or spills when table rows are inserted or deleted.",
      );
  });
}

/** Moves the cells of columns c0..c1 from row `from` downward by `by` rows (negative: upward). */
function shiftRows(sheet: SheetModel, from: number, c0: number, c1: number, by: number): void {
  const last = sheet.rows.length - 1;
  const move = (r: number) => {
    const src = sheet.rows[r];
    const dst = (sheet.rows[r + by] ??= []);
    for (let c = c0; c <= c1; c++) {
      dst[c] = src?.[c];
      if (src) src[c] = undefined;
    }
  };
  if (by > 0) {
    if (last + by > MAX_ROW) throw invalidArgument("Inserting these rows would push cells off the sheet.");
    for (let r = last; r >= from; r--) move(r);
  } else {
    // The deleted rows' cells go first, even when nothing below moves up into them.
    for (let r = from + by; r < from; r++)
      for (let c = c0; c <= c1; c++) if (sheet.rows[r]) sheet.rows[r][c] = undefined;
    for (let r = from; r <= last; r++) move(r);
  }
}

export class FakeTableRowCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly store: WorkbookStore,
    private readonly table: () => TableModel | null,
  ) {}

  private target(): { table: TableModel; sheet: SheetModel } {
    const table = this.table();
    const sheet = table && this.store.sheetById(table.sheetId);
    if (!table || !sheet) throw invalidArgument("The table does not exist.");
    return { table, sheet };
  }

  add(index?: number | null, values?: (string | number | boolean)[][]): void {
    this.ctx.enqueue({
      name: "TableRowCollection.add",
      payload: [index ?? null, values ?? null],
      mutates: true,
      exec: () => {
        const { table, sheet } = this.target();
        const dataRows = table.rect.r1 - table.rect.r0;
        if (index !== undefined && index !== null && index !== -1 && index !== dataRows)
          throw invalidArgument("The fake models appending table rows only (index null or the row count).");
        const width = table.rect.c1 - table.rect.c0 + 1;
        const rows = values ?? [new Array(width).fill("")];
        if (rows.length === 0 || rows.some((r) => r.length !== width))
          throw invalidArgument(`Each added row must have ${width} values.`);
        const at = table.rect.r1 + 1;
        assertMovable(this.store, sheet, table, at);
        shiftRows(sheet, at, table.rect.c0, table.rect.c1, rows.length);
        table.rect = { ...table.rect, r1: table.rect.r1 + rows.length };
        this.store.write(
          sheet,
          { r0: at, c0: table.rect.c0, r1: table.rect.r1, c1: table.rect.c1 },
          rows,
          "values",
        );
        this.store.changed = this.store.cellsDirty = true;
        return 0;
      },
    });
  }

  /** The data row at `index` (0 = first row under the header); only `delete()` is modelled. */
  getItemAt(index: number): { delete(): void } {
    return {
      delete: () =>
        this.ctx.enqueue({
          name: "TableRow.delete",
          payload: [index],
          mutates: true,
          exec: () => {
            const { table, sheet } = this.target();
            const dataRows = table.rect.r1 - table.rect.r0;
            if (index < 0 || index >= dataRows) throw invalidArgument(`The table has no row ${index}.`);
            if (dataRows === 1) throw invalidArgument("The fake keeps at least one data row in a table.");
            const row = table.rect.r0 + 1 + index;
            assertMovable(this.store, sheet, table, row);
            shiftRows(sheet, row + 1, table.rect.c0, table.rect.c1, -1);
            table.rect = { ...table.rect, r1: table.rect.r1 - 1 };
            this.store.changed = this.store.cellsDirty = true;
            return 0;
          },
        }),
    };
  }
}
