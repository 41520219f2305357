import { readFileSync, readdirSync } from "fs";
import { join, resolve } from "path";
import { AppError } from "../../errors/AppError";
import type { TidyTable } from "../table/types";
import { detectSdmxFormat, parseSdmx } from "./parseSdmx";
import { parseSdmxCsv } from "./parseSdmxCsv";
import { parseSdmxJson } from "./parseSdmxJson";

const REAL = resolve(__dirname, "../../../../../shared/fixtures/real/oecd");
const read = (f: string) => readFileSync(join(REAL, f), "utf8");
const row = (t: TidyTable, i: number) =>
  Object.fromEntries(t.dimensions.map((d, di) => [d.id, t.codes[di][i]]));
const labelOf = (t: TidyTable, dim: string, code: string) =>
  t.dimensions.find((d) => d.id === dim)?.codes.find((c) => c.code === code)?.label;

function expectConsistent(t: TidyTable) {
  expect(t.codes).toHaveLength(t.dimensions.length);
  for (const col of t.codes) expect(col).toHaveLength(t.rowCount);
  expect(t.values).toHaveLength(t.rowCount);
  expect(t.markers).toHaveLength(t.rowCount);
  expect(t.units).toHaveLength(t.rowCount);
  t.dimensions.forEach((d, di) => {
    const known = new Set(d.codes.map((c) => c.code));
    for (const c of t.codes[di]) expect(known.has(c)).toBe(true);
  });
  expect(t.dimensions.filter((d) => d.role === "time")).toHaveLength(1);
}

