// What a user reads as the source of pack figures: the official documents, grouped one line per document,
// with the periods that come from it and, when not verified, how we know. Pages we read are never named.
import {
  type Citation,
  type CitationStatus,
  formatCitation,
  weakestCitationStatus,
} from "../citations/citation";
import type { IndicatorObservation, IndicatorSeries } from "./schema";

/** Official citations of one figure: its document, or for a computed figure those of its inputs (same period). */
export function figureCitations(
  s: IndicatorSeries,
  o: IndicatorObservation,
  pack: ReadonlyMap<string, IndicatorSeries>,
  depth = 0,
): Citation[] {
  if (o.computed) {
    if (depth > 4) return [];
    return o.computed.from.flatMap((id) => {
      const input = pack.get(id);
      const x = input?.observations.find((y) => y.period === o.period);
      return input && x ? figureCitations(input, x, pack, depth + 1) : [];
    });
  }
  const doc = o.source ? s.documents[o.source.doc] : undefined;
  if (!doc || !o.source) return [];
  return [{ ...doc, section: o.source.section ?? doc.section, status: o.status }];
}

export interface CitedDocument {
  citation: Citation;
  /** Periods of the shown figures that come from this document, ascending. */
  periods: string[];
}

/** The documents behind `figures`, one entry per document, in order of first appearance, weakest status kept. */
export function citedDocuments(
  s: IndicatorSeries,
  figures: readonly IndicatorObservation[],
  pack: ReadonlyMap<string, IndicatorSeries>,
): CitedDocument[] {
  const out = new Map<string, CitedDocument>();
  for (const o of figures) {
    for (const c of figureCitations(s, o, pack)) {
      const key = `${c.publisher}|${c.title}|${c.section ?? ""}|${c.url}`;
      const seen = out.get(key);
      if (!seen) out.set(key, { citation: c, periods: [o.period] });
      else {
        seen.citation = { ...seen.citation, status: weakestCitationStatus(seen.citation.status, c.status) };
        if (!seen.periods.includes(o.period)) seen.periods.push(o.period);
      }
    }
  }
  for (const d of out.values()) d.periods.sort();
  return [...out.values()];
}

/**
 * The credit of a pack series for a provenance block: who published the figures, with one document each
 * (「厚生労働省「地域別最低賃金の全国一覧」ほか2件」), never the URL list (the URL row and SME.SOURCE
 * give the documents one by one).
 */
export function publisherCredit(docs: readonly CitedDocument[]): string {
  const byPublisher = new Map<string, { title: string; more: Set<string> }>();
  for (const d of docs) {
    const c = d.citation;
    const seen = byPublisher.get(c.publisher);
    if (!seen) byPublisher.set(c.publisher, { title: c.title, more: new Set() });
    else if (c.title !== seen.title) seen.more.add(c.title);
  }
  return [...byPublisher]
    .map(([publisher, { title, more }]) => `${publisher}「${title}」${more.size ? `ほか${more.size}件` : ""}`)
    .join("、");
}

/** 2002–2006, 2008, 2010–2011: consecutive years joined. */
export function periodRanges(periods: readonly string[]): string {
  const ys = [...new Set(periods.map(Number))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < ys.length; i++) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
    parts.push(j > i ? `${ys[i]}–${ys[j]}` : String(ys[i]));
    i = j;
  }
  return parts.join(", ");
}

/** One line per official document: publisher「title」section, which periods, date, URL, status phrase. */
export function citationLine(d: CitedDocument, basis: string, lang: "ja" | "en" = "ja"): string {
  const when = periodRanges(d.periods);
  const detail =
    lang === "en"
      ? `(${basis === "FY" ? "FY" : ""}${when})`
      : `（${when}${basis === "FY" ? "年度" : basis === "CY" ? "年" : ""}の値）`;
  return formatCitation(d.citation, lang, detail);
}

/** The weakest status of the shown figures ("verified" when there are none). */
export function weakestFigureStatus(figures: readonly IndicatorObservation[]): CitationStatus {
  return weakestCitationStatus(...figures.map((o) => o.status));
}
