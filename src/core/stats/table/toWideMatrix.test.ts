import fc from "fast-check";
import { createWideView, toWideMatrix } from "./toWideMatrix";
import { unpivotWide } from "./unpivotWide";
import { concatTables } from "./concatTables";
import { encodesLikeRecords, sampleTable } from "./testTable";
import type { DimensionMeta, TidyTable } from "./types";

describe("toWideMatrix", () => {
  it("puts time in the columns and rows in code-list order, with markers in their cells", () => {
    const w = toWideMatrix(sampleTable(), { rowDims: ["cat01"], labels: "both" });
    expect(w.header).toEqual(["cat01_code", "産業", "unit", "2023年 [2023000000]", "2024年 [2024000000]"]);
    expect(w.rows).toEqual([
      ["000", "全産業", "億円", 100, 110],
      ["100", "製造業", "億円", 10, 12.5],
      ["200", "その他", "億円", "-", 0],
    ]);
    expect(w.issues).toEqual([]);
    expect(w.layout.fixed).toEqual([{ dimension: "area", code: "00000" }]);
    expect(w.colKeys).toEqual(["2023000000", "2024000000"]);
  });

  it("leaves marked cells blank on request", () => {
    const w = toWideMatrix(sampleTable(), {
      rowDims: ["cat01"],
      labels: "code",
      markerCells: "blank",
      unitColumn: false,
    });
    expect(w.header).toEqual(["cat01_code", "2023000000", "2024000000"]);
    expect(w.rows[2]).toEqual(["200", null, 0]);
  });

  it("indents labels by hierarchy level", () => {
    const w = toWideMatrix(sampleTable(), { rowDims: ["cat01"], labels: "label", hierarchy: "indent" });
    expect(w.rows.map((r) => r[0])).toEqual(["全産業", "\u3000製造業", "\u3000その他"]);
  });

  it("reports duplicate keys instead of overwriting, keeping the first value", () => {
    const t = concatTables([sampleTable(), sampleTable()]);
    t.values[6] = 999; // same key as row 0, a different value
    const w = toWideMatrix(t, { rowDims: ["cat01"], labels: "code" });
    expect(w.duplicateCount).toBe(6);
    expect(w.issues.filter((i) => i.code === "TABLE_WIDE_DUPLICATE")).toHaveLength(6);
    expect(w.rows[1][w.layout.keyColumnCount + 1]).toBe(12.5);
    expect(() => toWideMatrix(t, { rowDims: ["cat01"], onDuplicate: "throw" })).toThrow(
      expect.objectContaining({
        code: "TABLE_WIDE_DUPLICATE",
        params: { count: 6, key: expect.stringContaining("cat01=") },
      }),
    );
  });

  it("flags a dimension that varies but is neither a row nor the column", () => {
    const w = toWideMatrix(sampleTable(), { rowDims: ["area"], colDim: "time" });
    expect(w.issues.map((i) => i.code)).toContain("TABLE_WIDE_HIDDEN_DIMENSION");
    expect(w.duplicateCount).toBeGreaterThan(0);
  });

  it("pivots on any dimension and rejects unknown ones", () => {
    const w = toWideMatrix(sampleTable(), { rowDims: ["time"], colDim: "cat01", labels: "code" });
    expect(w.header).toEqual(["time_code", "unit", "000", "100", "200"]);
    expect(() => toWideMatrix(sampleTable(), { rowDims: ["cat99"] })).toThrow(
      expect.objectContaining({ code: "TABLE_UNKNOWN_DIMENSION" }),
    );
  });
});

// ---- property: pivot then unpivot gives back the same rows ----

const MARKERS = [
  { marker: "-", meaning: "計数のない場合" },
  { marker: "***", meaning: "該当データなし" },
  { marker: "0", meaning: "数値が表章単位に満たないもの" },
];

