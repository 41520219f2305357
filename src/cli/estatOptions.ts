import type { DimensionFilter, StatsDataQuery } from "../core/stats/estat";
import { UsageError } from "./args";

/** Options the CLI reads itself; everything else on an `estat` command is an e-Stat parameter. */
export const CLI_OPTIONS: ReadonlySet<string> = new Set([
  "layout",
  "format",
  "out",
  "labels",
  "lang",
  "rows",
  "cols",
  "base-url",
  "sdmx",
  "start",
  "end",
]);

/** A getStatsData call as the CLI asks for it: the query (without appId) and the rows per request. */
export interface StatsDataRequest {
  query: Omit<StatsDataQuery, "appId">;
  /** From `--limit`; the client's default (100,000, e-Stat's maximum) when absent. */
  pageSize?: number;
}

/** `lvCat01`, `cdCat01`, `cdCat01From`, `cdCat01To` (likewise Tab, Time, Area, Cat01–Cat15). */
const FILTER_OPTION = /^(lv|cd)(Tab|Time|Area|Cat(?:0[1-9]|1[0-5]))(From|To)?$/;

/** Parameters the client sets itself: a partial table or replaced markers would only mislead. */
const MANAGED: Record<string, string> = {
  startPosition: "the tool fetches every page itself",
  metaGetFlg: "the tool fetches every page itself",
  cntGetFlg: "the tool fetches every page itself",
  replaceSpChars: "marked cells stay null with their marker",
  sectionHeaderFlg: "not used by the JSON API",
  dataFormat: "not used by the JSON API",
};

/** The appId must not end up in shell history or process lists. */
export function rejectAppId(option: string): void {
  if (/^appid$/i.test(option))
    throw new UsageError("pass the appId through ESTAT_APP_ID or config.json, not the command line");
}

function yesNo(name: string, v: string): boolean {
  if (v === "Y" || v === "N") return v === "Y";
  throw new UsageError(`--${name} must be Y or N (got ${v})`);
}

/**
 * `sme-stats estat get ID --cdCat01 A,B --cdTimeFrom 2015000000 --lvArea 1 --limit 50000 …` → the e-Stat
 * client's getStatsData query: `{cat01: {cd: ["A", "B"]}, time: {from: "2015000000"}, area: {lv: "1"}}`.
 * Code lists are comma-separated (blanks dropped); the CLI's own options (CLI_OPTIONS) are skipped;
 * anything else is a UsageError naming the option, so a typo is never sent or silently ignored.
 */
export function statsDataRequest(
  statsDataId: string,
  options: ReadonlyMap<string, string>,
): StatsDataRequest {
  const filters: Record<string, DimensionFilter> = {};
  const query: StatsDataRequest["query"] = { statsDataId };
  let pageSize: number | undefined;
  for (const [name, value] of options) {
    if (CLI_OPTIONS.has(name)) continue;
    rejectAppId(name);
    const m = FILTER_OPTION.exec(name);
    if (m) {
      const [, kind, suffix, range] = m;
      if (kind === "lv" && range) throw new UsageError(`unknown option --${name} (lv… takes no From/To)`);
      const dim = suffix.charAt(0).toLowerCase() + suffix.slice(1);
      const f = (filters[dim] ??= {});
      if (kind === "lv") f.lv = value;
      else if (range === "From") f.from = value;
      else if (range === "To") f.to = value;
      else {
        f.cd = value
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        if (f.cd.length === 0) throw new UsageError(`--${name} needs at least one code`);
      }
      continue;
    }
    if (name === "limit") {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 100_000)
        throw new UsageError(`--limit must be a whole number from 1 to 100000 (got ${value})`);
      pageSize = n;
    } else if (name === "dataSetId") query.dataSetId = value;
    else if (name === "annotationGetFlg") query.annotationGetFlg = yesNo(name, value);
    else if (name === "explanationGetFlg") query.explanationGetFlg = yesNo(name, value);
    else if (name in MANAGED)
      throw new UsageError(`--${name} is not supported by estat get: ${MANAGED[name]}`);
    else
      throw new UsageError(
        `unknown option --${name} for estat get (filters: --lv<Dim>, --cd<Dim> A,B, --cd<Dim>From, --cd<Dim>To ` +
          `with <Dim> Tab, Time, Area, Cat01–Cat15; also --limit, --dataSetId, --annotationGetFlg, --explanationGetFlg)`,
      );
  }
  if (Object.keys(filters).length > 0) query.filters = filters;
  return pageSize === undefined ? { query } : { query, pageSize };
}
