import type { DimensionMeta } from "../core/stats/table/types";
import type { TableInfo } from "./actions";
import { applySuggestion, estimateLoad, LARGE_CELLS, suggestFilters } from "./estimate";
import { shapeTable } from "./real/shapeTable";
import { fetchSource, openSource, type SourceDeps } from "./real/sources";

function dim(id: string, role: DimensionMeta["role"], n: number, levels = false): DimensionMeta {
  return {
    id,
    name: id,
    role,
    codes: Array.from({ length: n }, (_, i) => ({
      code: `${id}${String(i).padStart(4, "0")}`,
      label: `${id} ${i}`,
      level: levels ? (i === 0 ? 1 : 2) : 1,
      parent: levels && i > 0 ? `${id}0000` : undefined,
    })),
  };
}

function info(dimensions: DimensionMeta[], totalRows?: number): TableInfo {
  return { ref: { source: "e-Stat", id: "0000000001" }, title: "t", notes: [], dimensions, totalRows };
}

describe("estimateLoad", () => {
  const table = info([dim("cat01", "category", 10), dim("area", "area", 48), dim("time", "time", 20)]);

  it("counts one row per code combination in long layout, with unit, value, marker and meaning columns", () => {
    expect(estimateLoad(table, {}, { kind: "long" })).toEqual({
      rows: 9600,
      columns: 7,
      cells: 67200,
      large: false,
      known: true,
    });
  });

  it("scales e-Stat's code product by the table's real row count (a sparse generated table: 100 rows, not 100,000)", () => {
    const sparse = info(
      [dim("cat01", "category", 50), dim("area", "area", 50), dim("time", "time", 40)],
      100,
    );
    expect(estimateLoad(sparse, {}, { kind: "long" }).rows).toBe(100);
  });

  it("counts an OECD flow's observations from obs_count (time periods come with the data): 2,304, not 0", () => {
    const oecd: TableInfo = {
      ...info([dim("REF_AREA", "area", 8), dim("MEASURE", "category", 3), dim("UNIT", "category", 4)], 2304),
      ref: { source: "OECD", id: "OECD.STI.STP,DSD_MSTI@DF_MSTI" },
      timeDimension: "TIME_PERIOD",
    };
    expect(estimateLoad(oecd, {}, { kind: "long" })).toMatchObject({ rows: 2304, known: true });
    expect(estimateLoad(oecd, { REF_AREA: ["REF_AREA0000"] }, { kind: "long" }).rows).toBe(288);
  });

  it("says the size is unknown, not 0, when an OECD flow gives no count", () => {
    const oecd: TableInfo = {
      ...info([dim("REF_AREA", "area", 8)]),
      ref: { source: "OECD", id: "X,Y" },
      timeDimension: "TIME_PERIOD",
    };
    expect(estimateLoad(oecd, {}, { kind: "long" })).toMatchObject({ known: false, large: false });
  });

  it("uses only the selected codes", () => {
    expect(
      estimateLoad(table, { area: ["area0000"], time: ["time0001", "time0002"] }, { kind: "long" }).rows,
    ).toBe(20);
  });

  it("scales by the table's density when the source gives its total rows", () => {
    const sparse = info(table.dimensions, 4800);
    expect(estimateLoad(sparse, {}, { kind: "long" }).rows).toBe(4800);
  });

  it("puts the column dimension's codes across in wide layout, after the row keys and a unit column", () => {
    const e = estimateLoad(table, {}, { kind: "wide", rows: ["cat01", "area"], columns: ["time"] });
    expect(e).toEqual({ rows: 480, columns: 23, cells: 11040, large: false, known: true });
  });

  it("counts a code and a label column per dimension when both are written", () => {
    expect(estimateLoad(table, {}, { kind: "long" }, "both").columns).toBe(10);
  });

  it("counts the annotation column an offline-pack load writes, as many columns as the shaped header", async () => {
    const deps = {} as SourceDeps;
    const ref = { source: "offline", id: "gerd_pct_gdp_japan" } as const;
    const opened = await openSource(deps, ref);
    for (const labels of ["label", "code", "both"] as const) {
      const request = {
        ref,
        title: opened.title,
        filters: {},
        layout: { kind: "long" as const },
        labels,
        labelLang: "ja" as const,
      };
      const written = shapeTable(await fetchSource(deps, request, { info: opened }), request);
      const e = estimateLoad(opened, {}, { kind: "long" }, labels);
      expect(e.columns).toBe(written.header.length);
      expect(e.rows).toBe(written.rows.length);
    }
    expect(estimateLoad(opened, {}, { kind: "long" }, "both").columns).toBe(7); // time code, time, unit, value, marker, meaning, annotation
  });

  it(`warns above ${LARGE_CELLS} cells`, () => {
    const big = info([dim("cat01", "category", 100), dim("area", "area", 48), dim("time", "time", 20)]);
    expect(estimateLoad(big, {}, { kind: "long" }).large).toBe(true);
  });
});

describe("suggestFilters", () => {
  const big = info([dim("cat01", "category", 100, true), dim("area", "area", 48), dim("time", "time", 20)]);

  it("suggests the latest periods, the top level and fewer codes", () => {
    const s = suggestFilters(big, {}, { kind: "long" });
    expect(s).toEqual(
      expect.arrayContaining([
        { kind: "latest", dimension: "time", count: 5 },
        { kind: "level", dimension: "cat01", level: 1 },
        { kind: "first", dimension: "area", count: 20 },
      ]),
    );
  });

  it("orders suggestions by how small the load becomes", () => {
    const s = suggestFilters(big, {}, { kind: "long" });
    const cells = s.map((x) => estimateLoad(big, applySuggestion(big, {}, x), { kind: "long" }).cells);
    expect([...cells].sort((a, b) => a - b)).toEqual(cells);
    expect(s[0]).toEqual({ kind: "level", dimension: "cat01", level: 1 });
  });

  it("keeps the latest periods by code order", () => {
    const f = applySuggestion(
      big,
      { time: ["time0003", "time0019", "time0001"] },
      { kind: "latest", dimension: "time", count: 2 },
    );
    expect(f.time).toEqual(["time0003", "time0019"]);
  });

  it("suggests nothing for a dimension already narrowed", () => {
    const s = suggestFilters(
      big,
      { time: ["time0001"], cat01: ["cat010000"], area: ["area0001"] },
      { kind: "long" },
    );
    expect(s).toEqual([]);
  });
});
