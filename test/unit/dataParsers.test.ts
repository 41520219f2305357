// The argument readers and helpers behind the data formulas: filters, selectors, batching union, slice keys,
// lookup, shapes and cell addresses.
import { AppError } from "../../src/core/errors/AppError";
import { sampleTable } from "../../src/core/stats/table/testTable";
import { combineSelections } from "../../src/functions/data/estatValue";
import { parseEstatFilters, requestCount } from "../../src/functions/data/filters";
import { lookupValue } from "../../src/functions/data/lookup";
import { parseAddress, provenanceOf, provenanceText } from "../../src/functions/data/provenance";
import { parseSelectors } from "../../src/functions/data/selectors";
import { parseShape, shapeTable } from "../../src/functions/data/shape";
import { estatKey, sliceCovers, sliceOfKey } from "../../src/functions/data/slices";

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).code;
  }
  return "ok";
};

describe("parseEstatFilters", () => {
  it("reads the e-Stat parameter names from text, case-insensitively, with bare dimensions as cd", () => {
    expect(
      parseEstatFilters([["cdCat01=A1102,A1101;cdTimeFrom=2015000000 & lvArea=1-2; area=13000"]]),
    ).toEqual({
      cat01: { cd: ["A1101", "A1102"] },
      time: { from: "2015000000" },
      area: { lv: "1-2", cd: ["13000"] },
    });
  });
  it("reads a two-column range of parameter and value, and a column of name=value texts", () => {
    expect(
      parseEstatFilters([
        ["cdCat01", "A1101"],
        ["CDTIMETO", "max"],
        [null, null],
      ]),
    ).toEqual({
      cat01: { cd: ["A1101"] },
      time: { to: "max" },
    });
    expect(parseEstatFilters([["cdCat01=A1"], ["cdCat01=A2"]])).toEqual({ cat01: { cd: ["A1", "A2"] } });
  });
  it("treats blank, omitted and a desktop blank (0) as no filters", () => {
    expect(parseEstatFilters(null)).toEqual({});
    expect(parseEstatFilters([[""]])).toEqual({});
    expect(parseEstatFilters([[0]])).toEqual({});
    expect(parseShape([[0]], [[0]]).layout).toBe("long");
  });
  it("refuses unknown names, bad codes, bad levels and conflicting ranges", () => {
    expect(code(() => parseEstatFilters([["cdCat16=1"]]))).toBe("DATA_BAD_FILTER");
    expect(code(() => parseEstatFilters([["statsDataId=1"]]))).toBe("DATA_BAD_FILTER");
    expect(code(() => parseEstatFilters([["cdCat01=A&B"]]))).toBe("DATA_BAD_FILTER");
    expect(code(() => parseEstatFilters([["cdCat01=A B"]]))).toBe("DATA_BAD_CODE");
    expect(code(() => parseEstatFilters([["lvCat01=top"]]))).toBe("DATA_BAD_FILTER");
    expect(code(() => parseEstatFilters([["cdTimeFrom=2015;cdTimeFrom=2016"]]))).toBe("DATA_BAD_FILTER");
  });
  it("allows code lists up to 20 requests after splitting at 100", () => {
    const codes = (n: number) => Array.from({ length: n }, (_, i) => `C${i}`).join(",");
    expect(requestCount(parseEstatFilters([[`cdCat01=${codes(2000)}`]]))).toBe(20);
    expect(code(() => parseEstatFilters([[`cdCat01=${codes(2001)}`]]))).toBe("DATA_TOO_MANY_CODES");
    expect(code(() => parseEstatFilters([[`cdCat01=${codes(500)};cdArea=${codes(500)}`]]))).toBe(
      "DATA_TOO_MANY_CODES",
    );
  });
});

describe("parseSelectors", () => {
  it("reads dimension=code per argument or range, with cd prefixes and a two-column form", () => {
    const sel = parseSelectors([[["cat01=A1101"]], [["cdArea=13000", "time=2020000000"]], [["tab", "01"]]]);
    expect([...sel]).toEqual([
      ["cat01", "A1101"],
      ["area", "13000"],
      ["time", "2020000000"],
      ["tab", "01"],
    ]);
  });
  it("refuses lists, unknown dimensions and conflicting repeats", () => {
    expect(code(() => parseSelectors([[["cat01=A,B"]]]))).toBe("DATA_BAD_SELECTOR");
    expect(code(() => parseSelectors([[["region=13"]]]))).toBe("DATA_BAD_SELECTOR");
    expect(code(() => parseSelectors([[["13000"]]]))).toBe("DATA_BAD_SELECTOR");
    expect(code(() => parseSelectors([[["area=1"]], [["area=2"]]]))).toBe("DATA_DUPLICATE_SELECTOR");
  });
});

describe("combineSelections", () => {
  it("unions the codes of dimensions every cell names and leaves the others open", () => {
    const f = combineSelections([
      new Map([
        ["cat01", "B"],
        ["area", "1"],
      ]),
      new Map([
        ["cat01", "A"],
        ["time", "2020"],
      ]),
    ]);
    expect(f).toEqual({ cat01: { cd: ["A", "B"] } });
  });
  it("drops the longest lists until the download fits in 20 requests", () => {
    const sels = Array.from(
      { length: 3000 },
      (_, i) =>
        new Map([
          ["area", `A${i}`],
          ["cat01", `C${i % 150}`],
        ]),
    );
    const f = combineSelections(sels);
    expect(f).toEqual({ cat01: { cd: expect.any(Array) } });
    expect(f.cat01.cd).toHaveLength(150);
  });
});

