import { AppError } from "../../core/errors/AppError";
import {
  citedDocuments,
  getIndicator,
  listIndicators,
  loadPack,
  packProvenance,
} from "../../core/indicators";
import { citationName, statusPhrase } from "../../core/citations";
import type { EstatClient } from "../../core/stats/estat";
import { estatTableViewUrl } from "../../core/stats/estat";
import type { DimensionFilter } from "../../core/stats/estat";
import type { OecdClient } from "../../core/stats/oecd";
import { BUNDLED_DATAFLOWS, type DataflowEntry } from "../../core/stats/oecd/catalogue";
import type { DimensionMeta, TidyTable } from "../../core/stats/table/types";
import type { LoadProgress, LoadRequest, SearchResult, SourceKind, TableInfo, TableRef } from "../actions";
import { searchOecdCatalogue } from "./oecdCatalogue";
import { selectRows } from "./selectRows";

export interface SourceDeps {
  estat: EstatClient;
  oecd: OecdClient;
  /** Read at each call, so a key saved in Settings applies at once. */
  appId(): string;
  /** The OECD dataflows searched by name. @default the bundled catalogue */
  oecdCatalogue?(): readonly DataflowEntry[];
}

const ESTAT_SEARCH_LIMIT = 50;

export async function searchSource(
  deps: SourceDeps,
  source: SourceKind,
  query: string,
  signal?: AbortSignal,
): Promise<SearchResult[]> {
  if (source === "offline") {
    return listIndicators(query).map((s) => ({
      ref: { source: "offline", id: s.id },
      title: s.titleJa,
      survey: s.titleEn,
      period: s.from === s.to ? s.from : `${s.from}–${s.to}`,
      status: s.status,
    }));
  }
  if (source === "OECD") return searchOecdCatalogue(deps.oecdCatalogue?.() ?? BUNDLED_DATAFLOWS, query);
  const q = query.normalize("NFKC").trim();
  // 8 digits = 政府統計コード, 4 or 6 digits = survey year (yyyy / yyyymm), otherwise words (domain notes §1.3).
  const list = await deps.estat.getStatsList(
    {
      appId: deps.appId(),
      limit: ESTAT_SEARCH_LIMIT,
      ...(/^\d{8}$/.test(q)
        ? { statsCode: q }
        : /^\d{4}(\d{2})?$/.test(q)
          ? { surveyYears: q }
          : { searchWord: q }),
    },
    { signal },
  );
  return list.tables.map((t) => ({
    ref: { source: "e-Stat", id: t.id },
    // STATISTICS_NAME often equals TITLE (tables named after their statistics): say it once.
    title: [...new Set([t.statisticsName, t.title].filter(Boolean))].join(" "),
    survey: t.statName,
    // SURVEY_DATE 0 is e-Stat's value for tables without a survey date.
    period: t.surveyDate && !/^0+$/.test(t.surveyDate.trim()) ? t.surveyDate : undefined,
    updated: t.updatedDate ?? t.openDate,
  }));
}

export async function openSource(deps: SourceDeps, ref: TableRef, signal?: AbortSignal): Promise<TableInfo> {
  if (ref.source === "offline") {
    const t = getIndicator(ref.id);
    const series = loadPack().get(t.meta.id);
    return {
      ...infoFromMeta(ref, t),
      dimensions: t.dimensions,
      totalRows: t.rowCount,
      annotationColumn: t.annotations !== undefined,
      // The series' own note; the OFFICIAL documents of its figures go to `sources` as links, one per
      // document, with the years they give and how we checked them (the pages we read are never shown).
      notes: series?.notes ? [series.notes] : [],
      sources: series
        ? citedDocuments(series, series.observations, loadPack()).map((d) => {
            const phrase = statusPhrase(d.citation.status);
            const years =
              d.periods.length > 1 ? `${d.periods[0]}–${d.periods[d.periods.length - 1]}` : d.periods[0];
            return {
              url: d.citation.url,
              label: `${citationName(d.citation)}（${years}）${phrase ? `（${phrase}）` : ""}`,
            };
          })
        : [],
    };
  }
  if (ref.source === "OECD") {
    const s = await deps.oecd.getStructure(ref.id, { signal });
    // The dataflow's own constraint may carry no obs_count; the availability constraint for the whole key
    // does (.Stat Suite annotates it). Without either the pane says the size is unknown, never 0.
    const observations =
      s.observationCount ?? (await observationCountOf(deps, ref.id, s.dimensions.length, signal));
    const dimensions: DimensionMeta[] = s.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      nameEn: d.name,
      role: d.role,
      // OECD names are English: they are the English labels too, so 「英語」 is offered for them.
      codes: d.codes.map((c) => ({ ...c, labelEn: c.labelEn ?? c.label })),
    }));
    return {
      ref,
      title: s.name,
      survey: `${s.agency} ${s.id}`,
      updated: s.lastUpdated,
      notes: s.description ? [s.description] : [],
      dimensions,
      labelsEnglishOnly: true,
      ...(observations !== undefined ? { totalRows: observations } : {}),
      ...(s.timeDimension ? { timeDimension: s.timeDimension } : {}),
    };
  }
  const m = await deps.estat.getMetaInfo({ appId: deps.appId(), statsDataId: ref.id }, { signal });
  return {
    ref,
    title: m.meta.title,
    survey: m.meta.survey,
    organization: m.meta.organization,
    updated: m.meta.updated,
    notes: [],
    markers: m.meta.markers,
    dimensions: m.dimensions,
    ...(m.totalRows !== undefined ? { totalRows: m.totalRows } : {}),
    sourceUrl: m.meta.sourceUrl ?? estatTableViewUrl(ref.id),
  };
}

