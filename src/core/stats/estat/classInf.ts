import type { CodeItem, DimensionMeta, DimensionRole, TableMeta } from "../table/types";
import { asArray, attr, isObject, num, text, type JsonObject } from "./normalize";
import { ESTAT_CREDIT, estatTableViewUrl } from "./credit";

export function roleOfEstatId(id: string): DimensionRole {
  if (id === "tab") return "tab";
  if (id === "time") return "time";
  if (id === "area") return "area";
  if (/^cat\d\d$/.test(id)) return "category";
  return "other";
}

/** The order e-Stat lists dimensions in (tab, cat01…cat15, area, time), for tables read without CLASS_INF. */
export function estatDimensionRank(id: string): number {
  if (id === "tab") return 0;
  const m = /^cat(\d\d)$/.exec(id);
  if (m) return Number(m[1]);
  if (id === "area") return 90;
  if (id === "time") return 91;
  return 95;
}

/** CLASS_INF (or METADATA_INF.CLASS_INF) → dimensions with code lists, levels, parents and units. */
export function parseClassInf(classInf: unknown, lang: "ja" | "en" = "ja"): DimensionMeta[] {
  const objs = isObject(classInf) ? asArray(classInf.CLASS_OBJ) : [];
  return objs.filter(isObject).map((obj) => {
    const id = attr(obj, "id") ?? "";
    const name = attr(obj, "name") ?? id;
    const codes: CodeItem[] = asArray(obj.CLASS)
      .filter(isObject)
      .map((c: JsonObject) => {
        const code = attr(c, "code") ?? "";
        const label = attr(c, "name") ?? code;
        const item: CodeItem = { code, label };
        if (lang === "en") item.labelEn = label;
        const level = num(c["@level"]);
        if (level !== undefined && level > 0) item.level = level;
        const parent = attr(c, "parentCode");
        if (parent) item.parent = parent;
        const unit = attr(c, "unit");
        if (unit) item.unit = unit;
        return item;
      });
    const dim: DimensionMeta = { id, name, role: roleOfEstatId(id), codes };
    if (lang === "en") dim.nameEn = name;
    return dim;
  });
}

export interface TableInfMeta {
  meta: Omit<TableMeta, "fetchedAt">;
  totalInTable?: number;
}

/** TABLE_INF → table metadata (title, survey, organisation, dates) plus the credit text. */
export function parseTableInf(
  tableInf: unknown,
  fallbackId = "",
  lang: "ja" | "en" = "ja",
): Omit<TableMeta, "fetchedAt"> {
  const t = isObject(tableInf) ? tableInf : {};
  const id = attr(t, "id") ?? fallbackId;
  const title =
    text(t.TITLE) ??
    text(isObject(t.TITLE_SPEC) ? t.TITLE_SPEC.TABLE_NAME : undefined) ??
    text(t.STATISTICS_NAME) ??
    id;
  const meta: Omit<TableMeta, "fetchedAt"> = { source: "e-Stat", id, title, credit: ESTAT_CREDIT, lang };
  const survey = text(t.STAT_NAME);
  if (survey) meta.survey = survey;
  const statsCode = attr(t.STAT_NAME, "code");
  if (statsCode) meta.statsCode = statsCode;
  const org = text(t.GOV_ORG);
  if (org) meta.organization = org;
  const updated = text(t.UPDATED_DATE);
  if (updated) meta.updated = updated;
  const cycle = text(t.CYCLE);
  if (cycle) meta.cycle = cycle;
  const surveyDate = text(t.SURVEY_DATE);
  if (surveyDate !== undefined) meta.surveyDate = surveyDate;
  if (id) meta.sourceUrl = estatTableViewUrl(id);
  return meta;
}
