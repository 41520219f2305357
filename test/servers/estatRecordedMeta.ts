// getMetaInfo for a table the fake knows only from a recorded getStatsData body. e-Stat's getMetaInfo
// answers GET_META_INFO.{RESULT, PARAMETER, METADATA_INF.{TABLE_INF, CLASS_INF}} (domain notes
// estat-oecd-api.md §1.4; the recorded real answer estat-getMetaInfo-cpi2025-0004052037-trimmed.json):
// TABLE_INF has the same fields getStatsData sends, and CLASS_INF the same CLASS_OBJ list. Both are
// taken from the recording. A recording made with filters (cd*) carries only the selected codes, so the
// derived metadata lists those codes, not the whole table's.

type Json = Record<string, unknown>;

const obj = (v: unknown): Json =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {};

/** The GET_META_INFO body for a recorded GET_STATS_DATA body, or null when it has no TABLE_INF/CLASS_INF. */
export function metaInfoFromStatsData(body: unknown): Json | null {
  const root = obj(obj(body).GET_STATS_DATA);
  const data = obj(root.STATISTICAL_DATA);
  if (!data.TABLE_INF || !data.CLASS_INF) return null;
  const param = obj(root.PARAMETER);
  const result = obj(root.RESULT);
  return {
    GET_META_INFO: {
      RESULT: { STATUS: 0, ERROR_MSG: "正常に終了しました。", DATE: result.DATE ?? new Date().toISOString() },
      PARAMETER: {
        LANG: param.LANG ?? "J",
        STATS_DATA_ID: param.STATS_DATA_ID ?? obj(data.TABLE_INF)["@id"],
        DATA_FORMAT: param.DATA_FORMAT ?? "J",
      },
      METADATA_INF: { TABLE_INF: data.TABLE_INF, CLASS_INF: data.CLASS_INF },
    },
  };
}
