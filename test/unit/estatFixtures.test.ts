// Every saved e-Stat body in ../shared/fixtures parses to the shape its PROVENANCE notes describe, and the
// single-object quirk gives the same tidy rows as the array form.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describeError } from "../../src/core/errors/messages";
import { parseMetaInfoResponse } from "../../src/core/stats/estat/parseMetaInfo";
import { parseSimpleStatsDataCsv } from "../../src/core/stats/estat/parseSimpleCsv";
import { parseStatsDataPages, parseStatsDataResponse } from "../../src/core/stats/estat/parseStatsData";
import { parseStatsListResponse } from "../../src/core/stats/estat/parseStatsList";
import { EstatStatusError } from "../../src/core/stats/estat/statusError";
import { ESTAT_CREDIT } from "../../src/core/stats/estat/credit";
import { toLongMatrix } from "../../src/core/stats/table/toLongMatrix";
import { toWideMatrix } from "../../src/core/stats/table/toWideMatrix";

const ROOT = "/work/shared/fixtures";
const REAL = join(ROOT, "real/estat");
const read = (name: string) => readFileSync(join(REAL, name), "utf8");
const json = (name: string) => JSON.parse(read(name));

describe("getStatsData fixtures", () => {
  it("chingin-kozo: 24 rows, 8 dimensions, per-row units, single-object CLASS and NOTE", () => {
    const { table, issues, status } = parseStatsDataResponse(
      read("estat-getStatsData-chingin-kozo-0003425893.json"),
    );
    expect(status).toBe(0);
    expect(issues).toEqual([]);
    expect(table.rowCount).toBe(24);
    expect(table.dimensions.map((d) => d.id)).toEqual([
      "tab",
      "cat01",
      "cat02",
      "cat03",
      "cat04",
      "cat05",
      "cat06",
      "time",
    ]);
    expect(table.dimensions.find((d) => d.id === "time")!.codes.map((c) => c.code)).toEqual(["2020000000"]);
    expect(table.meta.markers).toEqual([{ marker: "-", meaning: "計数のない場合" }]);
    expect(new Set(table.units)).toEqual(new Set(["歳", "千円"]));
    expect(table.values.every((v) => typeof v === "number")).toBe(true);
    expect(table.meta).toMatchObject({
      source: "e-Stat",
      id: "0003425893",
      survey: "賃金構造基本統計調査",
      credit: ESTAT_CREDIT,
      surveyDate: "0",
    });
    expect(table.meta.sourceUrl).toBe("https://www.e-stat.go.jp/dbview?sid=0003425893");
    expect(table.meta.fetchedAt).toBe("2021-12-19T" + table.meta.fetchedAt.split("T")[1]);
  });

  it("labour force survey: 15 rows, 4 NOTE markers including the numeric 0 and U+2026", () => {
    const { table, issues } = parseStatsDataResponse(json("estat-getStatsData-lfs-0003005798-2024-01.json"));
    expect(issues).toEqual([]);
    expect(table.rowCount).toBe(15);
    expect(table.dimensions.map((d) => d.id)).toEqual(["tab", "cat01", "cat02", "cat03", "area", "time"]);
    expect(table.meta.markers!.map((m) => m.marker)).toEqual(["*", "***", "0", "…"]);
    expect(table.meta).toMatchObject({
      title: "就業状態別15歳以上人口（2000年1月～）",
      survey: "労働力調査",
      updated: "2024-08-30",
      cycle: "月次",
    });
    const long = toLongMatrix(table, { labels: "both" });
    expect(long.rows[0]).toEqual([
      "01",
      "実数(人口)",
      "000",
      "全産業",
      "00",
      "15歳以上人口",
      "0",
      "総数",
      "00000",
      "全国",
      "2024000101",
      "2024年1月",
      "万人",
      10993,
      null,
      null,
    ]);
    const wide = toWideMatrix(table, { rowDims: ["cat02", "cat03"], labels: "label" });
    expect(wide.rows).toHaveLength(15);
    expect(wide.issues).toEqual([]);
  });

  it("CPI DATA_INF only: 261 rows, missing @unit is null, labels come from getMetaInfo by code", () => {
    const meta = parseMetaInfoResponse(json("estat-getMetaInfo-cpi2025-0004052037-trimmed.json"));
    const bare = parseStatsDataResponse(json("estat-getStatsData-cpi2025-0004052037-DATA_INF-only.json"));
    expect(bare.table.rowCount).toBe(261);
    expect(bare.table.dimensions.map((d) => d.id)).toEqual(["tab", "cat01", "area", "time"]);
    expect(bare.table.meta.markers).toEqual([{ marker: "***", meaning: "該当データがない場合を示す。" }]);
    const tab = bare.table.dimensions[0].id === "tab" ? 0 : -1;
    for (let i = 0; i < bare.table.rowCount; i++) {
      const t = bare.table.codes[tab][i];
      expect(bare.table.units[i]).toBe(t === "1" ? null : "%");
    }
    const labelled = parseStatsDataResponse(
      json("estat-getStatsData-cpi2025-0004052037-DATA_INF-only.json"),
      {
        dimensions: meta.dimensions,
        meta: meta.meta,
      },
    );
    expect(labelled.table.meta.title).toBe(meta.meta.title);
    const rows = toLongMatrix(labelled.table, { labels: "label" }).rows;
    expect(rows[0].slice(0, 3)).toEqual(["指数", "0001 総合", "13100 東京都区部"]);
    // the trimmed code lists miss some time codes: reported, not dropped
    expect(labelled.issues.every((i) => i.code === "ESTAT_UNKNOWN_CODE")).toBe(true);
    expect(labelled.table.values.filter((v) => v === null)).toHaveLength(0);
  });

  it("synthetic sample: page 1 of 2 with a '-' marker (value null, never 0) and an annotation", () => {
    const { table, issues, page } = parseStatsDataResponse(
      JSON.parse(readFileSync(join(ROOT, "estat-sample-getStatsData.json"), "utf8")),
    );
    expect(page).toEqual({ total: 24, from: 1, to: 12, nextKey: 13 });
    expect(issues.map((i) => i.code)).toContain("ESTAT_MORE_PAGES");
    expect(table.rowCount).toBe(12);
    const marked = table.markers.findIndex((m) => m === "-");
    expect(marked).toBeGreaterThanOrEqual(0);
    expect(table.values[marked]).toBeNull();
    expect(table.annotations!.some((a) => a !== null)).toBe(true);
  });

  it("getSimpleStatsData CSV gives the same values as the JSON of the same request", () => {
    const csv = parseSimpleStatsDataCsv(read("estat-getSimpleStatsData-lfs-0003005798-2024-01-noheader.csv"));
    const fromJson = parseStatsDataResponse(json("estat-getStatsData-lfs-0003005798-2024-01.json")).table;
    expect(csv.table.rowCount).toBe(15);
    expect(csv.table.dimensions.map((d) => d.id)).toEqual(fromJson.dimensions.map((d) => d.id));
    expect(csv.table.values).toEqual(fromJson.values);
    expect(csv.table.codes).toEqual(fromJson.codes);
  });
});