describe("parseSdmx on every real OECD / SDMX fixture", () => {
  it.each(readdirSync(REAL))("%s parses into a consistent tidy table", (file) => {
    const t = parseSdmx(read(file), { fetchedAt: "2026-01-01T00:00:00Z" });
    expect(t.meta.source).toBe("OECD");
    expect(t.rowCount).toBeGreaterThan(0);
    expectConsistent(t);
  });

  it("reads SDMX-JSON 1.0 (singular structure, lower-case dataset) from sdmx.oecd.org", () => {
    const t = parseSdmx(read("oecd-sdmxjson1-data-DF_IALFS_UNE_M-USA-2019.json"));
    expect(t.rowCount).toBe(1);
    expect(t.meta.title).toBe("Monthly unemployment rates");
    expect(t.meta.id).toBe("OECD.SDD.TPS,DSD_LFS,1.0");
    expect(t.dimensions.map((d) => d.id)).toEqual([
      "REF_AREA",
      "MEASURE",
      "UNIT_MEASURE",
      "TRANSFORMATION",
      "ADJUSTMENT",
      "SEX",
      "AGE",
      "ACTIVITY",
      "FREQ",
      "TIME_PERIOD",
    ]);
    expect(row(t, 0)).toMatchObject({ REF_AREA: "USA", TIME_PERIOD: "2019", AGE: "Y_GE15" });
    expect(t.values[0]).toBe(3.666667);
    expect(t.markers[0]).toBeNull(); // OBS_STATUS A = normal value
    expect(t.units[0]).toBe("Percentage of labour force in the same subgroup"); // UNIT_MEASURE as a dimension
    expect(labelOf(t, "REF_AREA", "USA")).toBe("United States");
    expect(t.dimensions.find((d) => d.id === "REF_AREA")?.role).toBe("area");
    expect(t.annotations).toBeUndefined(); // BASE_PER has no value (null index)
  });

  it("reads SDMX-JSON 2.0 (structures array, dataSet camel case) with UNIT_MEASURE as a series attribute", () => {
    const t = parseSdmx(read("sdmx-dotstat-ABS-sdmxjson2-data-LF-AUS-2019-12.json"));
    expect(t.rowCount).toBe(1);
    expect(row(t, 0)).toMatchObject({ MEASURE: "M13", REGION: "AUS", TIME_PERIOD: "2019-12" });
    expect(t.values[0]).toBe(5.04210808);
    expect(t.units[0]).toBe("Percent");
    expect(t.markers[0]).toBeNull(); // OBS_STATUS index is null
  });

  it("reads the flat (AllDimensions) standard sample: dataset-level dimensions, unequal observation arrays", () => {
    const t = parseSdmx(read("sdmx-standard-sample-sdmxjson2.1-exr-flat.json"));
    expect(t.rowCount).toBe(4);
    expect(t.dimensions.map((d) => d.id)).toEqual([
      "FREQ",
      "CURRENCY",
      "CURRENCY_DENOM",
      "EXR_TYPE",
      "EXR_SUFFIX",
      "TIME_PERIOD",
    ]);
    const rows = Array.from({ length: 4 }, (_, i) => [
      row(t, i).CURRENCY,
      row(t, i).TIME_PERIOD,
      t.values[i],
    ]);
    expect(rows).toEqual([
      ["NZD", "2013-01-18", 1.5931],
      ["NZD", "2013-01-21", 1.5925],
      ["RUB", "2013-01-18", 40.3426],
      ["RUB", "2013-01-21", 40.3],
    ]);
    expect(row(t, 0)).toMatchObject({ FREQ: "D", CURRENCY_DENOM: "EUR" });
    expect(t.annotations?.[2]).toBe("Series title: Russian rouble (RUB)");
  });

  it("reads SDMX-CSV 2.0 with labels (STRUCTURE_NAME, code + label columns, CRLF)", () => {
    const t = parseSdmx(read("oecd-sdmxcsv-labels-DF_GOV_TDG_2025-trust-2021.csv"));
    expect(t.rowCount).toBe(21);
    expect(t.meta.id).toBe("OECD.GOV.GIP,DSD_GOV_INT@DF_GOV_TDG_2025,1.1");
    expect(t.meta.title).toBe(
      "Trust, security and dignity - government at a glance indicators, 2025 edition",
    );
    expect(t.dimensions.map((d) => d.id)).toEqual([
      "FREQ",
      "REF_AREA",
      "MEASURE",
      "UNIT_MEASURE",
      "SECTOR",
      "EDITION",
      "SCALE",
      "CATEGORY",
      "TIME_PERIOD",
    ]);
    expect(t.dimensions[1].name).toBe("Reference area");
    expect(labelOf(t, "REF_AREA", "OECD_REP")).toBe("OECD average country");
    expect(labelOf(t, "CATEGORY", "TDG")).toBe("Trust, security and dignity"); // quoted label with a comma
    const jpn = t.codes[1].indexOf("JPN");
    expect(jpn).toBeGreaterThanOrEqual(0);
    expect(typeof t.values[jpn]).toBe("number");
    expect(t.units[0]).toBe("Percentage of respondents");
    expect(t.markers.every((m) => m === null)).toBe(true);
    expect(t.values.every((v) => typeof v === "number")).toBe(true);
  });

  it("reads SDMX-CSV 1.0 without labels (DATAFLOW column, empty trailing BASE_PER)", () => {
    const t = parseSdmx(read("oecd-sdmxcsv1-DF_CLI-DEU-EXCERPT-3rows.csv"));
    expect(t.meta.id).toBe("OECD.SDD.STES,DSD_STES@DF_CLI,4.1");
    expect(t.codes[t.dimensions.findIndex((d) => d.id === "TIME_PERIOD")]).toEqual([
      "2026-03",
      "2026-04",
      "1990-07",
    ]);
    expect(t.values).toEqual([99.14655, 99.23952, 102.1031]);
    expect(t.units).toEqual(["IX", "IX", "IX"]);
    expect(t.annotations).toBeUndefined();
  });

  it("reads the SDMX-CSV 2.0 standard sample: time column found by its values, UPDATED kept as the update date", () => {
    const t = parseSdmx(read("sdmx-standard-sample-sdmxcsv2-example-01.csv"));
    expect(t.dimensions.map((d) => [d.id, d.role])).toEqual([
      ["DIM_1", "category"],
      ["DIM_2", "category"],
      ["DIM_3", "time"],
    ]);
    expect(t.values).toEqual([12.4, 10.8]);
    expect(t.meta.updated).toBe("2021-01-22T13:15:41Z");
    expect(t.annotations?.[0]).toBe("ATTR_2: Y; ATTR_3: Normal, special and other values; ATTR_1: N");
  });
});

