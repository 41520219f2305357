// Everything the task pane does outside React: network, workbook, settings storage.
// Components receive a TaskpaneActions object as a prop (cf. OfficeDev/Office-Addin-TaskPane-React,
// where TextInsertion receives insertText), so they render and are tested without Office.
// createActions.ts builds the real one; tests and the playground pass their own.
import type { DimensionMeta, MarkerInfo, SourceKind } from "../core/stats/table/types";
import type { CheckItem, SelfCheckReport } from "../excel/selfCheck";

export type { SourceKind };
export type Lang = "ja" | "en";

/** A table at a source: statsDataId, SDMX dataflow, or offline pack id. */
export interface TableRef {
  source: SourceKind;
  id: string;
}

export interface SearchOptions {
  sources: SourceKind[];
  signal?: AbortSignal;
}

export interface SearchResult {
  ref: TableRef;
  title: string;
  /** 統計名 / survey or dataflow name. */
  survey?: string;
  /** Period covered or survey date, as the source writes it. */
  period?: string;
  /** The source's own update date. */
  updated?: string;
  /** Offline pack: verified / secondary / assumption. */
  status?: string;
}

/**
 * What one source's search did, so the pane can say it instead of silently leaving a source out:
 * ok (with its count, 0 included), notConfigured (e-Stat without an appId: nothing was sent),
 * authFailed (e-Stat STATUS 100), networkError, budget (OECD downloads used up: the catalogue still
 * answers, opening a table waits until resetAt), error (anything else).
 */
export interface SourceStatus {
  source: SourceKind;
  state: "ok" | "notConfigured" | "authFailed" | "networkError" | "budget" | "error";
  count: number;
  error?: unknown;
  /** budget: when downloads are possible again (ISO time). */
  resetAt?: string;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** One entry per searched source, in the order asked. */
  sources: SourceStatus[];
}

export interface TableInfo {
  ref: TableRef;
  title: string;
  survey?: string;
  organization?: string;
  updated?: string;
  period?: string;
  /** Offline pack status of the figures. */
  status?: string;
  /** Free-text notes and explanations (e-Stat 解説, OECD notes, the pack series' note), shown as plain text. */
  notes: string[];
  /** The load writes a per-row annotation column (offline pack: each figure's status and sources). */
  annotationColumn?: boolean;
  /** Source pages (offline pack), shown as a short list of links; `label` is the pack's description. */
  sources?: { url: string; label?: string }[];
  markers?: MarkerInfo[];
  dimensions: DimensionMeta[];
  /** Data rows of the whole table when known (e-Stat TOTAL_NUMBER); otherwise the product of code counts. */
  totalRows?: number;
  /** The source names dimensions and codes in English only (OECD): the Japanese pane says 「英語のみ」. */
  labelsEnglishOnly?: boolean;
  /** Id of a time dimension whose codes arrive only with the data (OECD's TIME_PERIOD), so not in `dimensions`. */
  timeDimension?: string;
  sourceUrl?: string;
}

/** Wide: `columns` holds the one dimension whose codes go across (time by default); `rows` the others. */
export type Layout = { kind: "long" } | { kind: "wide"; rows: string[]; columns: string[] };

/** What to fetch and how to shape it. */
export interface LoadRequest {
  ref: TableRef;
  title: string;
  /** Selected codes per dimension id; a missing dimension means all codes. */
  filters: Record<string, string[]>;
  /** Hierarchy level chosen per dimension (e-Stat lv<Dim>), when the user picked one. */
  levels?: Record<string, number>;
  layout: Layout;
  /** Dimension columns: labels, codes, or a code column and a label column (scripts and joins use codes). */
  labels: "label" | "code" | "both";
  labelLang: Lang;
  /**
   * Language of the column headers the user reads (時間軸コード, 単位, 値 / … Unit, Value): the pane's
   * language when the table was set up. Absent (older stored queries): labelLang.
   */
  headerLang?: Lang;
}

export interface PreviewResult {
  header: string[];
  rows: (string | number | null)[][];
  /** Rows the full load would write, when known. */
  totalRows?: number;
}

export type Destination = { kind: "newSheet"; sheetName: string } | { kind: "selection" };

export interface LoadProgress {
  phase: "fetch" | "transform" | "write";
  /**
   * false when this load downloads nothing (rows reused from the preview, or the offline pack): the
   * progress bar then spends nothing on a download phase.
   */
  download?: boolean;
  pages?: number;
  totalPages?: number;
  rows: number;
  totalRows?: number;
}

