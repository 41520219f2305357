// Excel.Range over the model. Typed against @types/office-js: members we implement must match Excel's.
import { MAX_COLS, MAX_ROWS, formatRef, parseRef, rectCols, rectRows, splitSheet } from "./address";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeObject, type LoadSpec } from "./proxy";
import { FakeRangeFormat } from "./rangeFormat";
import type { WorkbookStore } from "./store";
import type { Rect, SheetModel } from "./types";
// Circular with worksheet.ts; both only use each other inside methods.
import { FakeWorksheet } from "./worksheet";

export interface Located {
  sheet: SheetModel;
  rect: Rect;
}

type RangeMembers =
  | "values"
  | "formulas"
  | "formulasLocal"
  | "numberFormat"
  | "text"
  | "valueTypes"
  | "address"
  | "addressLocal"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "cellCount"
  | "load"
  | "getCell"
  | "getResizedRange"
  | "getOffsetRange"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "clear"
  | "select"
  | "format"
  | "worksheet"
  | "isNullObject"
  | "context"
  | "track"
  | "untrack"
  | "getSpillingToRangeOrNullObject"
  | "getSpillParentOrNullObject"
  | "hasSpill";

export function checkedRect(rect: Rect): Rect {
  if (
    rect.r0 < 0 ||
    rect.c0 < 0 ||
    rect.r1 >= MAX_ROWS ||
    rect.c1 >= MAX_COLS ||
    rect.r1 < rect.r0 ||
    rect.c1 < rect.c0
  )
    throw invalidArgument(
      `The range is outside the worksheet (rows ${rect.r0}-${rect.r1}, columns ${rect.c0}-${rect.c1}).`,
    );
  return rect;
}

/**
 * Entire columns ("A:F", "C:C") or entire rows ("2:2", "1:4"), the whole sheet included. office-js-docs-pr
 * docs/excel/excel-add-ins-ranges-unbounded.md ("Read or write to an unbounded range"): cell-level properties
 * (values, text, numberFormat, formulas) "come back as null for unbounded reads"; "You can't set cell-level
 * properties on an unbounded range. This returns an error." A range built by indexes that spans every row
 * (getRangeByIndexes(0, c, 1048576, 1)) is the same range as "C:C", so it counts too.
 */
export function isUnbounded(rect: Rect): boolean {
  return (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) || (rect.c0 === 0 && rect.c1 === MAX_COLS - 1);
}

/** Cell-level reads of an unbounded range are null (see isUnbounded). */
function cellLevel<T>(read: (m: Located) => T): (m: Located) => T | null {
  return (m) => (isUnbounded(m.rect) ? null : read(m));
}

/**
 * Writing values / formulas / numberFormat to an unbounded range fails (same page). The docs do not name the
 * error code; we use InvalidArgument, the code Excel uses for arguments it cannot apply to a range.
 */
function assertBounded(m: Located, what: string): void {
  if (isUnbounded(m.rect))
    throw invalidArgument(
      `Cannot set ${what} on the unbounded range ${formatRef(m.rect)} (entire rows or columns); narrow it first, e.g. with getUsedRange().`,
      `Range.${what}`,
    );
}

/** Resolves an A1 address on a sheet; a sheet prefix must name that sheet. */
export function rectOnSheet(store: WorkbookStore, sheet: SheetModel, address: string): Rect {
  const { sheet: named, ref } = splitSheet(address);
  if (named !== undefined && store.sheetByName(named)?.id !== sheet.id)
    throw invalidArgument(`The address '${address}' is not on sheet '${sheet.name}'.`);
  const rect = parseRef(ref);
  if (!rect) throw invalidArgument(`'${address}' is not a valid A1 address.`);
  return rect;
}

