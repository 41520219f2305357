import fc from "fast-check";
import { createLongView, toLongMatrix } from "./toLongMatrix";
import { fromLongRows } from "./fromLongRows";
import { encodesLikeRecords, sampleTable } from "./testTable";
import type { DimensionMeta, TidyTable } from "./types";

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

describe("createLongView.encodeRows", () => {
  const text = fc.constantFrom("全国", '=HYPERLINK("x")', '"注" 付き', "＋1", "", "製造業");
  /** A random table: 0–4 dimensions, codes in and out of their lists, markers with and without meanings. */
  const arbTable = fc
    .record({
      lists: fc.array(fc.array(fc.record({ label: text, level: fc.option(fc.nat(3)) }), { maxLength: 4 }), {
        maxLength: 4,
      }),
      rows: fc.array(
        fc.record({
          pick: fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }),
          value: fc.option(fc.oneof(fc.double(), fc.integer(), fc.constant(12.5))),
          marker: fc.option(fc.constantFrom("-", "***", "x")),
          unit: fc.option(text),
          annotation: fc.option(text),
        }),
        { maxLength: 30 },
      ),
      annotated: fc.boolean(),
    })
    .map(({ lists, rows, annotated }): TidyTable => {
      const dimensions: DimensionMeta[] = lists.map((items, d) => ({
        id: `cat0${d + 1}`,
        name: `分類${d + 1}`,
        role: "category",
        codes: items.map((it, k) => ({ code: `c${k}`, label: it.label, level: it.level ?? undefined })),
      }));
      return {
        meta: {
          source: "e-Stat",
          id: "x",
          title: "x",
          fetchedAt: "2025-01-01T00:00:00Z",
          markers: [{ marker: "-", meaning: "計数のない場合" }],
        },
        dimensions,
        rowCount: rows.length,
        // sorted runs and codes outside the list (c4, c5) alike
        codes: dimensions.map((_, d) => rows.map((r) => `c${r.pick[d]}`)),
        values: rows.map((r) => r.value),
        markers: rows.map((r) => r.marker),
        units: rows.map((r) => r.unit),
        ...(annotated ? { annotations: rows.map((r) => r.annotation) } : {}),
      };
    });

  it("writes the bytes DelimitedEncoder.record writes for row(i), whatever the options", () => {
    fc.assert(
      fc.property(
        arbTable,
        fc.constantFrom("code", "label", "both") as fc.Arbitrary<"code" | "label" | "both">,
        fc.constantFrom("none", "level", "indent") as fc.Arbitrary<"none" | "level" | "indent">,
        fc.integer({ min: 1, max: 40 }),
        (t, labels, hierarchy, capacity) => {
          const view = createLongView(t, { labels, hierarchy });
          expect(encodesLikeRecords(view, capacity, 4)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
