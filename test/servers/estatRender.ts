// Renders e-Stat bodies for generated tables (shared by the fake server and the benchmarks).
import { asciiJson, type GeneratedTable } from "./estatGenerate";

export const MAX_LIMIT = 100_000;
export const MAX_CODES = 100;

const oneOf = (singleObjects: boolean) => (items: string[]) =>
  items.length === 1 && singleObjects ? items[0] : `[${items.join(",")}]`;

export function now(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}

export const STATUS_TEXT: Record<number, [number, string]> = {
  0: [200, "正常に終了しました。"],
  1: [200, "正常に終了しましたが、該当データはありませんでした。"],
  2: [200, "正常に終了しましたが、一部にエラーがあります。"],
  100: [403, "認証に失敗しました。アプリケーションIDを確認して下さい。"],
  101: [400, "statsDataIdを指定して下さい。"],
  102: [400, "limitの値が正しくありません。"],
  103: [400, "searchWordの値が長すぎます。"],
  104: [400, "cdCat01に使用できる文字は半角英数字です。"],
  105: [400, "cdCat01の値が多すぎます。100個以内で指定して下さい。"],
  200: [500, "データベースにアクセスできませんでした。"],
  299: [500, "予期しないエラーが発生しました。"],
  300: [400, "statsDataId=[X]のデータは存在しません。"],
  400: [200, "返却セルデータ数が多すぎます。"],
};

export function resultJson(status: number, msg?: string): string {
  return `{"STATUS":${status},"ERROR_MSG":${asciiJson(msg ?? STATUS_TEXT[status]?.[1] ?? "エラーが発生しました。")},"DATE":${asciiJson(now())}}`;
}

export function renderClassInf(g: GeneratedTable, singleObjects = true): string {
  const one = oneOf(singleObjects);
  const objs = g.spec.dims.map((dim, d) => {
    const classes: string[] = [];
    for (let k = 0; k < dim.size; k++) {
      const code = g.codeOf(d, k);
      const name = dim.id === "time" ? `${2000 + k}年` : `${dim.name}${k + 1}`;
      const unit = dim.id === "tab" ? `,"@unit":${asciiJson(k === 0 ? "百万円" : "%")}` : "";
      classes.push(`{"@code":"${code}","@name":${asciiJson(name)},"@level":"1"${unit}}`);
    }
    return `{"@id":"${dim.id}","@name":${asciiJson(dim.name)},"CLASS":${one(classes)}}`;
  });
  return `{"CLASS_OBJ":${one(objs)}}`;
}

export function renderTableInf(id: string, title: string, total: number): string {
  return `{"@id":"${id}","STAT_NAME":{"@code":"00000000","$":${asciiJson("生成統計")}},"GOV_ORG":{"@code":"00000","$":${asciiJson("テスト省")}},"STATISTICS_NAME":${asciiJson(title)},"TITLE":{"@no":"1","$":${asciiJson(title)}},"CYCLE":${asciiJson("年次")},"SURVEY_DATE":0,"OPEN_DATE":"2025-01-01","SMALL_AREA":0,"COLLECT_AREA":${asciiJson("全国")},"OVERALL_TOTAL_NUMBER":${total},"UPDATED_DATE":"2025-01-01"}`;
}

/** Row indices that pass the cd* filters (null = all rows). Bounded by the table size. */
export function filterRows(g: GeneratedTable, q: URLSearchParams): Int32Array | null {
  const tests: ((digits: number[]) => boolean)[] = [];
  g.spec.dims.forEach((dim, d) => {
    const key =
      dim.id === "tab"
        ? "Tab"
        : dim.id === "time"
          ? "Time"
          : dim.id === "area"
            ? "Area"
            : `Cat${dim.id.slice(3)}`;
    const list = q.get(`cd${key}`);
    const from = q.get(`cd${key}From`);
    const to = q.get(`cd${key}To`);
    if (list) {
      const set = new Set(list.split(","));
      tests.push((x) => set.has(g.codeOf(d, x[d])));
    }
    if (from && from !== "min") tests.push((x) => g.codeOf(d, x[d]) >= from);
    if (to && to !== "max") tests.push((x) => g.codeOf(d, x[d]) <= to);
  });
  if (tests.length === 0) return null;
  const out: number[] = [];
  const x: number[] = [];
  for (let i = 0; i < g.total; i++) {
    g.digits(i, x);
    if (tests.every((t) => t(x))) out.push(i);
  }
  return Int32Array.from(out);
}

export function tooManyCodes(q: URLSearchParams): string | null {
  for (const [k, v] of q)
    if (/^cd(Tab|Time|Area|Cat\d\d)$/.test(k) && v.split(",").length > MAX_CODES) return k;
  return null;
}