export class FakeRange extends FakeObject<Located> implements Pick<Excel.Range, RangeMembers> {
  protected readonly typeName = "Range";
  protected readonly scalars: Record<string, (m: Located) => unknown> = {
    values: cellLevel((m) => this.store.readValues(m.sheet, m.rect)),
    formulas: cellLevel((m) => this.store.readFormulas(m.sheet, m.rect)),
    // The fake has one locale whose evaluator knows both the ids and the Japanese names (functions-ja.json),
    // so the user's-language form (formulasLocal, ExcelApi 1.1) is the same text as formulas.
    formulasLocal: cellLevel((m) => this.store.readFormulas(m.sheet, m.rect)),
    numberFormat: cellLevel((m) => this.store.readNumberFormats(m.sheet, m.rect)),
    text: cellLevel((m) => this.store.readText(m.sheet, m.rect)),
    valueTypes: cellLevel((m) => this.store.readValueTypes(m.sheet, m.rect)),
    address: (m) => this.store.address(m.sheet, m.rect),
    addressLocal: (m) => this.store.address(m.sheet, m.rect),
    rowCount: (m) => rectRows(m.rect),
    columnCount: (m) => rectCols(m.rect),
    rowIndex: (m) => m.rect.r0,
    columnIndex: (m) => m.rect.c0,
    cellCount: (m) => rectRows(m.rect) * rectCols(m.rect),
    hasSpill: (m) => this.store.hasSpill(m.sheet, m.rect),
  };
  private formatProxy?: FakeRangeFormat;

  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locate: () => Located | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }

  protected find(): Located | null {
    return this.locate();
  }

  protected override navigation(): Record<string, FakeObject<unknown>> {
    return { format: this.format as unknown as FakeObject<unknown> };
  }

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }

  private derive(f: (m: Located) => Rect, method: string, args: unknown[]): Excel.Range {
    return new FakeRange(this.ctx, this.store, () => {
      const m = this.resolve();
      return m && { sheet: m.sheet, rect: checkedRect(f(m)) };
    }).via(this, method, args) as unknown as Excel.Range;
  }

  get values(): Excel.Range["values"] {
    return this.prop("values");
  }
  set values(v: Excel.Range["values"]) {
    this.setProp("values", v, (m, x) => {
      assertBounded(m, "values");
      this.store.write(m.sheet, m.rect, x, "values");
    });
  }
  get formulas(): Excel.Range["formulas"] {
    return this.prop("formulas");
  }
  set formulas(v: Excel.Range["formulas"]) {
    this.setProp("formulas", v, (m, x) => {
      assertBounded(m, "formulas");
      this.store.write(m.sheet, m.rect, x, "formulas");
    });
  }
  get formulasLocal(): Excel.Range["formulasLocal"] {
    return this.prop("formulasLocal");
  }
  set formulasLocal(v: Excel.Range["formulasLocal"]) {
    this.setProp("formulasLocal", v, (m, x) => {
      assertBounded(m, "formulasLocal");
      this.store.write(m.sheet, m.rect, x, "formulas");
    });
  }
  get numberFormat(): Excel.Range["numberFormat"] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: Excel.Range["numberFormat"]) {
    this.setProp("numberFormat", v, (m, x) => {
      assertBounded(m, "numberFormat");
      this.store.write(m.sheet, m.rect, x, "numberFormat");
    });
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.prop("valueTypes");
  }
  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  /** ExcelApi 1.12: true when every cell is in a spill range, false when none is, null when mixed. */
  get hasSpill(): boolean {
    return this.prop("hasSpill");
  }

  get format(): Excel.RangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.ctx, this.store, () => this.resolve()).via(
      this,
      "format",
      undefined,
      "property",
    );
    return this.formatProxy as unknown as Excel.RangeFormat;
  }

  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(
      this.ctx,
      this.store,
      () => this.resolve()?.sheet ?? null,
    ) as unknown as Excel.Worksheet;
  }

  load(spec?: LoadSpec): Excel.Range {
    return this.doLoad(spec) as unknown as Excel.Range;
  }

  getCell(row: number, column: number): Excel.Range {
    return this.derive(
      ({ rect }) => ({
        r0: rect.r0 + row,
        c0: rect.c0 + column,
        r1: rect.r0 + row,
        c1: rect.c0 + column,
      }),
      "getCell",
      [row, column],
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derive(
      ({ rect }) => ({ ...rect, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaColumns }),
      "getResizedRange",
      [deltaRows, deltaColumns],
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derive(
      ({ rect }) => ({
        r0: rect.r0 + rowOffset,
        c0: rect.c0 + columnOffset,
        r1: rect.r1 + rowOffset,
        c1: rect.c1 + columnOffset,
      }),
      "getOffsetRange",
      [rowOffset, columnOffset],
    );
  }
  getRow(row: number): Excel.Range {
    return this.derive(({ rect }) => ({ ...rect, r0: rect.r0 + row, r1: rect.r0 + row }), "getRow", [row]);
  }
  getColumn(column: number): Excel.Range {
    return this.derive(({ rect }) => ({ ...rect, c0: rect.c0 + column, c1: rect.c0 + column }), "getColumn", [
      column,
    ]);
  }
  getLastRow(): Excel.Range {
    return this.derive(({ rect }) => ({ ...rect, r0: rect.r1 }), "getLastRow", []);
  }

  /**
   * Range.getUsedRange: "If there are no used cells within the range, this function will throw an
   * ItemNotFound error"; the OrNullObject variant returns a null object instead (@types/office-js,
   * Excel.Range.getUsedRange / getUsedRangeOrNullObject, ExcelApi 1.1 / 1.4). Worksheet.getUsedRange
   * differs: on a blank sheet it returns the top-left cell (see worksheet.ts).
   */
  usedRange(valuesOnly: boolean, whenEmpty: "error" | "null" | "topLeft"): FakeRange {
    return new FakeRange(
      this.ctx,
      this.store,
      () => {
        const m = this.resolve();
        if (!m) return null;
        const u = this.store.usedRect(m.sheet, valuesOnly);
        const r = u && {
          r0: Math.max(u.r0, m.rect.r0),
          c0: Math.max(u.c0, m.rect.c0),
          r1: Math.min(u.r1, m.rect.r1),
          c1: Math.min(u.c1, m.rect.c1),
        };
        if (r && r.r0 <= r.r1 && r.c0 <= r.c1) return { sheet: m.sheet, rect: r };
        if (whenEmpty === "null") return null;
        if (whenEmpty === "error")
          throw itemNotFound(
            `There are no used cells in ${formatRef(m.rect)}; use getUsedRangeOrNullObject() when that can happen.`,
            "Range.getUsedRange",
          );
        return { sheet: m.sheet, rect: { r0: m.rect.r0, c0: m.rect.c0, r1: m.rect.r0, c1: m.rect.c0 } };
      },
      whenEmpty === "null",
    );
  }
  /**
   * ExcelApi 1.12: the range a dynamic-array formula in this (single) cell spills into, anchor included;
   * a null object when the cell does not spill. Multi-cell ranges fail, as in Excel.
   */
  getSpillingToRangeOrNullObject(): Excel.Range {
    return this.spill((m) => this.store.spillRect(m.sheet, m.rect.r0, m.rect.c0));
  }
  /** ExcelApi 1.12: the anchor cell of the spill this (single) cell is part of; a null object otherwise. */
  getSpillParentOrNullObject(): Excel.Range {
    return this.spill((m) => {
      const anchor = this.store.spillAnchor(m.sheet, m.rect.r0, m.rect.c0);
      return anchor && { r0: anchor.row, c0: anchor.col, r1: anchor.row, c1: anchor.col };
    });
  }
  private spill(find: (m: Located) => Rect | null): Excel.Range {
    return new FakeRange(
      this.ctx,
      this.store,
      () => {
        const m = this.resolve();
        if (!m) return null;
        if (rectRows(m.rect) * rectCols(m.rect) !== 1)
          throw invalidArgument("The spill methods take a single cell.");
        const r = find(m);
        return r && { sheet: m.sheet, rect: r };
      },
      true,
    ) as unknown as Excel.Range;
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.usedRange(valuesOnly === true, "error").via(this, "getUsedRange", [
      valuesOnly ?? null,
    ]) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.usedRange(valuesOnly === true, "null").via(this, "getUsedRangeOrNullObject", [
      valuesOnly ?? null,
    ]) as unknown as Excel.Range;
  }

  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents",
  ): void {
    this.enqueue("clear", applyTo ?? "All", (m) => this.store.clear(m.sheet, m.rect, applyTo ?? "All"));
  }

  select(): void {
    this.enqueue("select", undefined, (m) => {
      this.store.model.activeSheetId = m.sheet.id;
      this.store.model.selection = { sheetId: m.sheet.id, rect: { ...m.rect } };
      this.store.changed = true;
    });
  }

  override track(): Excel.Range & this {
    return this as unknown as Excel.Range & this;
  }
  override untrack(): Excel.Range & this {
    return this as unknown as Excel.Range & this;
  }

  /** A1 reference without the sheet, for messages. */
  static ref(rect: Rect): string {
    return formatRef(rect);
  }
}