describe("getMetaInfo and getStatsList fixtures", () => {
  it("CPI meta: tab '指数' has no unit, months are level 4 under quarter parents", () => {
    const { meta, dimensions } = parseMetaInfoResponse(
      json("estat-getMetaInfo-cpi2025-0004052037-trimmed.json"),
    );
    expect(meta.id).toBe("0004052037");
    const tab = dimensions.find((d) => d.id === "tab")!;
    expect(tab.codes[0]).toEqual({ code: "1", label: "指数" });
    expect(tab.codes[1].unit).toBe("%");
    const time = dimensions.find((d) => d.id === "time")!;
    expect(time.codes.find((c) => c.code === "2026000909")).toMatchObject({ level: 4, parent: "2026000709" });
    expect(time.codes.find((c) => c.code === "2025100000")).toMatchObject({ level: 1 });
  });

  it("census list: 40 entries, NEXT_KEY 41, SURVEY_DATE as text whether number or string, duplicate ids kept", () => {
    const list = parseStatsListResponse(json("estat-getStatsList-kokusei-danjo-limit40-nextkey.json"));
    expect(list).toMatchObject({ number: 55, from: 1, to: 40, nextKey: 41 });
    expect(list.tables).toHaveLength(40);
    expect(list.tables[0]).toMatchObject({
      id: "0003433219",
      statsCode: "00200521",
      surveyDate: "202010",
      titleNo: "1-1",
    });
    expect(list.tables.some((t) => t.surveyDate === "202001-202012")).toBe(true);
    expect(new Set(list.tables.map((t) => t.id)).size).toBeLessThan(40);
  });

  it("a single TABLE_INF object is read as a list of one", () => {
    const list = parseStatsListResponse(json("estat-getStatsList-limit1-single-TABLE_INF-nextkey.json"));
    expect(list.tables).toHaveLength(1);
    expect(list.nextKey).toBe(2);
    expect(list.tables[0].surveyDate).toBe("201601-201612");
  });

  it("statsNameList=Y gives surveys from LIST_INF", () => {
    const list = parseStatsListResponse(json("estat-getStatsList-statsNameList-kokusei.json"));
    expect(list.tables).toEqual([]);
    expect(list.surveys.map((s) => s.statsCode)).toEqual(["00200502", "00200521", "00200524", "00200531"]);
    expect(list.surveys[1]).toMatchObject({ statName: "国勢調査", govOrg: "総務省" });
  });

  it("STATUS 100 is an authentication error with ERROR_MSG verbatim and an application-ID hint", () => {
    let err: unknown;
    try {
      parseStatsListResponse(read("estat-error-status100-getStatsList-SEMIREAL.json"));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EstatStatusError);
    const e = err as EstatStatusError;
    expect(e.code).toBe("ESTAT_STATUS_AUTH");
    expect(e.status).toBe(100);
    expect(e.errorMsg).toBe("認証に失敗しました。アプリケーションIDを確認して下さい。");
    expect(describeError(e, "ja")).toContain("アプリケーションIDが正しいか");
    expect(describeError(e, "en")).toContain("Check the application ID");
    expect(describeError(e)).toContain("STATUS 100");
  });
});

