import { asArray, attr, isObject, num, parseBody, text, type JsonObject } from "./normalize";
import { checkEstatStatus, firstRoot } from "./parseStatsData";

/** One TABLE_INF of getStatsList, every field as text (SURVEY_DATE is a number or a string on the wire). */
export interface EstatTableEntry {
  id: string;
  statsCode?: string;
  statName?: string;
  govOrgCode?: string;
  govOrg?: string;
  statisticsName?: string;
  title: string;
  titleNo?: string;
  cycle?: string;
  surveyDate?: string;
  openDate?: string;
  smallArea?: number;
  collectArea?: string;
  mainCategory?: { code?: string; name?: string };
  subCategory?: { code?: string; name?: string };
  overallTotalNumber?: number;
  updatedDate?: string;
}

/** With statsNameList=Y the list is LIST_INF: surveys, keyed by 政府統計コード. */
export interface EstatSurveyEntry {
  statsCode: string;
  statName?: string;
  govOrgCode?: string;
  govOrg?: string;
}

export interface EstatStatsList {
  /** DATALIST_INF.NUMBER (counts duplicates: one entry per COLLECT_AREA). */
  number?: number;
  from?: number;
  to?: number;
  /** startPosition of the next page; absent on the last page. */
  nextKey?: number;
  tables: EstatTableEntry[];
  surveys: EstatSurveyEntry[];
}

function entry(t: JsonObject): EstatTableEntry {
  const out: EstatTableEntry = { id: attr(t, "id") ?? "", title: text(t.TITLE) ?? "" };
  const set = <K extends keyof EstatTableEntry>(k: K, v: EstatTableEntry[K] | undefined) => {
    if (v !== undefined && v !== "") out[k] = v;
  };
  set("statsCode", attr(t.STAT_NAME, "code"));
  set("statName", text(t.STAT_NAME));
  set("govOrgCode", attr(t.GOV_ORG, "code"));
  set("govOrg", text(t.GOV_ORG));
  set("statisticsName", text(t.STATISTICS_NAME));
  set("titleNo", attr(t.TITLE, "no"));
  set("cycle", text(t.CYCLE));
  set("surveyDate", text(t.SURVEY_DATE));
  set("openDate", text(t.OPEN_DATE));
  set("smallArea", num(t.SMALL_AREA));
  set("collectArea", text(t.COLLECT_AREA));
  if (t.MAIN_CATEGORY !== undefined)
    out.mainCategory = { code: attr(t.MAIN_CATEGORY, "code"), name: text(t.MAIN_CATEGORY) };
  if (t.SUB_CATEGORY !== undefined)
    out.subCategory = { code: attr(t.SUB_CATEGORY, "code"), name: text(t.SUB_CATEGORY) };
  set("overallTotalNumber", num(t.OVERALL_TOTAL_NUMBER));
  set("updatedDate", text(t.UPDATED_DATE));
  return out;
}

/** getStatsList body → entries. TABLE_INF/LIST_INF may be one object or an array. STATUS 1 → no entries. */
export function parseStatsListResponse(json: unknown): EstatStatsList {
  const body = typeof json === "string" ? parseBody(json) : json;
  checkEstatStatus(body);
  const root = firstRoot(body as JsonObject);
  const dl = isObject(root.DATALIST_INF) ? root.DATALIST_INF : {};
  const ri = isObject(dl.RESULT_INF) ? dl.RESULT_INF : {};
  return {
    number: num(dl.NUMBER),
    from: num(ri.FROM_NUMBER),
    to: num(ri.TO_NUMBER),
    nextKey: num(ri.NEXT_KEY),
    tables: asArray(dl.TABLE_INF).filter(isObject).map(entry),
    surveys: asArray(dl.LIST_INF)
      .filter(isObject)
      .map((l) => ({
        statsCode: attr(l, "id") ?? "",
        statName: text(l.STAT_NAME),
        govOrgCode: attr(l.GOV_ORG, "code"),
        govOrg: text(l.GOV_ORG),
      })),
  };
}
