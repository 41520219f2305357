// The one table model every statistics source parses into (e-Stat, OECD SDMX, the offline pack).
// Stored column-wise so a 1,000,000-row table is a handful of arrays, not a million objects.

export type SourceKind = "e-Stat" | "OECD" | "offline";

export interface CodeItem {
  code: string;
  label: string;
  labelEn?: string;
  /** Hierarchy level as the source gives it (e-Stat `@level`), 1 = top. */
  level?: number;
  parent?: string;
  unit?: string;
}

export type DimensionRole = "tab" | "time" | "area" | "category" | "other";

export interface DimensionMeta {
  /** Source id: e-Stat `tab`, `cat01`…`cat15`, `area`, `time`; SDMX dimension id (REF_AREA, TIME_PERIOD…). */
  id: string;
  name: string;
  nameEn?: string;
  role: DimensionRole;
  codes: CodeItem[];
}

/** A special value (e-Stat `DATA_INF.NOTE`): `-`, `X`, `…`, or a numeric marker like 労働力調査's `0`. */
export interface MarkerInfo {
  marker: string;
  meaning: string;
}

export interface TableMeta {
  source: SourceKind;
  /** statsDataId, SDMX dataflow (`OECD.STI.STP,DSD_MSTI@DF_MSTI`), or offline pack id. */
  id: string;
  title: string;
  /** 統計名 / survey or dataflow name. */
  survey?: string;
  organization?: string;
  /** The source's own update date (e-Stat UPDATED_DATE), as the source writes it. */
  updated?: string;
  /** ISO time this copy was fetched. */
  fetchedAt: string;
  /** A URL a person can open; never contains the appId. */
  sourceUrl?: string;
  /** The normalised query, without the appId. */
  query?: string;
  /** Credit text the source's terms require (e-Stat). */
  credit?: string;
  markers?: MarkerInfo[];
  /** Status of the figures for the offline pack (verified / secondary / assumption). */
  status?: string;
  /** e-Stat 政府統計コード (STAT_NAME/@code). */
  statsCode?: string;
  /** e-Stat CYCLE (月次, 年度次, "-"...). */
  cycle?: string;
  /** e-Stat SURVEY_DATE as text (the API sends 0, 202010 or "202001-202012"). */
  surveyDate?: string;
  /** Label language of the source (e-Stat `lang=J|E`). */
  lang?: "ja" | "en";
  /**
   * An organisation's shared cache (deploy/nginx) answered with an older copy because the source could not be
   * reached (`X-Cache-Status: STALE`): the provenance says so.
   */
  staleCache?: true;
}

/**
 * A tidy (long) table: row i has, for each dimension d, the code `codes[d][i]`;
 * its value `values[i]` (null when a marker replaced the number), `markers[i]`
 * (null when none) and `units[i]`.
 */
export interface TidyTable {
  meta: TableMeta;
  dimensions: DimensionMeta[];
  rowCount: number;
  codes: string[][];
  values: (number | null)[];
  markers: (string | null)[];
  units: (string | null)[];
  annotations?: (string | null)[];
}

/** A problem found in a cell or row while transforming: data, not an exception (cf. PapaParse `errors`). */
export interface TableIssue {
  code: string;
  row?: number;
  column?: string;
  message: string;
}
