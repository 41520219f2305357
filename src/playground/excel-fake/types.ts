// The plain, inspectable model behind the fake Excel: what tests assert on and the playground grid draws.

/** What a cell holds after calculation. Blank is "". */
export type CellValue = number | string | boolean | "";

export interface EvalError {
  /** Excel error code as displayed, e.g. "#VALUE!". */
  error: string;
  message?: string;
}

/** A formula result: one value, a matrix that spills right/down, or an error. */
export type EvalResult = CellValue | (CellValue | EvalError)[][] | EvalError;

export interface CellAt {
  sheet: string;
  row: number;
  col: number;
}

export interface CellReader {
  cell(sheet: string, row: number, col: number): CellValue;
  /** Values of an A1 range on a sheet ("A1:B3"; a sheet-qualified address overrides `sheet`). */
  range(sheet: string, a1: string): CellValue[][];
}

/** Supplied by the playground: parses and evaluates `=SME.X(...)` and friends. */
export type FormulaEvaluator = (
  formula: string,
  at: CellAt,
  read: CellReader,
) => EvalResult | Promise<EvalResult>;

export interface CellModel {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** Message of an error value (value holds the code), for a tooltip. */
  errorMessage?: string;
  /** "row,col" of the formula whose array result spilled into this cell. */
  spillOrigin?: string;
  /** The text was written with Excel's leading-apostrophe text marker. */
  textPrefix?: boolean;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fillColor?: string;
  horizontalAlignment?: string;
  wrapText?: boolean;
}

/** Zero-based, inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  sheetId: string;
  chartType: string;
  /** Source data address, sheet-qualified. */
  source: string;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface CommentModel {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  authorName: string;
  resolved: boolean;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Sparse rows of sparse cells: rows[r][c]. */
  rows: (CellModel | undefined)[][];
  /** Column widths in points, only where set. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Addresses on which autofitColumns() was called, in order. */
  autofitColumns: string[];
  freezeRows: number;
}

export interface CustomXmlPartModel {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface WorkbookModel {
  /** In tab order. */
  sheets: SheetModel[];
  activeSheetId: string;
  tables: TableModel[];
  charts: ChartModel[];
  comments: CommentModel[];
  /** workbook.settings: values are JSON-cloned. */
  settings: Map<string, unknown>;
  customXmlParts: CustomXmlPartModel[];
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
  selection: { sheetId: string; rect: Rect };
}

export interface FakeStats {
  /** context.sync() calls, including the implicit one when run() ends with queued work. */
  syncs: number;
  /** Estimated request bytes over all syncs (rejected ones included). */
  totalBytes: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Queued operations sent (loads, property sets, method calls). */
  operations: number;
  rejectedSyncs: number;
  runs: number;
  screenUpdatingSuspensions: number;
  apiCalculationSuspensions: number;
  recalculations: number;
}

export type ChangeReason = "sync" | "recalc";
export interface ChangeEvent {
  reason: ChangeReason;
}
