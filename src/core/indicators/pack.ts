import { formatCitation, statusPhrase } from "../citations/citation";
import { AppError } from "../errors/AppError";
import type { TidyTable } from "../stats/table/types";
import { citationLine, citedDocuments, figureCitations, publisherCredit } from "./citations";
import { PACK_FILES } from "./packIndex.generated";
import type { IndicatorObservation, IndicatorSeries } from "./schema";

let cache: Map<string, IndicatorSeries> | undefined;

/**
 * All series of the bundled pack. The files are checked against the zod schema by the unit tests and the
 * build (scripts/validateData.js), so the runtime reads them as typed data and carries no validator.
 */
export function loadPack(): Map<string, IndicatorSeries> {
  if (!cache) {
    cache = new Map();
    for (const raw of PACK_FILES as IndicatorSeries[]) cache.set(raw.id, raw);
  }
  return cache;
}

export interface IndicatorSummary {
  id: string;
  titleJa: string;
  titleEn: string;
  topic: string;
  unit: string;
  periodBasis: string;
  from: string;
  to: string;
  /** One status when all figures share it, else the distinct ones joined by "/". */
  status: string;
  /** The official documents of the figures, one per line's worth: publisher「title」section URL (status phrase). */
  sources: string[];
}

function statusOf(obs: readonly IndicatorObservation[]): string {
  return [...new Set(obs.map((o) => o.status))].sort().join("/");
}

function summary(s: IndicatorSeries): IndicatorSummary {
  const periods = s.observations.map((o) => o.period).sort();
  return {
    id: s.id,
    titleJa: s.title.ja,
    titleEn: s.title.en,
    topic: s.topic,
    unit: s.unit,
    periodBasis: s.periodBasis,
    from: periods[0],
    to: periods[periods.length - 1],
    status: statusOf(s.observations),
    sources: citedDocuments(s, s.observations, loadPack()).map((d) => citationLine(d, s.periodBasis)),
  };
}

/** Series whose id, titles or topic contain every word of `filter` (case-insensitive). */
export function listIndicators(filter?: string): IndicatorSummary[] {
  const words = (filter ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return [...loadPack().values()]
    .filter((s) => {
      const hay = `${s.id} ${s.title.ja} ${s.title.en} ${s.topic}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .map(summary);
}

function year(value: string | number | undefined, arg: string): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 1000 || n > 9999) {
    throw new AppError("INDICATOR_BAD_PERIOD", `Bad ${arg} period: ${value}`, {
      params: { value: String(value) },
    });
  }
  return n;
}

function seriesOrThrow(id: string): IndicatorSeries {
  const s = loadPack().get(String(id).trim());
  if (!s)
    throw new AppError("INDICATOR_NOT_FOUND", `No series ${id}`, {
      kind: "notAvailable",
      params: { id: String(id) },
    });
  return s;
}

/**
 * Where the figures of `periods` (all when omitted) come from, for meta and footnotes: the official
 * documents one line each, the first document's URL, and the figures' status.
 */
export function packProvenance(
  id: string,
  periods?: readonly string[],
  lang: "ja" | "en" = "ja",
): { lines: string[]; sourceUrl?: string; status: string; credit: string } {
  const s = seriesOrThrow(id);
  const wanted = periods ? new Set(periods.map(String)) : undefined;
  const obs = s.observations.filter((o) => !wanted || wanted.has(o.period));
  const docs = citedDocuments(s, obs, loadPack());
  return {
    lines: docs.map((d) => citationLine(d, s.periodBasis, lang)),
    sourceUrl: docs[0]?.citation.url,
    credit: publisherCredit(docs),
    status: statusOf(obs),
  };
}

/**
 * One series as a tidy table (one `time` dimension), meta.source "offline", meta.status the figures'
 * status, meta.credit the publishers of the rows' official documents; each row's annotation says the figure's status
 * and its official source.
 */
export function getIndicator(
  id: string,
  range: { from?: string | number; to?: string | number } = {},
): TidyTable {
  const s = seriesOrThrow(id);
  const from = year(range.from, "from") ?? -Infinity;
  const to = year(range.to, "to") ?? Infinity;
  const obs = s.observations
    .filter((o) => Number(o.period) >= from && Number(o.period) <= to)
    .sort((a, b) => a.period.localeCompare(b.period));
  const markers = new Map<string, string>();
  for (const o of obs) if (o.marker) markers.set(o.marker, o.markerMeaning ?? o.marker);
  const timeName = s.periodBasis === "FY" ? "年度" : s.periodBasis === "CY" ? "年" : "期間";
  const prov = packProvenance(
    s.id,
    obs.map((o) => o.period),
  );
  return {
    meta: {
      source: "offline",
      id: s.id,
      title: s.title.ja,
      survey: s.title.en,
      fetchedAt: "bundled",
      ...(prov.sourceUrl ? { sourceUrl: prov.sourceUrl } : {}),
      credit: prov.credit,
      status: prov.status,
      ...(markers.size ? { markers: [...markers].map(([marker, meaning]) => ({ marker, meaning })) } : {}),
    },
    dimensions: [
      {
        id: "time",
        name: timeName,
        nameEn: s.periodBasis === "FY" ? "Fiscal year" : "Year",
        role: "time",
        codes: obs.map((o) => ({
          code: o.period,
          label: s.periodBasis === "FY" ? `${o.period}年度` : `${o.period}年`,
          labelEn: o.period,
        })),
      },
    ],
    rowCount: obs.length,
    codes: [obs.map((o) => o.period)],
    values: obs.map((o) => o.value),
    markers: obs.map((o) => o.marker ?? null),
    units: obs.map(() => s.unit),
    annotations: obs.map((o) => {
      const cites = figureCitations(s, o, loadPack()).map((c) =>
        formatCitation({ ...c, status: "verified" }),
      );
      const phrase = statusPhrase(o.status);
      const computed = o.computed ? `計算値（${o.computed.from.join(", ")} から）` : "";
      return [o.status, phrase, computed, ...new Set(cites)].filter(Boolean).join(" | ");
    }),
  };
}
