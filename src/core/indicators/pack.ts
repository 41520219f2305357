import { AppError } from "../errors/AppError";
import type { TidyTable } from "../stats/table/types";
import { PACK_FILES } from "./packIndex.generated";
import { indicatorSeriesSchema, type IndicatorSeries } from "./schema";

let cache: Map<string, IndicatorSeries> | undefined;

/** All series of the bundled pack, validated once (a malformed file is a build-time bug, so it throws). */
export function loadPack(): Map<string, IndicatorSeries> {
  if (!cache) {
    cache = new Map();
    for (const raw of PACK_FILES) {
      const s = indicatorSeriesSchema.parse(raw);
      cache.set(s.id, s);
    }
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
  /** Source URLs of the figures (secondary and official pages). */
  sources: string[];
}

function statusOf(s: IndicatorSeries): string {
  return [...new Set(s.observations.map((o) => o.status))].sort().join("/");
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
    status: statusOf(s),
    sources: Object.values(s.sources).map((x) => x.url),
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

/**
 * One series as a tidy table (one `time` dimension), meta.source "offline", meta.status the figures'
 * status; each row's annotation says the figure's own status and sources.
 */
export function getIndicator(
  id: string,
  range: { from?: string | number; to?: string | number } = {},
): TidyTable {
  const s = loadPack().get(String(id).trim());
  if (!s)
    throw new AppError("INDICATOR_NOT_FOUND", `No series ${id}`, {
      kind: "notAvailable",
      params: { id: String(id) },
    });
  const from = year(range.from, "from") ?? -Infinity;
  const to = year(range.to, "to") ?? Infinity;
  const obs = s.observations
    .filter((o) => Number(o.period) >= from && Number(o.period) <= to)
    .sort((a, b) => a.period.localeCompare(b.period));
  const urlOf = (k: string) => s.sources[k]?.url ?? k;
  const markers = new Map<string, string>();
  for (const o of obs) if (o.marker) markers.set(o.marker, o.markerMeaning ?? o.marker);
  const timeName = s.periodBasis === "FY" ? "年度" : s.periodBasis === "CY" ? "年" : "期間";
  return {
    meta: {
      source: "offline",
      id: s.id,
      title: s.title.ja,
      survey: s.title.en,
      fetchedAt: "bundled",
      sourceUrl: Object.values(s.sources)[0]?.url,
      credit: Object.values(s.sources)
        .map((x) => x.url)
        .join(" ; "),
      status: statusOf(s),
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
      const refs = o.sources?.map(urlOf) ?? [];
      const derived = o.derivedFrom?.length ? `computed from ${o.derivedFrom.join(", ")}` : "";
      return [o.status, derived, ...refs].filter(Boolean).join(" | ");
    }),
  };
}