/** A random table with unique keys over (row dims × column dim), a fixed area, units by row, some markers. */
const arbTable = fc
  .record({
    nRowDims: fc.integer({ min: 1, max: 3 }),
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
    keep: fc.array(fc.boolean(), { minLength: 256, maxLength: 256 }),
    cells: fc.array(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).filter((x) => x !== 0),
        fc.constantFrom("-", "***"),
        fc.constant(0),
      ),
      { minLength: 256, maxLength: 256 },
    ),
    shuffle: fc.array(fc.nat(), { minLength: 256, maxLength: 256 }),
  })
  .map(({ nRowDims, sizes, keep, cells, shuffle }) => {
    const ids = ["cat01", "cat02", "cat03"].slice(0, nRowDims);
    const dimensions: DimensionMeta[] = [
      ...ids.map((id, k) => ({
        id,
        name: id,
        role: "category" as const,
        // labels repeat on purpose: joins must not depend on them
        codes: Array.from({ length: sizes[k] }, (_, j) => ({ code: `${id}-${j}`, label: "同じ名前" })),
      })),
      { id: "area", name: "地域", role: "area", codes: [{ code: "00000", label: "全国" }] },
      {
        id: "time",
        name: "時間",
        role: "time",
        codes: Array.from({ length: sizes[3] }, (_, j) => ({
          code: `${2000 + j}000000`,
          label: `${2000 + j}年`,
        })),
      },
    ];
    const t: TidyTable = {
      meta: { source: "e-Stat", id: "x", title: "x", fetchedAt: "2025-01-01T00:00:00Z", markers: MARKERS },
      dimensions,
      rowCount: 0,
      codes: dimensions.map(() => []),
      values: [],
      markers: [],
      units: [],
    };
    const combos: number[][] = [[]];
    for (const size of [...sizes.slice(0, nRowDims), sizes[3]]) {
      const next: number[][] = [];
      for (const c of combos) for (let j = 0; j < size; j++) next.push([...c, j]);
      combos.splice(0, combos.length, ...next);
    }
    const order = combos
      .map((c, i) => ({ c, i, s: shuffle[i % shuffle.length] }))
      .sort((a, b) => a.s - b.s || a.i - b.i);
    for (const { c, i } of order) {
      if (!keep[i % keep.length]) continue;
      c.slice(0, nRowDims).forEach((j, k) => t.codes[k].push(`${ids[k]}-${j}`));
      t.codes[nRowDims].push("00000");
      t.codes[nRowDims + 1].push(`${2000 + c[nRowDims]}000000`);
      const cell = cells[i % cells.length];
      t.values.push(typeof cell === "number" ? cell : null);
      t.markers.push(typeof cell === "number" ? (cell === 0 ? "0" : null) : cell);
      t.units.push(`unit-${c[0]}`);
      t.rowCount++;
    }
    return { t, rowDims: ids };
  });

function records(t: TidyTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    const key = t.dimensions
      .map((d, k) => [d.id, t.codes[k][i]] as const)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([id, c]) => `${id}=${c}`)
      .join("&");
    out.push(JSON.stringify([key, t.values[i], t.markers[i], t.units[i]]));
  }
  return out.sort();
}

describe("pivot then unpivot", () => {
  it("returns the same rows (codes, values, markers, units) whatever the labels", () => {
    fc.assert(
      fc.property(
        arbTable,
        fc.constantFrom("code", "label", "both") as fc.Arbitrary<"code" | "label" | "both">,
        ({ t, rowDims }, labels) => {
          const wide = toWideMatrix(t, { rowDims, labels });
          expect(wide.duplicateCount).toBe(0);
          const back = unpivotWide(wide, { template: t });
          expect(records(back)).toEqual(records(t));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** A table with the view options both createWideView properties vary. */
const arbViewCase = fc.record({
  table: arbTable,
  labels: fc.constantFrom("code", "label", "both") as fc.Arbitrary<"code" | "label" | "both">,
  hierarchy: fc.constantFrom("none", "level", "indent") as fc.Arbitrary<"none" | "level" | "indent">,
  blank: fc.boolean(),
});

describe("createWideView", () => {
  it("builds the same header and rows as toWideMatrix, one row at a time", () => {
    fc.assert(
      fc.property(arbViewCase, ({ table: { t, rowDims }, labels, hierarchy, blank }) => {
        const options = { rowDims, labels, hierarchy, markerCells: blank ? ("blank" as const) : undefined };
        const wide = toWideMatrix(t, options);
        const view = createWideView(t, options);
        expect(view.header).toEqual(wide.header);
        expect(view.rowCount).toBe(wide.rows.length);
        expect(Array.from({ length: view.rowCount }, (_, r) => view.row(r))).toEqual(wide.rows);
        expect(view.duplicateCount).toBe(wide.duplicateCount);
      }),
      { numRuns: 150 },
    );
  });

  it("encodes rows to the bytes DelimitedEncoder.record writes for row(r), whatever the options", () => {
    fc.assert(
      fc.property(
        arbViewCase,
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        ({ table: { t, rowDims }, labels, hierarchy, blank }, unitColumn, capacity, seed) => {
          // what the generator leaves out: formula-like and quoted labels, a code outside the list, no unit
          const dim = t.dimensions.find((d) => d.id === rowDims[0])!;
          dim.codes[0] = { ...dim.codes[0], label: seed % 2 ? '=HYPERLINK("x")' : '"注" 付き', level: 1 };
          const r0 = seed % t.rowCount;
          t.codes[t.dimensions.indexOf(dim)][r0] = "not-in-list";
          t.units[(seed >> 3) % t.rowCount] = null;
          const options = {
            rowDims,
            labels,
            hierarchy,
            unitColumn,
            markerCells: blank ? ("blank" as const) : undefined,
          };
          const view = createWideView(t, options);
          expect(encodesLikeRecords(view, capacity, 3)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports duplicates first, as toWideMatrix does (the CLI prints the first)", () => {
    const t = sampleTable();
    t.codes[2][0] = "2023000000"; // row 0 now falls on row 3's cell
    const view = createWideView(t, { rowDims: ["cat01"] });
    expect(view.duplicateCount).toBe(1);
    expect(view.issues[0]).toEqual(toWideMatrix(t, { rowDims: ["cat01"] }).issues[0]);
  });
});