// ---- the single-object quirk ----

type J = Record<string, unknown>;
const sd = (body: J) => (body.GET_STATS_DATA as J).STATISTICAL_DATA as J;
const wrap = (x: unknown) => (x === undefined || Array.isArray(x) ? x : [x]);

/** The same body with every CLASS_OBJ, CLASS, NOTE and VALUE as an array. */
function arrayForm(body: J): J {
  const copy = structuredClone(body);
  const s = sd(copy);
  const ci = s.CLASS_INF as J;
  ci.CLASS_OBJ = wrap(ci.CLASS_OBJ);
  for (const o of ci.CLASS_OBJ as J[]) o.CLASS = wrap(o.CLASS);
  const di = s.DATA_INF as J;
  di.NOTE = wrap(di.NOTE);
  di.VALUE = wrap(di.VALUE);
  return copy;
}

/** Keeps one dimension (and so one CLASS_OBJ), one code, one VALUE and one NOTE, each as a bare object. */
function singleForm(body: J, dim: string): J {
  const copy = structuredClone(arrayForm(body));
  const s = sd(copy);
  const obj = ((s.CLASS_INF as J).CLASS_OBJ as J[]).find((o) => o["@id"] === dim)!;
  const v = ((s.DATA_INF as J).VALUE as J[])[0];
  const cls = (obj.CLASS as J[]).find((c) => c["@code"] === v[`@${dim}`])!;
  (s.CLASS_INF as J).CLASS_OBJ = { ...obj, CLASS: cls };
  const one: J = { [`@${dim}`]: v[`@${dim}`], $: v.$ };
  if (v["@unit"] !== undefined) one["@unit"] = v["@unit"];
  (s.DATA_INF as J).VALUE = one;
  (s.DATA_INF as J).NOTE = ((s.DATA_INF as J).NOTE as J[])[0];
  return copy;
}