/** What a load would overwrite; the pane asks the user before anything is written. */
export interface OverwriteInfo {
  sheet: string;
  address: string;
  nonEmptyCells: number;
  /** A few of the values that would be lost, to make the dialog concrete. */
  sample?: string[];
}

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (p: LoadProgress) => void;
  /** Resolves true to overwrite, false to cancel the load (nothing written). */
  confirmOverwrite: (info: OverwriteInfo) => Promise<boolean>;
  /** Asked with the count when the selection needs many e-Stat requests; absent = refused. */
  confirmRequests?: (requests: number) => Promise<boolean>;
}

export interface LoadResult {
  /** false when the user declined to overwrite: nothing was written. */
  written: boolean;
  tableName: string;
  sheetName: string;
  address: string;
  rows: number;
  columns: number;
  /** Problems found while shaping (bad cells), as data. */
  issues?: { code: string; message: string }[];
}

export interface StoredTableSummary {
  tableName: string;
  sheetName: string;
  title: string;
  source: SourceKind;
  id: string;
  retrievedAt: string;
  updated?: string;
}

export interface RefreshReport {
  tableName: string;
  /** The table's title as the pane lists it (the stored query's title); the report shows it, not tableName. */
  title?: string;
  /**
   * gone: the source moved or the table no longer exists; empty: the source returned no rows (e-Stat
   * STATUS 1, OECD NoRecordsFound). In both the old data stays.
   */
  status: "updated" | "unchanged" | "gone" | "empty" | "error";
  rowsAdded: number;
  rowsRemoved: number;
  cellsChanged: number;
  previousUpdated?: string;
  updated?: string;
  /** For gone/error: the error, shown with describeError. */
  error?: unknown;
}

export interface ChartRequest {
  tableName: string;
  /** table: every numeric column; series: the row (or column) holding the selected cell. */
  kind: "table" | "selectedSeries";
  title: string;
}

export interface Settings {
  /** e-Stat application ID; kept in the add-in's local storage only, never in the workbook. */
  appId: string;
  proxyBaseUrl: string;
  /** "auto" follows Office's display language. */
  language: "auto" | Lang;
}

export interface CacheInfo {
  entries: number;
  bytes: number;
}

export interface AppIdTestResult {
  ok: boolean;
  /** When not ok: the error, shown with describeError. */
  error?: unknown;
}

// ---- 補助金シミュレーター ----

export type ProgramKind = "gotech" | "grant";

export interface ProgramSummary {
  /** Id as SME.PROGRAMS lists it, e.g. `GOTECH-R7`, `MONO-19:高付加価値化枠`. */
  id: string;
  name: string;
  nameEn?: string;
  kind: ProgramKind;
  round?: string;
  /** Frames the user picks from (Go-Tech: 通常枠 / 出資獲得枠). */
  frames?: string[];
  /** Flags the programme accepts (小規模, 大幅賃上げ特例, …). */
  flags: string[];
  source?: string;
  status?: string;
  /**
   * The family the round belongs to (the first picker; its rounds are the second), e.g.
   * "SHORYOKU:一般型" or "GOTECH". Without it the entry is a family of its own.
   */
  family?: string;
  familyName?: string;
  familyNameEn?: string;
  /** 公募期間 in Japan time, e.g. "2026-11-05〜2026-12-15 17:00". */
  period?: string;
  /** Where today stands in the 公募期間. */
  roundStatus?: RoundStatusKind;
  /** The round the family means today (by date): preselected when the family is picked. */
  current?: boolean;
}

export type RoundStatusKind = "open" | "closed" | "upcoming" | "unknown";

export type ParticipantType = "中小企業者等" | "大学・公設試等" | "その他";

export interface ConsortiumMember {
  name: string;
  type: ParticipantType;
  /** Eligible cost per fiscal year, integer yen (1–3 years). */
  costs: number[];
  /** Three-year average taxable income, yen; SMEs only. */
  taxableIncome?: number;
}

export interface ApplicantInput {
  industry: string;
  /** 資本金, yen. */
  capital?: number;
  employees: number;
  flags: string[];
}

export type SubsidyInput =
  | {
      kind: "gotech";
      programId: string;
      frame: string;
      members: ConsortiumMember[];
      plannedInvestment?: number;
    }
  | {
      kind: "grant";
      programId: string;
      applicant: ApplicantInput;
      /** Eligible cost excl. tax, integer yen. */
      eligibleCost: number;
    };

export type RuleStatus = "verified" | "official-summary" | "secondary" | "assumption";

export interface Finding {
  code: string;
  message: string;
  messageEn?: string;
  /** Rule source: document, section, URL. */
  source?: string;
  /** The same with its status phrase in English ("checked in secondary sources"). */
  sourceEn?: string;
  status?: RuleStatus | string;
  /** ok findings explain which cap/rate applied; fail findings block or reduce the grant. */
  severity: "info" | "warning" | "error";
}

