// Excel.Worksheet and Excel.WorksheetCollection.
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { FakeChartCollection } from "./chart";
import { FakeCommentCollection } from "./comments";
import { FakeCollection, FakeObject, type LoadSpec } from "./proxy";
import { FakeRange, checkedRect, rectOnSheet } from "./range";
import type { WorkbookStore } from "./store";
import { FakeTableCollection } from "./tableProxy";
import type { Rect, SheetModel } from "./types";

type WorksheetMembers =
  | "name"
  | "id"
  | "position"
  | "visibility"
  | "activate"
  | "delete"
  | "getRange"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "tables"
  | "charts"
  | "comments"
  | "load"
  | "isNullObject"
  | "context";

export class FakeWorksheet extends FakeObject<SheetModel> implements Pick<Excel.Worksheet, WorksheetMembers> {
  protected readonly typeName = "Worksheet";
  protected readonly scalars: Record<string, (m: SheetModel) => unknown> = {
    name: (m) => m.name,
    id: (m) => m.id,
    position: (m) => this.store.model.sheets.indexOf(m),
    visibility: (m) => m.visibility,
  };
  /** Once resolved, the proxy follows the sheet by id (renames in the same batch keep working). */
  private boundId?: string;
  private readonly nav: Record<string, unknown> = {};

  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locate: () => SheetModel | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }

  protected find(): SheetModel | null {
    if (this.boundId !== undefined) return this.store.sheetById(this.boundId) ?? null;
    const m = this.locate();
    if (m) this.boundId = m.id;
    return m;
  }

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (m) => {
      this.store.validateSheetName(v, m.id);
      m.name = v;
      this.store.changed = true;
    });
  }
  get id(): string {
    return this.prop("id");
  }
  get position(): number {
    return this.prop("position");
  }
  set position(v: number) {
    this.setProp("position", v, (m) => {
      const sheets = this.store.model.sheets;
      if (v < 0 || v >= sheets.length)
        throw invalidArgument(`Position ${v} is outside 0-${sheets.length - 1}.`);
      sheets.splice(sheets.indexOf(m), 1);
      sheets.splice(v, 0, m);
      this.store.changed = true;
    });
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.prop("visibility");
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.setProp("visibility", v, (m) => {
      m.visibility = v as SheetModel["visibility"];
      this.store.changed = true;
    });
  }

  activate(): void {
    this.enqueue("activate", undefined, (m) => {
      this.store.model.activeSheetId = m.id;
      this.store.model.selection = { sheetId: m.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      this.store.changed = true;
    });
  }
  delete(): void {
    this.enqueue("delete", undefined, (m) => this.store.deleteSheet(m.id));
  }

  private range(rect: (m: SheetModel) => Rect, method: string, args: unknown[]): Excel.Range {
    return new FakeRange(this.ctx, this.store, () => {
      const m = this.resolve();
      return m && { sheet: m, rect: checkedRect(rect(m)) };
    }).via(this, method, args) as unknown as Excel.Range;
  }

  /** No address: the whole sheet. */
  getRange(address?: string): Excel.Range {
    return this.range(
      (m) =>
        address === undefined || address === ""
          ? { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 }
          : rectOnSheet(this.store, m, address),
      "getRange",
      address === undefined ? [] : [address],
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): Excel.Range {
    return this.range(
      () => {
        if (rowCount < 1 || columnCount < 1)
          throw invalidArgument(`getRangeByIndexes needs at least one row and column.`);
        return {
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        };
      },
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
    );
  }
  getCell(row: number, column: number): Excel.Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  /**
   * Worksheet.getUsedRange: "If the entire worksheet is blank, this function will return the top left cell
   * (i.e. it will *not* throw an error)"; getUsedRangeOrNullObject returns a null object then
   * (@types/office-js, Excel.Worksheet.getUsedRange / getUsedRangeOrNullObject).
   */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return (this.getRange() as unknown as FakeRange)
      .usedRange(valuesOnly === true, "topLeft")
      .via(this, "getUsedRange", [valuesOnly ?? null]) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return (this.getRange() as unknown as FakeRange)
      .usedRange(valuesOnly === true, "null")
      .via(this, "getUsedRangeOrNullObject", [valuesOnly ?? null]) as unknown as Excel.Range;
  }

  get tables(): Excel.TableCollection {
    return (this.nav.tables ??= new FakeTableCollection(this.ctx, this.store, () => this.resolve()).via(
      this,
      "tables",
      undefined,
      "property",
    )) as unknown as Excel.TableCollection;
  }
  get charts(): Excel.ChartCollection {
    return (this.nav.charts ??= new FakeChartCollection(this.ctx, this.store, () =>
      this.resolve(),
    )) as unknown as Excel.ChartCollection;
  }
  get comments(): Excel.CommentCollection {
    return (this.nav.comments ??= new FakeCommentCollection(this.ctx, this.store, () =>
      this.resolve(),
    )) as unknown as Excel.CommentCollection;
  }

  load(spec?: LoadSpec): Excel.Worksheet {
    return this.doLoad(spec) as unknown as Excel.Worksheet;
  }
}

type CollectionMembers =
  "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "getFirst" | "load" | "context";

export class FakeWorksheetCollection
  extends FakeCollection<SheetModel, FakeWorksheet>
  implements Pick<Excel.WorksheetCollection, CollectionMembers>
{
  protected readonly typeName = "WorksheetCollection";
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
  ) {
    super(ctx);
  }
  protected list(): SheetModel[] {
    return this.store.model.sheets;
  }
  protected proxyFor(item: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.store, () => item);
  }

  add(name?: string): Excel.Worksheet {
    let created: SheetModel | null = null;
    this.ctx.enqueue({
      name: "WorksheetCollection.add",
      payload: name ?? null,
      mutates: true,
      exec: () => ((created = this.store.addSheet(name)), 0),
    });
    return new FakeWorksheet(this.ctx, this.store, () => created).via(this, "add", [
      name ?? null,
    ]) as unknown as Excel.Worksheet;
  }
  getItem(key: string): Excel.Worksheet {
    return new FakeWorksheet(this.ctx, this.store, () => this.byKey(key)).via(this, "getItem", [
      key,
    ]) as unknown as Excel.Worksheet;
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return new FakeWorksheet(this.ctx, this.store, () => this.byKey(key), true).via(
      this,
      "getItemOrNullObject",
      [key],
    ) as unknown as Excel.Worksheet;
  }
  getActiveWorksheet(): Excel.Worksheet {
    return new FakeWorksheet(
      this.ctx,
      this.store,
      () => this.store.sheetById(this.store.model.activeSheetId) ?? null,
    ).via(this, "getActiveWorksheet", []) as unknown as Excel.Worksheet;
  }
  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return new FakeWorksheet(
      this.ctx,
      this.store,
      () => this.store.model.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? null,
    ) as unknown as Excel.Worksheet;
  }
  /** getItem takes a name or an id. */
  private byKey(key: string): SheetModel | null {
    return this.store.sheetByName(key) ?? this.store.sheetById(key) ?? null;
  }
  load(spec?: LoadSpec): Excel.WorksheetCollection {
    return this.doLoad(spec) as unknown as Excel.WorksheetCollection;
  }
}
