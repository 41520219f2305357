// Excel.Table and Excel.TableCollection (workbook.tables and worksheet.tables).
import { parseRef, splitSheet } from "./address";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeCollection, FakeObject, type LoadSpec } from "./proxy";
import { FakeRange, type Located, rectOnSheet } from "./range";
import type { WorkbookStore } from "./store";
import {
  addTable,
  dataBodyRect,
  deleteTable,
  headerRect,
  resizeTable,
  tableByName,
  validateTableName,
} from "./tables";
import { requireApi } from "./requirements";
import { FakeTableRowCollection } from "./tableRows";
import type { Rect, SheetModel, TableModel } from "./types";
import { FakeWorksheet } from "./worksheet";

type TableMembers =
  | "name"
  | "id"
  | "style"
  | "showBandedRows"
  | "showBandedColumns"
  | "showFilterButton"
  | "showHeaders"
  | "showTotals"
  | "getRange"
  | "getHeaderRowRange"
  | "getDataBodyRange"
  | "delete"
  | "convertToRange"
  | "resize"
  | "rows"
  | "worksheet"
  | "load"
  | "isNullObject"
  | "context";

/** A range argument: a FakeRange or an address (sheet-qualified when no default sheet). */
export function locateArg(store: WorkbookStore, arg: unknown, sheet: SheetModel | null): Located {
  if (arg instanceof FakeRange) {
    const m = arg.resolve();
    if (!m) throw invalidArgument("The range does not exist.");
    return m;
  }
  if (typeof arg !== "string") throw invalidArgument("Expected a Range or an address.");
  const { sheet: named } = splitSheet(arg);
  const target = named !== undefined ? store.sheetByName(named) : sheet;
  if (!target) throw invalidArgument(`'${arg}' does not name a worksheet.`);
  return { sheet: target, rect: rectOnSheet(store, target, arg) };
}

export class FakeTable extends FakeObject<TableModel> implements Pick<Excel.Table, TableMembers> {
  protected readonly typeName = "Table";
  protected readonly scalars: Record<string, (m: TableModel) => unknown> = {
    name: (m) => m.name,
    id: (m) => m.id,
    style: (m) => m.style,
    showBandedRows: (m) => m.showBandedRows,
    showBandedColumns: (m) => m.showBandedColumns,
    showFilterButton: (m) => m.showFilterButton,
    showHeaders: (m) => m.showHeaders,
    showTotals: (m) => m.showTotals,
  };
  private boundId?: string;

  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locate: () => TableModel | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected find(): TableModel | null {
    if (this.boundId !== undefined) return this.store.model.tables.find((t) => t.id === this.boundId) ?? null;
    const m = this.locate();
    if (m) this.boundId = m.id;
    return m;
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  private flag(
    name: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "showHeaders" | "showTotals",
    v: boolean,
  ): void {
    this.setProp(name, v, (m) => {
      if (name === "showHeaders" && !v) throw invalidArgument("The fake always shows table headers.");
      if (name === "showTotals" && v) throw invalidArgument("The fake does not model total rows.");
      m[name] = v;
      this.store.changed = true;
    });
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (m) => {
      validateTableName(this.store, v, m.id);
      m.name = v;
      this.store.changed = true;
    });
  }
  get id(): string {
    return this.prop("id");
  }
  get style(): string {
    return this.prop("style");
  }
  set style(v: string) {
    this.setProp("style", v, (m) => {
      m.style = v;
      this.store.changed = true;
    });
  }
  get showBandedRows(): boolean {
    return this.prop("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this.flag("showBandedRows", v);
  }
  get showBandedColumns(): boolean {
    return this.prop("showBandedColumns");
  }
  set showBandedColumns(v: boolean) {
    this.flag("showBandedColumns", v);
  }
  get showFilterButton(): boolean {
    return this.prop("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.flag("showFilterButton", v);
  }
  get showHeaders(): boolean {
    return this.prop("showHeaders");
  }
  set showHeaders(v: boolean) {
    this.flag("showHeaders", v);
  }
  get showTotals(): boolean {
    return this.prop("showTotals");
  }
  set showTotals(v: boolean) {
    this.flag("showTotals", v);
  }

  private part(rect: (t: TableModel) => Rect, method: string): Excel.Range {
    return new FakeRange(this.ctx, this.store, () => {
      const t = this.resolve();
      const sheet = t && this.store.sheetById(t.sheetId);
      return t && sheet ? { sheet, rect: rect(t) } : null;
    }).via(this, method, []) as unknown as Excel.Range;
  }
  getRange(): Excel.Range {
    return this.part((t) => t.rect, "getRange");
  }
  getHeaderRowRange(): Excel.Range {
    return this.part(headerRect, "getHeaderRowRange");
  }
  getDataBodyRange(): Excel.Range {
    return this.part(dataBodyRect, "getDataBodyRange");
  }
  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(this.ctx, this.store, () => {
      const t = this.resolve();
      return (t && this.store.sheetById(t.sheetId)) ?? null;
    }) as unknown as Excel.Worksheet;
  }
  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    this.enqueue("delete", undefined, (m) => deleteTable(this.store, m, true));
  }
  convertToRange(): Excel.Range {
    const range = this.getRange();
    this.enqueue("convertToRange", undefined, (m) => deleteTable(this.store, m, false));
    return range;
  }
  /** Appending and deleting data rows (see tableRows.ts). */
  get rows(): Excel.TableRowCollection {
    return new FakeTableRowCollection(this.ctx, this.store, () =>
      this.resolve(),
    ) as unknown as Excel.TableRowCollection;
  }
  resize(newRange: Excel.Range | string): void {
    this.enqueue("resize", newRange, (m) => {
      requireApi("ExcelApi", "1.13", "Table.resize");
      const sheet = this.store.sheetById(m.sheetId) as SheetModel;
      const target = locateArg(this.store, newRange, sheet);
      if (target.sheet.id !== sheet.id)
        throw invalidArgument("A table cannot be resized onto another sheet.");
      resizeTable(this.store, m, sheet, target.rect);
    });
  }
  load(spec?: LoadSpec): Excel.Table {
    return this.doLoad(spec) as unknown as Excel.Table;
  }
}

