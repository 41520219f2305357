// Where each data formula's numbers came from, for SME.SOURCE. Each formula records its own address and
// the size of what it spilled; SME.SOURCE gets the address of its argument (requiresParameterAddresses) and
// reports every recorded result that overlaps it. Records live in memory: after reopening a workbook they
// return as the formulas calculate. Texts name the source, id, retrieval time and the required credit.
// Offline-pack results name the OFFICIAL documents of the figures the range actually shows, one line each.
import { packProvenance } from "../../core/indicators/pack";
import type { TableMeta } from "../../core/stats/table/types";

export interface Provenance {
  source: TableMeta["source"];
  id: string;
  title: string;
  survey?: string;
  organization?: string;
  fetchedAt: string;
  updated?: string;
  sourceUrl?: string;
  credit?: string;
  query?: string;
  status?: string;
  markers?: { marker: string; meaning: string }[];
  /** Served from the cache because a newer copy could not be fetched. */
  stale?: boolean;
  /** Offline pack: the period of each spilled row (null for the header), so a range cites only its rows. */
  rowPeriods?: (string | null)[];
  /** Offline pack: the periods whose figures are cited (all rows when absent). */
  periods?: string[];
}

export interface CellArea {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_RECORDS = 20_000;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * `Sheet1!A1`, `'My sheet'!$B$2:$D$9`, `[Book1]Sheet1!A1` → sheet and the rectangle. Whole columns or rows
 * (`A:A`, `1:1`) and names are not resolved (undefined).
 */
export function parseAddress(address: string): CellArea | undefined {
  const bang = address.lastIndexOf("!");
  let sheet = bang >= 0 ? address.slice(0, bang) : "";
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  sheet = sheet.replace(/^\[[^\]]*\]/, "").toLowerCase();
  const m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(ref);
  if (!m) return undefined;
  const r1 = Number(m[2]);
  const c1 = colNumber(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? colNumber(m[3]) : c1;
  return {
    sheet,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

function overlaps(a: CellArea, b: CellArea): boolean {
  return (
    a.sheet === b.sheet &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

export function provenanceOf(meta: TableMeta, stale = false): Provenance {
  return {
    source: meta.source,
    id: meta.id,
    title: meta.title,
    survey: meta.survey,
    organization: meta.organization,
    fetchedAt: meta.fetchedAt,
    updated: meta.updated,
    sourceUrl: meta.sourceUrl,
    credit: meta.credit,
    query: meta.query,
    status: meta.status,
    markers: meta.markers,
    ...(stale ? { stale } : {}),
  };
}

export class ProvenanceRegistry {
  /** Formula anchor (`sheet!row,col`) → the area it spilled and its provenance. */
  private byAnchor = new Map<string, { area: CellArea; p: Provenance }>();
  /** Table id (statsDataId, dataflow, series id; lower case) → the latest provenance. */
  private byId = new Map<string, Provenance>();

  record(address: string | undefined, rows: number, cols: number, p: Provenance): void {
    this.byId.delete(p.id.toLowerCase());
    this.byId.set(p.id.toLowerCase(), p);
    if (this.byId.size > 1000) this.byId.delete(this.byId.keys().next().value as string);
    const a = address ? parseAddress(address) : undefined;
    if (!a) return;
    const anchor = `${a.sheet}!${a.row},${a.col}`;
    this.byAnchor.delete(anchor);
    this.byAnchor.set(anchor, { area: { ...a, rows: Math.max(1, rows), cols: Math.max(1, cols) }, p });
    if (this.byAnchor.size > MAX_RECORDS) this.byAnchor.delete(this.byAnchor.keys().next().value as string);
  }

  /**
   * Provenances of the results overlapping `address`, distinct, in the order they were recorded. A pack
   * result is narrowed to the periods of the rows the address covers (the whole spill when the address is
   * only the formula's own cell or only the header).
   */
  atAddress(address: string): Provenance[] {
    const a = parseAddress(address);
    if (!a) return [];
    const out = new Map<string, Provenance>();
    for (const { area, p } of this.byAnchor.values()) {
      if (!overlaps(a, area)) continue;
      const shown = p.rowPeriods ? rowsShown(a, area, p.rowPeriods) : undefined;
      const q = shown ? { ...p, periods: shown } : p;
      const key = `${p.source}|${p.id}|${p.query ?? ""}|${p.fetchedAt}`;
      const seen = out.get(key);
      if (seen?.periods && q.periods) q.periods = [...new Set([...seen.periods, ...q.periods])].sort();
      out.set(key, q);
    }
    return [...out.values()];
  }

  byTableId(id: string): Provenance | undefined {
    return this.byId.get(id.trim().toLowerCase());
  }
}

/** Periods of the spilled rows that `a` covers; all of them for the anchor cell alone or the header alone. */
function rowsShown(a: CellArea, area: CellArea, rowPeriods: (string | null)[]): string[] {
  const all = rowPeriods.filter((x): x is string => x !== null);
  if (a.rows === 1 && a.cols === 1 && a.row === area.row && a.col === area.col) return all;
  const first = Math.max(a.row, area.row) - area.row;
  const last = Math.min(a.row + a.rows, area.row + area.rows) - 1 - area.row;
  const covered = rowPeriods.slice(first, last + 1).filter((x): x is string => x !== null);
  return covered.length ? covered : all;
}

function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(iso) ? iso.slice(0, 10) : iso;
}

/**
 * The lines SME.SOURCE writes for one result: for the offline pack one line per official document of the
 * figures shown (never the pages we checked them on); for e-Stat and OECD the one footnote.
 */
export function provenanceLines(p: Provenance, lang: "ja" | "en" = "ja"): string[] {
  if (p.source !== "offline") return [provenanceText(p, lang)];
  const { lines } = packProvenance(p.id, p.periods, lang);
  const lead = lang === "en" ? "Source: " : "出典: ";
  const tail = lang === "en" ? ` (bundled series ${p.id})` : `（内蔵データ 系列 ${p.id}）`;
  return lines.map((l) => `${lead}${l}${tail}`);
}

/** A footnote: source, id, dates, URL and credit. Japanese or English; stale copies say so. */
export function provenanceText(p: Provenance, lang: "ja" | "en" = "ja"): string {
  const markers = p.markers?.length ? p.markers.map((m) => `${m.marker} = ${m.meaning}`).join("; ") : "";
  if (lang === "en") {
    const who =
      p.source === "e-Stat"
        ? `e-Stat (Portal Site of Official Statistics of Japan)${p.survey ? `, ${p.survey}` : ""}`
        : p.source === "OECD"
          ? `OECD${p.organization ? ` (${p.organization})` : ""}`
          : "Bundled offline data";
    const parts = [
      `Source: ${who}, “${p.title}”`,
      p.source === "e-Stat"
        ? `table ID ${p.id}`
        : p.source === "OECD"
          ? `dataflow ${p.id}`
          : `series ${p.id}`,
      p.query && p.source === "OECD" ? `query ${p.query}` : "",
      p.updated ? `updated ${p.updated}` : "",
      p.source === "offline"
        ? p.status
          ? `figure status ${p.status}`
          : ""
        : `retrieved ${day(p.fetchedAt)}`,
      p.stale ? "cached copy (the latest download failed)" : "",
      markers ? `markers: ${markers}` : "",
      p.sourceUrl && !p.credit?.includes(p.sourceUrl) ? p.sourceUrl : "",
    ].filter(Boolean);
    return `${parts.join(", ")}.${p.credit ? ` ${p.credit}` : ""}`;
  }
  const who =
    p.source === "e-Stat"
      ? `政府統計の総合窓口(e-Stat)${p.survey ? `「${p.survey}」` : ""}`
      : p.source === "OECD"
        ? `OECD${p.organization ? `（${p.organization}）` : ""}`
        : "内蔵データ";
  const parts = [
    p.source === "e-Stat"
      ? `統計表ID ${p.id}`
      : p.source === "OECD"
        ? `データフロー ${p.id}`
        : `系列 ${p.id}`,
    p.query && p.source === "OECD" ? `条件 ${p.query}` : "",
    p.updated ? `${p.updated} 更新` : "",
    p.source === "offline" ? (p.status ? `数値の確認状況 ${p.status}` : "") : `${day(p.fetchedAt)} 取得`,
    p.stale ? "最新の取得に失敗したためキャッシュの値" : "",
    markers ? `記号: ${markers}` : "",
  ].filter(Boolean);
  const url = p.sourceUrl && !p.credit?.includes(p.sourceUrl) ? ` ${p.sourceUrl}` : "";
  return `出典: ${who}「${p.title}」（${parts.join("、")}）${url}${p.credit ? ` ${p.credit}` : ""}`;
}