describe("slices", () => {
  it("round-trips a cache key and covers only selections naming every filtered dimension", () => {
    const key = estatKey("0003", { cat01: { cd: ["A", "B"] }, area: { cd: ["1"] } });
    const s = sliceOfKey(key, 5)!;
    expect(s.statsDataId).toBe("0003");
    expect(
      sliceCovers(
        s,
        new Map([
          ["cat01", "B"],
          ["area", "1"],
          ["time", "x"],
        ]),
      ),
    ).toBe(true);
    expect(sliceCovers(s, new Map([["cat01", "B"]]))).toBe(false);
    expect(
      sliceCovers(
        s,
        new Map([
          ["cat01", "C"],
          ["area", "1"],
        ]),
      ),
    ).toBe(false);
    expect(sliceOfKey(estatKey("0003", { time: { from: "2015" } }), 0)).toBeUndefined();
    expect(sliceCovers(sliceOfKey(estatKey("0003", {}), 0)!, new Map())).toBe(true);
  });
});

describe("lookupValue", () => {
  const t = sampleTable();
  it("finds the one matching row, letting single-code dimensions be left out", () => {
    expect(
      lookupValue(
        t,
        new Map([
          ["cat01", "000"],
          ["time", "2023000000"],
        ]),
      ).value,
    ).toBe(100);
  });
  it("keeps a numeric marker's number and gives #N/A with the meaning for a marked blank", () => {
    expect(
      lookupValue(
        t,
        new Map([
          ["cat01", "200"],
          ["time", "2024000000"],
        ]),
      ).value,
    ).toBe(0);
    const e = (() => {
      try {
        lookupValue(
          t,
          new Map([
            ["cat01", "200"],
            ["time", "2023000000"],
          ]),
        );
      } catch (x) {
        return x as AppError;
      }
    })()!;
    expect(e.code).toBe("DATA_VALUE_MARKED");
    expect(e.kind).toBe("notAvailable");
    expect(e.params.meaning).toBe("計数のない場合");
  });
  it("names the dimension still open when several rows match, and unknown codes", () => {
    expect(code(() => lookupValue(t, new Map([["cat01", "000"]])))).toBe("DATA_VALUE_AMBIGUOUS");
    expect(code(() => lookupValue(t, new Map([["cat01", "999"]])))).toBe("DATA_CODE_NOT_IN_TABLE");
    expect(code(() => lookupValue(t, new Map([["cat09", "1"]])))).toBe("TABLE_UNKNOWN_DIMENSION");
  });
});

describe("shapeTable", () => {
  it("returns text exactly (a custom function's result is a value, never parsed as a formula: issue 13 L6)", () => {
    const t = sampleTable();
    t.dimensions[0].codes[2].label = "=cmd|' /C calc'!A0";
    t.dimensions[0].codes[1].label = "-";
    const m = shapeTable(t, parseShape(null, [["labels=label"]]));
    const cells = m.flat().filter((c): c is string => typeof c === "string");
    expect(cells).toContain("=cmd|' /C calc'!A0");
    expect(cells).toContain("-");
    expect(cells.filter((c) => c.includes("\u200B"))).toEqual([]);
    expect(m[0].every((c) => c !== null)).toBe(true);
  });
  it("pivots wide with blanks for marked cells and rows only for dimensions that vary", () => {
    const m = shapeTable(sampleTable(), parseShape([["wide"]], [["labels=code"]]));
    expect(m[0]).toEqual(["cat01_code", "unit", "2023000000", "2024000000"]);
    expect(m[3]).toEqual(["200", "億円", null, 0]);
  });
  it("refuses unknown layouts and options", () => {
    expect(code(() => parseShape([["diagonal"]], null))).toBe("DATA_BAD_LAYOUT");
    expect(code(() => parseShape(null, [["colour=red"]]))).toBe("DATA_BAD_OPTION");
  });
});

describe("parseAddress and provenanceText", () => {
  it("reads sheet-qualified cells and ranges, quoted names and absolute references", () => {
    expect(parseAddress("Sheet1!A1")).toEqual({ sheet: "sheet1", row: 1, col: 1, rows: 1, cols: 1 });
    expect(parseAddress("'My ''data'''!$B$2:$D$9")).toEqual({
      sheet: "my 'data'",
      row: 2,
      col: 2,
      rows: 8,
      cols: 3,
    });
    expect(parseAddress("[Book1]Sheet1!AA10")).toMatchObject({ col: 27, row: 10 });
    expect(parseAddress("Sheet1!A:A")).toBeUndefined();
  });
  it("writes a Japanese and an English footnote with id, dates and credit", () => {
    const p = provenanceOf({
      ...sampleTable().meta,
      credit: "CREDIT",
      updated: "2024-06-28",
      survey: "調査",
    });
    expect(provenanceText(p)).toBe(
      "出典: 政府統計の総合窓口(e-Stat)「調査」「テスト表」（統計表ID 0000000001、2024-06-28 更新、2025-01-01 取得、記号: - = 計数のない場合; 0 = 数値が表章単位に満たないもの） CREDIT",
    );
    expect(provenanceText(p, "en")).toMatch(
      /^Source: e-Stat .*, table ID 0000000001, updated 2024-06-28, retrieved 2025-01-01/,
    );
  });
});
