// Shapes the Excel adapters share with the task pane.
import type { JsonValue } from "./json";

/** Excel.run, or the in-memory fake's run: the task pane passes it in, so adapters run anywhere. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A cell as sources deliver it: text, a number, or null for blank (markers are already removed). */
export type SourceCell = string | number | null;

export type Destination = { kind: "newSheet"; name: string } | { kind: "at"; sheet: string; address: string };

/** What a refresh needs to re-run a load. Never holds an appId (stripped before it is written). */
export interface StoredQuery {
  tableName: string;
  sheet: string;
  /** "e-Stat", "OECD", "offline". */
  source: string;
  title?: string;
  /** The normalised query (ids, filters, layout), as JSON. */
  query: JsonValue;
  /** ISO time of the load. */
  loadedAt: string;
  /** The source's own update date, as the source writes it. */
  sourceUpdated?: string;
  /**
   * The source's header as last written, in machine names (time_code, value…): stable across languages
   * and what the data has; any other column of the table is one the user added.
   */
  columns?: string[];
  /**
   * The same columns as the table shows them (時間軸コード, 値…), one per entry of `columns`. Absent for
   * tables loaded before headers were translated: their headers are the machine names.
   */
  headers?: string[];
}

export type StoredQueryInput = Omit<StoredQuery, "tableName" | "sheet">;

export interface MarkerLegendEntry {
  marker: string;
  meaning: string;
}

export interface WriteTableRequest {
  destination: Destination;
  header: string[];
  rows: SourceCell[][];
  /** Excel number format per column (null or "General" for none), e.g. "#,##0". */
  numberFormats?: (string | null)[];
  /** Wanted table name; made valid and unique. Defaults to one derived from the sheet name. */
  tableName?: string;
  /** Label/value rows of the provenance block written above the table. */
  provenance: string[][];
  markerLegend?: MarkerLegendEntry[];
  query: StoredQueryInput;
}

/** What a write would overwrite; the pane shows it and asks before anything is written. */
export interface OverwriteInfo {
  sheet: string;
  address: string;
  nonEmptyCells: number;
  /** Up to three of the values that would be lost. */
  sample: string[];
}

export interface WriteProgress {
  rowsWritten: number;
  rowsTotal: number;
}

export interface WriteOptions {
  signal?: AbortSignal;
  onProgress?: (p: WriteProgress) => void;
  /** Resolves true to overwrite. Without it, a non-empty target is never overwritten. */
  confirmOverwrite?: (what: OverwriteInfo) => Promise<boolean>;
}

export interface WriteTableResult {
  /** false when the user declined to overwrite: nothing was written. */
  written: boolean;
  sheet: string;
  /** The table's address (header row included), sheet-qualified. */
  address: string;
  tableName: string;
  rows: number;
  columns: number;
  /** context.sync() calls this write made. */
  syncs: number;
  /** The largest request it sent, by the same estimate as Excel's 5 MB limit. */
  largestRequestBytes: number;
}
