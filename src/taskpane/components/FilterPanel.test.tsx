import type { DimensionMeta } from "../../core/stats/table/types";
import type { TableInfo } from "../actions";
import { defaultWideLayout } from "./FilterPanel";

const dim = (id: string, role: DimensionMeta["role"] = "category"): DimensionMeta => ({
  id,
  name: id,
  role,
  codes: [{ code: "1", label: "one" }],
});

const info = (dimensions: DimensionMeta[], extra: Partial<TableInfo> = {}): TableInfo => ({
  ref: { source: "e-Stat", id: "0000000001" },
  title: "t",
  notes: [],
  dimensions,
  ...extra,
});

describe("defaultWideLayout", () => {
  it("puts the time dimension across and every other dimension down", () => {
    expect(defaultWideLayout(info([dim("time", "time"), dim("cat01"), dim("area", "area")]))).toEqual({
      kind: "wide",
      rows: ["cat01", "area"],
      columns: ["time"],
    });
  });

  it("puts an OECD flow's TIME_PERIOD across although its codes only come with the data", () => {
    const msti = info([dim("REF_AREA", "area"), dim("MEASURE"), dim("TRANSFORMATION")], {
      ref: { source: "OECD", id: "OECD.STI.STP,DSD_MSTI@DF_MSTI" },
      timeDimension: "TIME_PERIOD",
    });
    expect(defaultWideLayout(msti)).toEqual({
      kind: "wide",
      rows: ["REF_AREA", "MEASURE", "TRANSFORMATION"],
      columns: ["TIME_PERIOD"],
    });
  });

  it("falls back to the last dimension when the table has no time at all", () => {
    expect(defaultWideLayout(info([dim("cat01"), dim("cat02")]))).toEqual({
      kind: "wide",
      rows: ["cat01"],
      columns: ["cat02"],
    });
  });
});
