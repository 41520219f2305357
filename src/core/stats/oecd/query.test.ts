import fc from "fast-check";
import { buildDataUrl, buildStructureUrl, combineKeys, normaliseKey, parseFlowRef } from "./query";

describe("OECD query building", () => {
  it("reads dataflow references with and without version, in comma and URN-like forms", () => {
    expect(parseFlowRef("OECD.STI.STP,DSD_MSTI@DF_MSTI")).toEqual({
      agency: "OECD.STI.STP",
      id: "DSD_MSTI@DF_MSTI",
      version: "",
    });
    expect(parseFlowRef("OECD.STI.STP,DSD_MSTI@DF_MSTI,1.3").version).toBe("1.3");
    expect(parseFlowRef("OECD.SDD.STES:DSD_STES@DF_CLI(4.1)")).toEqual({
      agency: "OECD.SDD.STES",
      id: "DSD_STES@DF_CLI",
      version: "4.1",
    });
    for (const bad of ["", "DSD_MSTI", "a,b,c,d", "OECD/x,y", "a,b c"]) {
      expect(() => parseFlowRef(bad)).toThrow(expect.objectContaining({ code: "OECD_BAD_FLOW" }));
    }
  });

  it("builds the documented data URL form with periods and the chosen format", () => {
    expect(
      buildDataUrl("https://sdmx.oecd.org/public/rest/", {
        flow: "OECD.STI.STP,DSD_MSTI@DF_MSTI,1.3",
        key: "JPN+USA.A.G.PT_B1GQ..",
        start: "2015",
        end: "2022",
      }),
    ).toBe(
      "https://sdmx.oecd.org/public/rest/data/OECD.STI.STP,DSD_MSTI@DF_MSTI,1.3/JPN+USA.A.G.PT_B1GQ..?startPeriod=2015&endPeriod=2022&dimensionAtObservation=AllDimensions&format=csvfilewithlabels",
    );
    expect(() => buildDataUrl("x", { flow: "A,B", key: "J", start: "15" })).toThrow(
      expect.objectContaining({ code: "OECD_BAD_PERIOD" }),
    );
    expect(() => buildDataUrl("x", { flow: "A,B", key: "J/../x" })).toThrow(
      expect.objectContaining({ code: "OECD_BAD_KEY" }),
    );
  });

  it("builds structure URLs for the dataflow (references=all) and for availability", () => {
    expect(buildStructureUrl("http://h/rest", "dataflow", "OECD.STI.STP,DSD_MSTI@DF_MSTI")).toBe(
      "http://h/rest/dataflow/OECD.STI.STP/DSD_MSTI@DF_MSTI/latest?references=all",
    );
    expect(buildStructureUrl("http://h/rest", "availableconstraint", "A,B,1.0", "JPN..")).toBe(
      "http://h/rest/availableconstraint/A,B,1.0/JPN..?mode=available",
    );
  });

  it("normalises keys: empty means all, duplicate codes are removed", () => {
    expect(normaliseKey("")).toBe("all");
    expect(normaliseKey("JPN+JPN+USA.A")).toBe("JPN+USA.A");
  });

  it("combines per-country keys into one + key, exactly when they differ in one position", () => {
    expect(combineKeys(["JPN.A.G", "USA.A.G", "DEU.A.G"])).toEqual({ key: "JPN+USA+DEU.A.G", exact: true });
    expect(combineKeys(["JPN.A.G", "USA.A.B"])).toEqual({ key: "JPN+USA.A.G+B", exact: false });
    expect(combineKeys(["JPN.A.G", "JPN.A.G"])).toEqual({ key: "JPN.A.G", exact: true });
    expect(() => combineKeys(["JPN.A", "JPN.A.G"])).toThrow(
      expect.objectContaining({ code: "OECD_BAD_KEY" }),
    );
  });

  it("never selects fewer series than asked (property)", () => {
    const code = fc.constantFrom("JPN", "USA", "DEU", "A", "Q", "G", "B");
    fc.assert(
      fc.property(
        fc.array(fc.array(code, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (keys) => {
          const { key, exact } = combineKeys(keys.map((k) => k.join(".")));
          const sets = key.split(".").map((p) => new Set(p.split("+")));
          for (const k of keys) k.forEach((c, i) => expect(sets[i].has(c)).toBe(true));
          const product = sets.reduce((s, x) => s * x.size, 1);
          expect(exact).toBe(product === new Set(keys.map((k) => k.join("."))).size);
        },
      ),
    );
  });
});
