// Excel.Chart, ChartTitle and ChartCollection.
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { addChart } from "./objects";
import { FakeCollection, FakeObject, type LoadSpec } from "./proxy";
import { locateArg } from "./tableProxy";
import type { WorkbookStore } from "./store";
import type { ChartModel, SheetModel } from "./types";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./rangeFormat";

abstract class ChartPart extends FakeObject<ChartModel> {
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locate: () => ChartModel | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected find(): ChartModel | null {
    return this.locate();
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
}

export class FakeChartTitle extends ChartPart implements Pick<Excel.ChartTitle, "text" | "visible" | "load"> {
  protected readonly typeName = "ChartTitle";
  protected readonly scalars: Record<string, (m: ChartModel) => unknown> = {
    text: (m) => m.title,
    visible: (m) => m.titleVisible,
  };
  get text(): string {
    return this.prop("text");
  }
  set text(v: string) {
    this.setProp("text", v, (m) => {
      m.title = v;
      m.titleVisible = true;
      this.store.changed = true;
    });
  }
  get visible(): boolean {
    return this.prop("visible");
  }
  set visible(v: boolean) {
    this.setProp("visible", v, (m) => {
      m.titleVisible = v;
      this.store.changed = true;
    });
  }
  load(spec?: LoadSpec): Excel.ChartTitle {
    return this.doLoad(spec) as unknown as Excel.ChartTitle;
  }
}

type ChartMembers =
  | "name"
  | "id"
  | "chartType"
  | "title"
  | "top"
  | "left"
  | "width"
  | "height"
  | "setPosition"
  | "delete"
  | "load"
  | "context"
  | "isNullObject";

export class FakeChart extends ChartPart implements Pick<Excel.Chart, ChartMembers> {
  protected readonly typeName = "Chart";
  protected readonly scalars: Record<string, (m: ChartModel) => unknown> = {
    name: (m) => m.name,
    id: (m) => m.id,
    chartType: (m) => m.chartType,
    top: (m) => m.top,
    left: (m) => m.left,
    width: (m) => m.width,
    height: (m) => m.height,
  };
  private titleProxy?: FakeChartTitle;
  protected override navigation(): Record<string, FakeObject<unknown>> {
    return { title: this.title as unknown as FakeObject<unknown> };
  }
  get title(): Excel.ChartTitle {
    this.titleProxy ??= new FakeChartTitle(this.ctx, this.store, () => this.resolve());
    return this.titleProxy as unknown as Excel.ChartTitle;
  }
  private num(name: "top" | "left" | "width" | "height", v: number): void {
    this.setProp(name, v, (m) => {
      m[name] = v;
      this.store.changed = true;
    });
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (m) => {
      m.name = v;
      this.store.changed = true;
    });
  }
  get id(): string {
    return this.prop("id");
  }
  get chartType(): Excel.Chart["chartType"] {
    return this.prop("chartType");
  }
  set chartType(v: Excel.Chart["chartType"]) {
    this.setProp("chartType", v, (m) => {
      m.chartType = v;
      this.store.changed = true;
    });
  }
  get top(): number {
    return this.prop("top");
  }
  set top(v: number) {
    this.num("top", v);
  }
  get left(): number {
    return this.prop("left");
  }
  set left(v: number) {
    this.num("left", v);
  }
  get width(): number {
    return this.prop("width");
  }
  set width(v: number) {
    this.num("width", v);
  }
  get height(): number {
    return this.prop("height");
  }
  set height(v: number) {
    this.num("height", v);
  }
  /** Places the chart over cells, using default column widths and row heights. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.enqueue("setPosition", [typeof startCell === "string" ? startCell : "range"], (m) => {
      const sheet = this.store.sheetById(m.sheetId) ?? null;
      const a = locateArg(this.store, startCell, sheet).rect;
      m.top = a.r0 * DEFAULT_ROW_HEIGHT;
      m.left = a.c0 * DEFAULT_COLUMN_WIDTH;
      if (endCell !== undefined) {
        const b = locateArg(this.store, endCell, sheet).rect;
        m.width = (b.c1 - a.c0 + 1) * DEFAULT_COLUMN_WIDTH;
        m.height = (b.r1 - a.r0 + 1) * DEFAULT_ROW_HEIGHT;
      }
      this.store.changed = true;
    });
  }
  delete(): void {
    this.enqueue("delete", undefined, (m) => {
      this.store.model.charts = this.store.model.charts.filter((c) => c.id !== m.id);
      this.store.changed = true;
    });
  }
  load(spec?: LoadSpec): Excel.Chart {
    return this.doLoad(spec) as unknown as Excel.Chart;
  }
}

export class FakeChartCollection
  extends FakeCollection<ChartModel, FakeChart>
  implements Pick<Excel.ChartCollection, "add" | "getItem" | "getItemOrNullObject" | "load" | "context">
{
  protected readonly typeName = "ChartCollection";
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly locateSheet: () => SheetModel | null,
  ) {
    super(ctx);
  }
  private sheet(): SheetModel {
    const s = this.locateSheet();
    if (!s) throw itemNotFound("Worksheet does not exist");
    return s;
  }
  protected list(): ChartModel[] {
    const sheet = this.sheet();
    return this.store.model.charts.filter((c) => c.sheetId === sheet.id);
  }
  protected proxyFor(item: ChartModel): FakeChart {
    return new FakeChart(this.ctx, this.store, () => item);
  }
  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): Excel.Chart {
    let created: ChartModel | null = null;
    this.ctx.enqueue({
      name: "ChartCollection.add",
      payload: [type, seriesBy ?? "Auto"],
      mutates: true,
      exec: () => {
        const source = locateArg(this.store, sourceData, this.sheet());
        if (typeof type !== "string") throw invalidArgument("Chart type must be text.");
        created = addChart(this.store, this.sheet(), type, source.rect, seriesBy ?? "Auto");
        if (source.sheet.id !== this.sheet().id)
          created.source = this.store.address(source.sheet, source.rect);
        return 0;
      },
    });
    return new FakeChart(this.ctx, this.store, () => created) as unknown as Excel.Chart;
  }
  getItem(name: string): Excel.Chart {
    return new FakeChart(
      this.ctx,
      this.store,
      () => this.list().find((c) => c.name === name) ?? null,
    ) as unknown as Excel.Chart;
  }
  getItemOrNullObject(name: string): Excel.Chart {
    return new FakeChart(
      this.ctx,
      this.store,
      () => this.list().find((c) => c.name === name) ?? null,
      true,
    ) as unknown as Excel.Chart;
  }
  load(spec?: LoadSpec): Excel.ChartCollection {
    return this.doLoad(spec) as unknown as Excel.ChartCollection;
  }
}
