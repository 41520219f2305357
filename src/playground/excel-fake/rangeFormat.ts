// Range.format, .font and .fill: cell formatting the adapters use (bold headers, fills, widths, autofit).
import { rectCols } from "./address";
import { displayText } from "./cells";
import type { FakeRequestContext } from "./context";
import { FakeObject, type LoadSpec } from "./proxy";
import type { Located } from "./range";
import type { WorkbookStore } from "./store";
import type { CellModel } from "./types";

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

type CellKey = "bold" | "italic" | "fontColor" | "fillColor" | "horizontalAlignment" | "wrapText";

/** The common value of a cell property over a range, or null when cells differ (as Excel reports). */
function common<T>(store: WorkbookStore, m: Located, key: CellKey, fallback: T): T | null {
  const cells = (m.rect.r1 - m.rect.r0 + 1) * rectCols(m.rect);
  let seen = 0;
  let value: T | undefined;
  let mixed = false;
  store.forEachCell(m.sheet, m.rect, (cell) => {
    const v = (cell[key] as T | undefined) ?? fallback;
    seen++;
    if (value === undefined) value = v;
    else if (v !== value) mixed = true;
  });
  if (mixed || (seen < cells && value !== undefined && value !== fallback)) return null;
  return value ?? fallback;
}

function setAll(store: WorkbookStore, m: Located, apply: (cell: CellModel) => void): void {
  for (let r = m.rect.r0; r <= m.rect.r1; r++)
    for (let c = m.rect.c0; c <= m.rect.c1; c++) apply(store.ensureCell(m.sheet, r, c));
  store.changed = true;
}

abstract class FormatPart extends FakeObject<Located> {
  constructor(
    ctx: FakeRequestContext,
    protected readonly store: WorkbookStore,
    private readonly locate: () => Located | null,
  ) {
    super(ctx);
  }
  protected find(): Located | null {
    return this.locate();
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  protected cellProp<T>(name: string, key: CellKey, value: T): void {
    this.setProp(name, value, (m) =>
      setAll(this.store, m, (cell) => ((cell as unknown as Record<string, T>)[key] = value)),
    );
  }
}

export class FakeRangeFont
  extends FormatPart
  implements Pick<Excel.RangeFont, "bold" | "italic" | "color" | "load">
{
  protected readonly typeName = "RangeFont";
  protected readonly scalars: Record<string, (m: Located) => unknown> = {
    bold: (m) => common(this.store, m, "bold", false),
    italic: (m) => common(this.store, m, "italic", false),
    color: (m) => common(this.store, m, "fontColor", "#000000"),
  };
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.cellProp("bold", "bold", v);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.cellProp("italic", "italic", v);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.cellProp("color", "fontColor", v);
  }
  load(spec?: LoadSpec): Excel.RangeFont {
    return this.doLoad(spec) as unknown as Excel.RangeFont;
  }
}

export class FakeRangeFill extends FormatPart implements Pick<Excel.RangeFill, "color" | "clear" | "load"> {
  protected readonly typeName = "RangeFill";
  protected readonly scalars: Record<string, (m: Located) => unknown> = {
    color: (m) => common(this.store, m, "fillColor", "#FFFFFF"),
  };
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.cellProp("color", "fillColor", v);
  }
  clear(): void {
    this.enqueue("clear", undefined, (m) =>
      this.store.forEachCell(m.sheet, m.rect, (cell) => delete cell.fillColor),
    );
  }
  load(spec?: LoadSpec): Excel.RangeFill {
    return this.doLoad(spec) as unknown as Excel.RangeFill;
  }
}

type FormatMembers =
  | "font"
  | "fill"
  | "columnWidth"
  | "rowHeight"
  | "wrapText"
  | "horizontalAlignment"
  | "autofitColumns"
  | "autofitRows"
  | "load";

export class FakeRangeFormat extends FormatPart implements Pick<Excel.RangeFormat, FormatMembers> {
  protected readonly typeName = "RangeFormat";
  private fontProxy?: FakeRangeFont;
  private fillProxy?: FakeRangeFill;
  protected readonly scalars: Record<string, (m: Located) => unknown> = {
    columnWidth: (m) => {
      const widths = new Set<number>();
      for (let c = m.rect.c0; c <= m.rect.c1 && widths.size < 2; c++)
        widths.add(m.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    },
    rowHeight: (m) => {
      const heights = new Set<number>();
      for (let r = m.rect.r0; r <= m.rect.r1 && heights.size < 2; r++)
        heights.add(m.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      return heights.size === 1 ? [...heights][0] : null;
    },
    wrapText: (m) => common(this.store, m, "wrapText", false),
    horizontalAlignment: (m) => common(this.store, m, "horizontalAlignment", "General"),
  };
  protected override navigation(): Record<string, FakeObject<unknown>> {
    return {
      font: this.font as unknown as FakeObject<unknown>,
      fill: this.fill as unknown as FakeObject<unknown>,
    };
  }
  get font(): Excel.RangeFont {
    this.fontProxy ??= new FakeRangeFont(this.ctx, this.store, () => this.resolve()).via(
      this,
      "font",
      undefined,
      "property",
    );
    return this.fontProxy as unknown as Excel.RangeFont;
  }
  get fill(): Excel.RangeFill {
    this.fillProxy ??= new FakeRangeFill(this.ctx, this.store, () => this.resolve()).via(
      this,
      "fill",
      undefined,
      "property",
    );
    return this.fillProxy as unknown as Excel.RangeFill;
  }
  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(v: number) {
    this.setProp("columnWidth", v, (m) => {
      for (let c = m.rect.c0; c <= m.rect.c1; c++) m.sheet.columnWidths.set(c, v);
      this.store.changed = true;
    });
  }
  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(v: number) {
    this.setProp("rowHeight", v, (m) => {
      for (let r = m.rect.r0; r <= m.rect.r1; r++) m.sheet.rowHeights.set(r, v);
      this.store.changed = true;
    });
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.cellProp("wrapText", "wrapText", v);
  }
  get horizontalAlignment():
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed" {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(
    v:
      | Excel.HorizontalAlignment
      | "General"
      | "Left"
      | "Center"
      | "Right"
      | "Fill"
      | "Justify"
      | "CenterAcrossSelection"
      | "Distributed",
  ) {
    this.cellProp("horizontalAlignment", "horizontalAlignment", v);
  }
  /** Records the call and sizes columns to their longest displayed text (about 7 pt a character). */
  autofitColumns(): void {
    this.enqueue("autofitColumns", undefined, (m) => {
      m.sheet.autofitColumns.push(this.store.address(m.sheet, m.rect));
      const longest = new Map<number, number>();
      this.store.forEachCell(m.sheet, m.rect, (cell, _r, c) =>
        longest.set(
          c,
          Math.max(
            longest.get(c) ?? 0,
            [...displayText(cell)].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0),
          ),
        ),
      );
      for (const [c, chars] of longest)
        m.sheet.columnWidths.set(c, Math.min(409, Math.max(DEFAULT_COLUMN_WIDTH / 2, chars * 5.5 + 6)));
      this.store.changed = true;
    });
  }
  autofitRows(): void {
    this.enqueue("autofitRows", undefined, () => undefined);
  }
  load(spec?: LoadSpec): Excel.RangeFormat {
    return this.doLoad(spec) as unknown as Excel.RangeFormat;
  }
}