describe("single-object quirk", () => {
  const bodies: [string, J][] = [
    ["chingin", json("estat-getStatsData-chingin-kozo-0003425893.json")],
    ["lfs", json("estat-getStatsData-lfs-0003005798-2024-01.json")],
    ["sample", JSON.parse(readFileSync(join(ROOT, "estat-sample-getStatsData.json"), "utf8"))],
  ];

  it.each(bodies)("%s: the all-array form gives the same tidy rows", (_name, body) => {
    const a = toLongMatrix(parseStatsDataResponse(body).table);
    const b = toLongMatrix(parseStatsDataResponse(arrayForm(body)).table);
    expect(b).toEqual(a);
  });

  it.each(bodies)(
    "%s: one CLASS_OBJ, one CLASS, one VALUE, one NOTE as objects equal the same as arrays",
    (_name, body) => {
      const single = singleForm(body, "time");
      const asArrays = arrayForm(single);
      expect(Array.isArray((sd(single).DATA_INF as J).VALUE)).toBe(false);
      expect(Array.isArray((sd(single).CLASS_INF as J).CLASS_OBJ)).toBe(false);
      const a = parseStatsDataResponse(single);
      const b = parseStatsDataResponse(asArrays);
      expect(a.table.rowCount).toBe(1);
      expect(a.table.dimensions).toHaveLength(1);
      expect(a.table.meta.markers).toHaveLength(1);
      expect(toLongMatrix(a.table)).toEqual(toLongMatrix(b.table));
    },
  );

  it("a body with DATA_INF missing (STATUS 1) is an empty table with its dimensions", () => {
    const body = structuredClone(json("estat-getStatsData-lfs-0003005798-2024-01.json")) as J;
    delete sd(body).DATA_INF;
    ((body.GET_STATS_DATA as J).RESULT as J).STATUS = 1;
    const { table, status } = parseStatsDataResponse(body);
    expect(status).toBe(1);
    expect(table.rowCount).toBe(0);
    expect(table.dimensions).toHaveLength(6);
    expect(toLongMatrix(table).rows).toEqual([]);
  });

  it("saved pages in any order are assembled by FROM_NUMBER", () => {
    const body = JSON.parse(readFileSync(join(ROOT, "estat-sample-getStatsData.json"), "utf8")) as J;
    const p2 = structuredClone(body);
    const ri = sd(p2).RESULT_INF as J;
    Object.assign(ri, { FROM_NUMBER: 13, TO_NUMBER: 24 });
    delete ri.NEXT_KEY;
    delete sd(p2).CLASS_INF;
    const merged = parseStatsDataPages([p2, body]);
    expect(merged.table.rowCount).toBe(24);
    expect(merged.issues.filter((i) => i.code === "ESTAT_PAGE_GAP")).toEqual([]);
    expect(merged.table.values.slice(0, 12)).toEqual(parseStatsDataResponse(body).table.values);
  });
});

describe("XML fixtures (read through the same parsers)", () => {
  it("GDP getMetaInfo XML: 137 CLASS items, quarters under half-year parents, plain-string TITLE, entities decoded", () => {
    const { meta, dimensions } = parseMetaInfoResponse(read("estat-getMetaInfo-qe-gdp-0003109741.xml"));
    expect(meta).toMatchObject({
      id: "0003109741",
      survey: "国民経済計算",
      updated: "2022-09-16",
      surveyDate: "202204-202206",
    });
    expect(meta.title).toContain("国内総生産");
    expect(dimensions.reduce((s, d) => s + d.codes.length, 0)).toBe(137);
    const time = dimensions.find((d) => d.id === "time")!;
    expect(time.codes.find((c) => c.code === "1994000103")).toMatchObject({ level: 3, parent: "1994010000" });
    const labels = dimensions.flatMap((d) => d.codes.map((c) => c.label));
    expect(labels.some((l) => l.includes("<参考>"))).toBe(true);
  });

  it("kikai-juchu getStatsList XML: 2 tables, NUMBER 101, NEXT_KEY 3", () => {
    const list = parseStatsListResponse(read("estat-getStatsList-kikai-juchu-limit2-nextkey.xml"));
    expect(list).toMatchObject({ number: 101, from: 1, to: 2, nextKey: 3 });
    expect(list.tables.map((t) => t.id)).toEqual(["0003355224", "0003355228"]);
    expect(list.tables[0].cycle).toBe("年度次");
  });
});