/** The 研究開発税制 calculator's inputs, as the live sheet holds them (yen; priorYears: blank = no such year). */
export interface RdTaxSheetInput {
  scheme: "general" | "sme";
  /** 事業年度開始日 YYYY-MM-DD. */
  fiscalYearStart: string;
  rdExpenses: number;
  /** 試験研究費 of the previous three fiscal years, latest first; null = the year did not exist. */
  priorYears: (number | null)[];
  averageSales: number | null;
  corporateTax: number;
}

export interface SubsidyResult {
  /** Grant in yen (Go-Tech: the consortium total). */
  total: number;
  /** Go-Tech: the consortium's subsidy per fiscal year after caps. */
  perYear?: number[];
  cap?: number;
  /** Display form of the rate, e.g. "2/3". */
  rate?: string;
  findings: Finding[];
}

export interface CalculationSheetResult {
  written: boolean;
  /** The sheet written (a new "補助金計算 (2)" when the user chose a new sheet). */
  sheetName: string;
}

/** What to do when the calculation sheet already has content (see src/excel/calculationSheet.ts). */
export type SheetChoice = "overwrite" | "newSheet" | "cancel";

export interface TaskpaneActions {
  /** Searches each source; a source that fails is reported in `sources`, not thrown (a cancel is). */
  search(query: string, options: SearchOptions): Promise<SearchOutcome>;
  openTable(ref: TableRef, options?: { signal?: AbortSignal }): Promise<TableInfo>;
  preview(
    request: LoadRequest,
    n: number,
    options?: { signal?: AbortSignal; confirmRequests?: (requests: number) => Promise<boolean> },
  ): Promise<PreviewResult>;
  load(request: LoadRequest, destination: Destination, options: LoadOptions): Promise<LoadResult>;
  listTables(): Promise<StoredTableSummary[]>;
  /** Re-runs stored queries and rewrites the tables in place; asks before a grown table covers other cells. */
  refresh(
    target: string | "all",
    options?: {
      confirmOverwrite?: (info: OverwriteInfo) => Promise<boolean>;
      /** Asked when the source returned no rows; only true empties the table (otherwise the old data stays). */
      confirmClear?: (info: { tableName: string; title: string }) => Promise<boolean>;
      /** Asked with the count when a stored query needs many e-Stat requests; absent = refused. */
      confirmRequests?: (requests: number) => Promise<boolean>;
    },
  ): Promise<RefreshReport[]>;
  insertChart(request: ChartRequest): Promise<{ chartName: string }>;
  /** Ask the data formulas (SME.ESTAT…) to fetch fresh data. */
  refreshFormulas(): Promise<{ tables: number }>;

  getSettings(): Promise<Settings>;
  saveSettings(settings: Partial<Settings>): Promise<void>;
  testAppId(appId: string): Promise<AppIdTestResult>;
  getCacheInfo(): Promise<CacheInfo>;
  /** The OECD dataflow catalogue searched by name: how many flows, and when it was last refreshed (never: bundled). */
  getOecdCatalogueInfo(): Promise<{ count: number; refreshedAt?: string }>;
  /** Replaces the catalogue with the live `dataflow/all` list (our Japanese names kept). */
  refreshOecdCatalogue(): Promise<{ count: number; refreshedAt: string }>;
  clearCache(): Promise<void>;
  /** 自己診断: host, requirement sets, functions, shared runtime, storage, network (src/excel/selfCheck). */
  runSelfCheck(onProgress?: (items: CheckItem[]) => void): Promise<SelfCheckReport>;

  listPrograms(): Promise<ProgramSummary[]>;
  calculate(input: SubsidyInput): Promise<SubsidyResult>;
  /** 研究開発税制: writes labelled inputs and SME.RDTAX* formulas to their own sheet, as chooseSheet answers. */
  writeRdTaxSheet?(
    input: RdTaxSheetInput,
    options: { chooseSheet: (info: OverwriteInfo) => Promise<SheetChoice>; lang?: Lang },
  ): Promise<CalculationSheetResult>;
  /**
   * Writes labelled inputs and SME.* formulas; a sheet with content is overwritten, kept with a new
   * sheet written beside it, or kept with nothing written, as chooseSheet answers. `lang` is the
   * language of the findings' severity and status words on the sheet.
   */
  writeCalculationSheet(
    input: SubsidyInput,
    options: { chooseSheet: (info: OverwriteInfo) => Promise<SheetChoice>; lang?: Lang },
  ): Promise<CalculationSheetResult>;
}

/** The part of Web Storage the pane uses (recent tables, favourites, language). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;