describe("SDMX markers, units and edge cases", () => {
  const csv = (rows: string[]) => "\uFEFF" + rows.join("\r\n") + "\r\n";

  it("turns OBS_STATUS other than A into a marker with its meaning, keeping the number", () => {
    const t = parseSdmxCsv(
      csv([
        "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,REF_AREA,Reference area,TIME_PERIOD,Time period,OBS_VALUE,Observation value,OBS_STATUS,Observation status,UNIT_MEASURE,Unit of measure,UNIT_MULT,Unit multiplier",
        "DATAFLOW,X:F(1.0),Flow,I,JPN,Japan,2020,,3.2,,E,Estimated value,USD_PPP,US dollars PPP,6,Millions",
        "DATAFLOW,X:F(1.0),Flow,I,JPN,Japan,2021,,,,M,Missing value,USD_PPP,US dollars PPP,6,Millions",
        "DATAFLOW,X:F(1.0),Flow,D,JPN,Japan,2019,,1,,A,Normal value,USD_PPP,US dollars PPP,6,Millions",
      ]),
    );
    expect(t.rowCount).toBe(2); // the ACTION=D row is a deletion, not data
    expect(t.values).toEqual([3.2, null]);
    expect(t.markers).toEqual(["E", "M"]);
    expect(t.meta.markers).toEqual([
      { marker: "E", meaning: "Estimated value" },
      { marker: "M", meaning: "Missing value" },
    ]);
    expect(t.units[0]).toBe("US dollars PPP (Millions)");
  });

  it("reads SDMX-CSV 1.0 labels=both cells ('CODE: Label')", () => {
    const t = parseSdmxCsv(
      ["DATAFLOW,REF_AREA: Reference area,TIME_PERIOD: Time,OBS_VALUE", "X:F(1.0),JPN: Japan,2020,1.5"].join(
        "\n",
      ),
    );
    expect(t.dimensions[0]).toMatchObject({ id: "REF_AREA", name: "Reference area" });
    expect(labelOf(t, "REF_AREA", "JPN")).toBe("Japan");
    expect(t.values).toEqual([1.5]);
  });

  it("gives a series-level observation status and the time role to SDMX-JSON series data", () => {
    const body = {
      data: {
        structures: [
          {
            name: "T",
            dimensions: {
              series: [
                {
                  id: "REF_AREA",
                  keyPosition: 0,
                  values: [
                    { id: "JPN", name: "Japan" },
                    { id: "USA", name: "United States" },
                  ],
                },
              ],
              observation: [{ id: "TIME_PERIOD", keyPosition: 1, values: [{ id: "2020" }, { id: "2021" }] }],
            },
            attributes: {
              series: [{ id: "UNIT_MEASURE", values: [{ id: "PT_B1GQ", name: "Percentage of GDP" }] }],
              observation: [
                {
                  id: "OBS_STATUS",
                  values: [
                    { id: "A", name: "Normal value" },
                    { id: "P", name: "Provisional value" },
                  ],
                },
              ],
            },
          },
        ],
        dataSets: [
          {
            structure: 0,
            series: {
              "0": { attributes: [0], observations: { "0": [3.2, 0], "1": [3.4, 1] } },
              "1": { attributes: [0], observations: { "1": ["NaN", null] } },
            },
          },
        ],
      },
    };
    const t = parseSdmxJson(JSON.stringify(body), { flow: "A,B,1.0" });
    expect(t.meta.id).toBe("A,B,1.0");
    expect(t.codes).toEqual([
      ["JPN", "JPN", "USA"],
      ["2020", "2021", "2021"],
    ]);
    expect(t.values).toEqual([3.2, 3.4, null]);
    expect(t.markers).toEqual([null, "P", null]);
    expect(t.units).toEqual(["Percentage of GDP", "Percentage of GDP", "Percentage of GDP"]);
  });

  it("reports an SDMX error message without data as OECD_SDMX_ERROR", () => {
    const err = (() => {
      try {
        parseSdmxJson('{"errors":[{"code":404,"title":"NoRecordsFound"}]}');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("OECD_SDMX_ERROR");
    expect((err as AppError).params.detail).toContain("NoRecordsFound");
  });

  it("rejects SDMX-ML and broken JSON with typed errors", () => {
    expect(() => detectSdmxFormat('<?xml version="1.0"?><message:GenericData/>')).toThrow(
      expect.objectContaining({ code: "OECD_UNSUPPORTED_FORMAT" }),
    );
    expect(() => parseSdmx("{ not json")).toThrow(expect.objectContaining({ code: "OECD_PARSE_FAILED" }));
    expect(() => parseSdmx("A,B\n1,2\n")).toThrow(expect.objectContaining({ code: "OECD_PARSE_FAILED" }));
  });
});
