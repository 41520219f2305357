// A citation is what a user reads as the source of a rule or figure: the OFFICIAL document (publisher, title,
// section, URL, date) and, when we did not read the figure in that document's own text, one short phrase that
// says how we know it. The page we actually read (`checkedIn`) is for maintainers and never shown.

/**
 * How sure a rule or figure is:
 * - `verified`: read in the official document's own text (the data quotes the sentence or cell);
 * - `official-summary`: read on an official page or leaflet that summarises the document;
 * - `secondary`: read only on non-official pages (news, offices, transcriptions) that report the document;
 * - `assumption`: our reading, not confirmed anywhere.
 */
export const CITATION_STATUSES = ["verified", "official-summary", "secondary", "assumption"] as const;
export type CitationStatus = (typeof CITATION_STATUSES)[number];

/** An official document, as the data files describe it. */
export interface OfficialDocument {
  /** 厚生労働省, 財務省, 中小企業庁, 連合, OECD … */
  publisher: string;
  /** The document's own title, without brackets: 地域別最低賃金の全国一覧. */
  title: string;
  /** Section, table or page within it, when the whole document is not meant. */
  section?: string;
  /** On an official host (see officialHosts.ts). */
  url: string;
  /** Publication or version date, YYYY-MM-DD (or YYYY-MM). */
  date?: string;
}

export interface Citation extends OfficialDocument {
  status: CitationStatus;
}

const PHRASES: Record<"ja" | "en", Record<CitationStatus, string>> = {
  ja: {
    verified: "",
    "official-summary": "公式概要で確認",
    secondary: "二次資料で確認",
    assumption: "仮定",
  },
  en: {
    verified: "",
    "official-summary": "checked in an official summary",
    secondary: "checked in a secondary source",
    assumption: "assumption",
  },
};

/** The short phrase shown after a citation that is not `verified` ("" when it is). */
export function statusPhrase(status: CitationStatus, lang: "ja" | "en" = "ja"): string {
  return PHRASES[lang][status] ?? "";
}

const rank: Record<CitationStatus, number> = {
  verified: 0,
  "official-summary": 1,
  secondary: 2,
  assumption: 3,
};

/** The least certain of several statuses: a result is only as sure as its weakest part. */
export function weakestCitationStatus(...statuses: CitationStatus[]): CitationStatus {
  return statuses.reduce<CitationStatus>((a, b) => (rank[b] > rank[a] ? b : a), "verified");
}

/** 厚生労働省「地域別最低賃金の全国一覧」令和7年度 (no URL, no status). */
export function citationName(
  c: Pick<OfficialDocument, "publisher" | "title" | "section">,
  lang: "ja" | "en" = "ja",
): string {
  if (lang === "en") return `${c.publisher}, “${c.title}”${c.section ? `, ${c.section}` : ""}`;
  return `${c.publisher}「${c.title}」${c.section ? ` ${c.section}` : ""}`;
}

/**
 * One line for a cell or a footnote: publisher, title, section, date, URL and, when not verified, the
 * status phrase. `detail` (e.g. which years of a series come from this document) goes after the name.
 */
export function formatCitation(c: Citation, lang: "ja" | "en" = "ja", detail?: string): string {
  const phrase = statusPhrase(c.status, lang);
  if (lang === "en") {
    const parts = [citationName(c, "en"), c.date ? `(${c.date})` : "", detail ?? "", c.url].filter(Boolean);
    return `${parts.join(" ")}${phrase ? ` [${phrase}]` : ""}`;
  }
  const head = `${citationName(c, "ja")}${c.date ? `（${c.date}）` : ""}${detail ?? ""}`;
  return `${head} ${c.url}${phrase ? `（${phrase}）` : ""}`;
}

/** Citations without repeats (same publisher, title, section and URL), the weakest status kept per document. */
export function distinctCitations(list: readonly Citation[]): Citation[] {
  const out = new Map<string, Citation>();
  for (const c of list) {
    const key = `${c.publisher}|${c.title}|${c.section ?? ""}|${c.url}`;
    const seen = out.get(key);
    out.set(key, seen ? { ...seen, status: weakestCitationStatus(seen.status, c.status) } : c);
  }
  return [...out.values()];
}
