import type { DimensionMeta, TableMeta } from "../table/types";
import { parseClassInf, parseTableInf } from "./classInf";
import { isObject, parseBody, text } from "./normalize";
import { badResponse, checkEstatStatus, firstRoot } from "./parseStatsData";

export interface EstatMetaInfo {
  meta: TableMeta;
  /** Dimensions with full code lists: code, name, level, parentCode, unit. */
  dimensions: DimensionMeta[];
  /** Data rows of the whole table (TABLE_INF.OVERALL_TOTAL_NUMBER), when e-Stat sends it. */
  totalRows?: number;
}

/** getMetaInfo body → table metadata and dimensions. STATUS ≥ 100 throws EstatStatusError. */
export function parseMetaInfoResponse(
  json: unknown,
  options: { fetchedAt?: string; query?: string } = {},
): EstatMetaInfo {
  const body = typeof json === "string" ? parseBody(json) : json;
  checkEstatStatus(body);
  const root = firstRoot(body as Record<string, unknown>);
  const inf = isObject(root.METADATA_INF) ? root.METADATA_INF : undefined;
  if (!inf) throw badResponse("METADATA_INF is missing");
  const param = isObject(root.PARAMETER) ? root.PARAMETER : {};
  const lang = text(param.LANG) === "E" ? "en" : "ja";
  const result = isObject(root.RESULT) ? root.RESULT : {};
  const meta: TableMeta = {
    ...parseTableInf(inf.TABLE_INF, text(param.STATS_DATA_ID) ?? "", lang),
    fetchedAt: options.fetchedAt ?? text(result.DATE) ?? new Date().toISOString(),
  };
  if (options.query) meta.query = options.query;
  const tableInf = isObject(inf.TABLE_INF) ? inf.TABLE_INF : {};
  const total = Number(text(tableInf.OVERALL_TOTAL_NUMBER));
  return {
    meta,
    dimensions: parseClassInf(inf.CLASS_INF, lang),
    ...(text(tableInf.OVERALL_TOTAL_NUMBER) !== undefined && Number.isFinite(total)
      ? { totalRows: total }
      : {}),
  };
}