/**
 * One getStatsData body for a generated table and a query (startPosition, limit, cntGetFlg, metaGetFlg,
 * cd* filters), rendered by string building: a 100,000-row page is about 12 MB and takes ~0.1 s.
 */
export function renderStatsData(
  g: GeneratedTable,
  q: URLSearchParams,
  opts: {
    singleObjects?: boolean;
    honourCntGetFlg?: boolean;
    omitClassInf?: boolean;
    omitTotalNumber?: boolean;
  } = {},
): string {
  const singleObjects = opts.singleObjects !== false;
  const one = oneOf(singleObjects);
  const rowsSel = filterRows(g, q);
  const total = rowsSel ? rowsSel.length : g.total;
  const id = g.spec.id;
  const withMeta = q.get("metaGetFlg") !== "N";
  const countOnly = q.get("cntGetFlg") === "Y" && opts.honourCntGetFlg !== false;
  const start = Math.max(1, Number(q.get("startPosition") ?? 1) || 1);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(q.get("limit") ?? MAX_LIMIT) || MAX_LIMIT));
  const param = `{"LANG":"J","STATS_DATA_ID":"${id}","DATA_FORMAT":"J","START_POSITION":${start},"LIMIT":${limit},"METAGET_FLG":"${withMeta ? "Y" : "N"}","CNT_GET_FLG":"${countOnly ? "Y" : "N"}"}`;
  const meta = withMeta
    ? `,"TABLE_INF":${renderTableInf(id, g.spec.title, g.total)}${opts.omitClassInf ? "" : `,"CLASS_INF":${renderClassInf(g, singleObjects)}`}`
    : "";
  if (total === 0 || start > total) {
    return `{"GET_STATS_DATA":{"RESULT":${resultJson(1)},"PARAMETER":${param},"STATISTICAL_DATA":{"RESULT_INF":{"TOTAL_NUMBER":0}${meta}}}}`;
  }
  if (countOnly) {
    return `{"GET_STATS_DATA":{"RESULT":${resultJson(0)},"PARAMETER":${param},"STATISTICAL_DATA":{"RESULT_INF":{"TOTAL_NUMBER":${total}}${meta}}}}`;
  }
  const end = Math.min(total, start + limit - 1);
  const nextKey = end < total ? `,"NEXT_KEY":${end + 1}` : "";
  const dims = g.spec.dims;
  const units = ["\\u767E\\u4E07\\u5186", "%"]; // 百万円, %
  const keys = dims.map((d) => `"@${d.id}":"`);
  // `"@cat01":"003",` per dimension and code, built once per page instead of once per cell
  const fragments = dims.map((dim, d) =>
    Array.from({ length: dim.size }, (_, k) => `${keys[d]}${g.codeOf(d, k)}",`),
  );
  const values: string[] = new Array(end - start + 1);
  const x: number[] = [];
  const ann = g.spec.annotationEvery;
  for (let p = start; p <= end; p++) {
    const i = rowsSel ? rowsSel[p - 1] : p - 1;
    g.digits(i, x);
    let s = "{";
    for (let d = 0; d < dims.length; d++) s += fragments[d][x[d]];
    const tabIdx = dims[0]?.id === "tab" ? x[0] : 0;
    s += `"@unit":"${units[tabIdx % 2]}",`;
    if (ann > 0 && i % ann === 0) s += `"@annotation":"A${i % 7}",`;
    s += `"$":"${g.valueText(i)}"}`;
    values[p - start] = s;
  }
  const notes = g.notes.map((n) => `{"@char":${asciiJson(n.char)},"$":${asciiJson(n.meaning)}}`);
  const value = values.length === 1 && singleObjects ? values[0] : `[${values.join(",")}]`;
  return `{"GET_STATS_DATA":{"RESULT":${resultJson(0)},"PARAMETER":${param},"STATISTICAL_DATA":{"RESULT_INF":{${opts.omitTotalNumber ? "" : `"TOTAL_NUMBER":${total},`}"FROM_NUMBER":${start},"TO_NUMBER":${end}${nextKey}}${meta},"DATA_INF":{"NOTE":${one(notes)},"VALUE":${value}}}}}`;
}

export function renderMeta(g: GeneratedTable, singleObjects = true): string {
  return `{"GET_META_INFO":{"RESULT":${resultJson(0)},"PARAMETER":{"LANG":"J","STATS_DATA_ID":"${g.spec.id}","DATA_FORMAT":"J"},"METADATA_INF":{"TABLE_INF":${renderTableInf(g.spec.id, g.spec.title, g.total)},"CLASS_INF":${renderClassInf(g, singleObjects)}}}}`;
}
