// Excel.Workbook and Excel.Application proxies.
import { FakeCommentCollection } from "./comments";
import type { FakeRequestContext } from "./context";
import { FakeCustomXmlPartCollection } from "./customXml";
import { invalidArgument } from "./errors";
import { FakeObject, type LoadSpec } from "./proxy";
import { FakeRange } from "./range";
import { requireApi } from "./requirements";
import { FakeSettingCollection } from "./settings";
import type { WorkbookStore } from "./store";
import { FakeTableCollection } from "./tableProxy";
import type { WorkbookModel } from "./types";
import { FakeWorksheetCollection } from "./worksheet";

/** What Application calls need from the engine. */
export interface ApplicationHooks {
  suspendScreenUpdating(): void;
  suspendApiCalculation(): void;
  calculate(): void;
}

type CalculationMode = Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual";

export class FakeApplication
  extends FakeObject<WorkbookModel>
  implements
    Pick<
      Excel.Application,
      | "calculationMode"
      | "suspendScreenUpdatingUntilNextSync"
      | "suspendApiCalculationUntilNextSync"
      | "calculate"
      | "load"
      | "context"
    >
{
  protected readonly typeName = "Application";
  protected readonly scalars: Record<string, (m: WorkbookModel) => unknown> = {
    calculationMode: (m) => m.calculationMode,
  };
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    private readonly hooks: ApplicationHooks,
  ) {
    super(ctx);
  }
  protected find(): WorkbookModel {
    return this.store.model;
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  get calculationMode(): CalculationMode {
    return this.prop("calculationMode");
  }
  set calculationMode(v: CalculationMode) {
    this.setProp("calculationMode", v, (m) => {
      if (v !== "Automatic" && v !== "AutomaticExceptTables" && v !== "Manual")
        throw invalidArgument(`'${v}' is not a calculation mode.`);
      m.calculationMode = v;
      if (v !== "Manual") this.store.cellsDirty = true;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.enqueue(
      "suspendScreenUpdatingUntilNextSync",
      undefined,
      () => {
        requireApi("ExcelApi", "1.9", "Application.suspendScreenUpdatingUntilNextSync");
        this.hooks.suspendScreenUpdating();
      },
      false,
    );
  }
  suspendApiCalculationUntilNextSync(): void {
    this.enqueue(
      "suspendApiCalculationUntilNextSync",
      undefined,
      () => {
        requireApi("ExcelApi", "1.6", "Application.suspendApiCalculationUntilNextSync");
        this.hooks.suspendApiCalculation();
      },
      false,
    );
  }
  calculate(_calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.enqueue("calculate", undefined, () => this.hooks.calculate());
  }
  load(spec?: LoadSpec): Excel.Application {
    return this.doLoad(spec) as unknown as Excel.Application;
  }
}

type WorkbookMembers =
  | "worksheets"
  | "tables"
  | "settings"
  | "customXmlParts"
  | "comments"
  | "application"
  | "name"
  | "getSelectedRange"
  | "getActiveCell"
  | "load"
  | "context";

export class FakeWorkbook extends FakeObject<WorkbookModel> implements Pick<Excel.Workbook, WorkbookMembers> {
  protected readonly typeName = "Workbook";
  protected readonly scalars: Record<string, (m: WorkbookModel) => unknown> = { name: () => "Book1.xlsx" };
  /** Office.js hands out the same navigation object each time, so items loaded on it stay readable. */
  private readonly nav: Record<string, unknown> = {};
  constructor(
    ctx: FakeRequestContext,
    readonly store: WorkbookStore,
    readonly application: Excel.Application,
  ) {
    super(ctx);
  }
  protected find(): WorkbookModel {
    return this.store.model;
  }
  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }
  get name(): string {
    return this.prop("name");
  }
  get worksheets(): Excel.WorksheetCollection {
    return (this.nav.worksheets ??= new FakeWorksheetCollection(this.ctx, this.store).via(
      this,
      "worksheets",
      undefined,
      "property",
    )) as unknown as Excel.WorksheetCollection;
  }
  get tables(): Excel.TableCollection {
    return (this.nav.tables ??= new FakeTableCollection(this.ctx, this.store, null).via(
      this,
      "tables",
      undefined,
      "property",
    )) as unknown as Excel.TableCollection;
  }
  get settings(): Excel.SettingCollection {
    return (this.nav.settings ??= new FakeSettingCollection(this.ctx, this.store).via(
      this,
      "settings",
      undefined,
      "property",
    )) as unknown as Excel.SettingCollection;
  }
  get customXmlParts(): Excel.CustomXmlPartCollection {
    return (this.nav.customXmlParts ??= new FakeCustomXmlPartCollection(this.ctx, this.store).via(
      this,
      "customXmlParts",
      undefined,
      "property",
    )) as unknown as Excel.CustomXmlPartCollection;
  }
  get comments(): Excel.CommentCollection {
    return (this.nav.comments ??= new FakeCommentCollection(this.ctx, this.store, null).via(
      this,
      "comments",
      undefined,
      "property",
    )) as unknown as Excel.CommentCollection;
  }
  getSelectedRange(): Excel.Range {
    return new FakeRange(this.ctx, this.store, () => {
      const sel = this.store.model.selection;
      const sheet = this.store.sheetById(sel.sheetId);
      return sheet ? { sheet, rect: { ...sel.rect } } : null;
    }).via(this, "getSelectedRange") as unknown as Excel.Range;
  }
  getActiveCell(): Excel.Range {
    return new FakeRange(this.ctx, this.store, () => {
      const sel = this.store.model.selection;
      const sheet = this.store.sheetById(sel.sheetId);
      return sheet
        ? { sheet, rect: { r0: sel.rect.r0, c0: sel.rect.c0, r1: sel.rect.r0, c1: sel.rect.c0 } }
        : null;
    }).via(this, "getActiveCell") as unknown as Excel.Range;
  }
  load(spec?: LoadSpec): Excel.Workbook {
    return this.doLoad(spec) as unknown as Excel.Workbook;
  }
}