async function observationCountOf(
  deps: SourceDeps,
  flow: string,
  dimensions: number,
  signal?: AbortSignal,
): Promise<number | undefined> {
  try {
    const a = await deps.oecd.getAvailability(flow, ".".repeat(Math.max(0, dimensions - 1)), { signal });
    return a.observationCount;
  } catch (e) {
    if ((e as { name?: string; code?: string })?.code === "CANCELLED") throw e;
    return undefined; // the size stays unknown; opening the table does not fail for it
  }
}

/** Offline pack: meta.survey is the series' English title, not a survey name, so it is not shown as one. */
function infoFromMeta(ref: TableRef, t: TidyTable): Omit<TableInfo, "dimensions" | "notes"> {
  return {
    ref,
    title: t.meta.title,
    organization: t.meta.organization,
    updated: t.meta.updated,
    status: t.meta.status,
    markers: t.meta.markers,
    sourceUrl: t.meta.sourceUrl,
  };
}

/** Only dimensions narrowed below their full code list become filters (shorter URLs, same rows). */
function narrowed(
  request: LoadRequest,
  info: Pick<TableInfo, "dimensions"> | undefined,
): [string, string[]][] {
  return Object.entries(request.filters).filter(([id, codes]) => {
    const d = info?.dimensions.find((x) => x.id === id);
    return !d || codes.length < d.codes.length;
  });
}

/** The whole selected table, filtered, as a tidy table. */
export async function fetchSource(
  deps: SourceDeps,
  request: LoadRequest,
  options: {
    signal?: AbortSignal;
    onProgress?: (p: LoadProgress) => void;
    info?: Pick<TableInfo, "dimensions">;
    /** Asked when the selection needs many e-Stat requests (see EstatClientOptions.fanOut). */
    confirmRequests?: (requests: number) => Promise<boolean>;
  },
): Promise<TidyTable> {
  const { ref } = request;
  const filters = Object.fromEntries(narrowed(request, options.info));
  if (ref.source === "offline") {
    // The provenance block written with the table cites the documents of the rows actually loaded.
    const t = selectRows(getIndicator(ref.id), filters);
    const prov = packProvenance(ref.id, t.codes[0] ?? []);
    return {
      ...t,
      meta: { ...t.meta, credit: prov.lines.join(" ; "), sourceUrl: prov.sourceUrl, status: prov.status },
    };
  }
  if (ref.source === "OECD") {
    const s = await deps.oecd.getStructure(ref.id, { signal: options.signal });
    const key = s.dimensions
      .slice()
      .sort((a, b) => a.position - b.position)
      .map((d) => (filters[d.id] ? filters[d.id].join("+") : ""))
      .join(".");
    options.onProgress?.({ phase: "fetch", pages: 0, totalPages: 1, rows: 0 });
    const t = await deps.oecd.getData({ flow: ref.id, key }, { signal: options.signal });
    options.onProgress?.({ phase: "fetch", pages: 1, totalPages: 1, rows: t.rowCount });
    return t;
  }
  const estatFilters: Record<string, DimensionFilter> = {};
  for (const [id, codes] of Object.entries(filters)) {
    // The pane blocks an empty selection; an empty cd list would silently mean "all codes" to e-Stat.
    if (codes.length === 0)
      throw new AppError("INTERNAL", `empty selection for ${id}`, {
        params: { detail: `no code selected in ${id}` },
      });
    const level = request.levels?.[id];
    const d = options.info?.dimensions.find((x) => x.id === id);
    const allAtLevel =
      level !== undefined && d && d.codes.filter((c) => (c.level ?? 1) === level).length === codes.length;
    estatFilters[id] = allAtLevel ? { lv: String(level) } : { cd: codes };
  }
  const r = await deps.estat.getStatsData(
    { appId: deps.appId(), statsDataId: ref.id, filters: estatFilters },
    {
      signal: options.signal,
      confirmRequests: options.confirmRequests,
      onProgress: (p) =>
        options.onProgress?.({
          phase: "fetch",
          pages: p.pagesDone,
          totalPages: p.pagesTotal || undefined,
          rows: p.rows,
        }),
    },
  );
  return r.table;
}
