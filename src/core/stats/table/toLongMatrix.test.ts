import { createLongView, toLongMatrix } from "./toLongMatrix";
import { fromLongRows } from "./fromLongRows";
import { sampleTable } from "./testTable";

describe("toLongMatrix", () => {
  it("writes a code and a label column per dimension, then unit, value, marker and its meaning", () => {
    const { header, rows } = toLongMatrix(sampleTable());
    expect(header).toEqual([
      "cat01_code",
      "産業",
      "area_code",
      "地域",
      "time_code",
      "時間軸（年次）",
      "unit",
      "value",
      "marker",
      "marker_meaning",
    ]);
    expect(rows[0]).toEqual([
      "100",
      "製造業",
      "00000",
      "全国",
      "2024000000",
      "2024年",
      "億円",
      12.5,
      null,
      null,
    ]);
    expect(rows[4]).toEqual([
      "200",
      "その他",
      "00000",
      "全国",
      "2023000000",
      "2023年",
      "億円",
      null,
      "-",
      "計数のない場合",
    ]);
  });

  it("keeps the number of a numeric marker and flags it", () => {
    const { rows } = toLongMatrix(sampleTable(), { labels: "code" });
    expect(rows[5]).toEqual(["200", "00000", "2024000000", "億円", 0, "0", "数値が表章単位に満たないもの"]);
  });

  it("uses English labels where the source has them and falls back to Japanese", () => {
    const { header, rows } = toLongMatrix(sampleTable(), { labels: "label", lang: "en" });
    expect(header.slice(0, 3)).toEqual(["Industry", "地域", "Time"]);
    expect(rows[0].slice(0, 3)).toEqual(["Manufacturing", "全国", "2024"]);
    expect(rows[4][0]).toBe("その他");
  });

  it("shows hierarchy as level columns or as full-width indentation", () => {
    const lv = toLongMatrix(sampleTable(), { labels: "label", hierarchy: "level" });
    expect(lv.header.slice(0, 2)).toEqual(["産業", "cat01_level"]);
    expect(lv.rows[0].slice(0, 2)).toEqual(["製造業", 2]);
    const ind = toLongMatrix(sampleTable(), { labels: "label", hierarchy: "indent" });
    expect(ind.rows[0][0]).toBe("\u3000製造業");
    expect(ind.rows[1][0]).toBe("全産業");
  });

  it("streams the same rows through createLongView", () => {
    const view = createLongView(sampleTable());
    expect(view.rowCount).toBe(6);
    expect(view.row(3)).toEqual(toLongMatrix(sampleTable()).rows[3]);
  });

  it("reads its own output back into the same tidy table", () => {
    const t = sampleTable();
    const { header, rows } = toLongMatrix(t, { hierarchy: "level" });
    const { table, issues } = fromLongRows(header, rows);
    expect(issues).toEqual([]);
    expect(table.codes).toEqual(t.codes);
    expect(table.values).toEqual(t.values);
    expect(table.markers).toEqual(t.markers);
    expect(table.units).toEqual(t.units);
    expect(table.dimensions[0].codes.find((c) => c.code === "100")).toMatchObject({
      label: "製造業",
      level: 2,
    });
    expect(table.meta.markers).toEqual(expect.arrayContaining([{ marker: "-", meaning: "計数のない場合" }]));
  });

  it("refuses long rows without code columns, because labels are not keys", () => {
    const { header, rows } = toLongMatrix(sampleTable(), { labels: "label" });
    expect(() => fromLongRows(header, rows)).toThrow(
      expect.objectContaining({ code: "TABLE_BAD_LONG_ROWS" }),
    );
  });
});