type TableCollectionMembers = "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "load" | "context";

export class FakeTableCollection
  extends FakeCollection<TableModel, FakeTable>
  implements Pick<Excel.TableCollection, TableCollectionMembers>
{
  protected readonly typeName = "TableCollection";
  /** locateSheet is null for workbook.tables. */
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locateSheet: (() => SheetModel | null) | null,
  ) {
    super(ctx);
  }
  private sheet(): SheetModel | null {
    if (!this.locateSheet) return null;
    const s = this.locateSheet();
    if (!s) throw itemNotFound("Worksheet does not exist");
    return s;
  }
  protected list(): TableModel[] {
    const sheet = this.sheet();
    return this.store.model.tables.filter((t) => !sheet || t.sheetId === sheet.id);
  }
  protected proxyFor(item: TableModel): FakeTable {
    return new FakeTable(this.ctx, this.store, () => item);
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    let created: TableModel | null = null;
    this.ctx.enqueue({
      name: "TableCollection.add",
      payload: [typeof address === "string" ? address : "range", hasHeaders],
      mutates: true,
      exec: () => {
        const at = locateArg(this.store, address, this.sheet());
        if (typeof address === "string" && parseRef(splitSheet(address).ref) === null)
          throw invalidArgument(`'${address}' is not a valid A1 address.`);
        created = addTable(this.store, at.sheet, at.rect, hasHeaders);
        return 0;
      },
    });
    return new FakeTable(this.ctx, this.store, () => created).via(this, "add", [
      address,
      hasHeaders,
    ]) as unknown as Excel.Table;
  }
  private byName(key: string): TableModel | null {
    const t = tableByName(this.store, key) ?? this.store.model.tables.find((x) => x.id === key);
    const sheet = this.sheet();
    return t && (!sheet || t.sheetId === sheet.id) ? t : null;
  }
  getItem(key: string): Excel.Table {
    return new FakeTable(this.ctx, this.store, () => this.byName(key)).via(this, "getItem", [
      key,
    ]) as unknown as Excel.Table;
  }
  getItemOrNullObject(key: string): Excel.Table {
    return new FakeTable(this.ctx, this.store, () => this.byName(key), true).via(
      this,
      "getItemOrNullObject",
      [key],
    ) as unknown as Excel.Table;
  }
  getItemAt(index: number): Excel.Table {
    return new FakeTable(this.ctx, this.store, () => this.list()[index] ?? null) as unknown as Excel.Table;
  }
  load(spec?: LoadSpec): Excel.TableCollection {
    return this.doLoad(spec) as unknown as Excel.TableCollection;
  }
}
