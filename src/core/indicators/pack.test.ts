import { readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { FIGURE_STATUSES } from "./schema";
import { getIndicator, listIndicators, loadPack } from "./pack";
import { PACK_FILE_NAMES } from "./packIndex.generated";

const DATA = resolve(__dirname, "../../../data/indicators");

describe("offline indicator pack", () => {
  it("bundles every file in data/indicators (the generated index is up to date)", () => {
    const files = readdirSync(DATA)
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect([...PACK_FILE_NAMES]).toEqual(files);
    expect(loadPack().size).toBe(files.length);
    for (const f of files)
      expect(loadPack().has(JSON.parse(readFileSync(join(DATA, f), "utf8")).id)).toBe(true);
  });

  it("gives every figure a status and a source (a URL, or for computed figures the pack series it comes from)", () => {
    const pack = loadPack();
    let figures = 0;
    for (const s of pack.values()) {
      for (const o of s.observations) {
        figures++;
        expect(FIGURE_STATUSES).toContain(o.status);
        if (o.status === "computed") {
          expect(o.derivedFrom?.length).toBeGreaterThan(0);
          for (const id of o.derivedFrom ?? []) expect(pack.has(id)).toBe(true);
        } else {
          expect(o.sources!.length).toBeGreaterThan(0);
          for (const k of o.sources!) expect(s.sources[k]?.url).toMatch(/^https?:\/\//);
        }
        if (o.value === null) expect(o.marker).toBeTruthy();
      }
    }
    expect(figures).toBe(165);
  });

  it("keeps the figures of the shared pack (spot checks)", () => {
    const mw = getIndicator("minimum_wage_national_weighted_avg", { from: 2024 });
    expect(mw.codes[0]).toEqual(["2024", "2025"]);
    expect(mw.values).toEqual([1055, 1121]);
    expect(getIndicator("rengo_wage_increase_sme_under300", { from: 2024, to: "2024" }).values).toEqual([
      4.45,
    ]);
    expect(getIndicator("gerd_pct_gdp_japan").values).toEqual([3.57, 3.29, 3.1, 3.29]);
  });

  it("returns a tidy table with offline provenance and a status", () => {
    const t = getIndicator("gerd_pct_gdp_china");
    expect(t.meta).toMatchObject({
      source: "offline",
      id: "gerd_pct_gdp_china",
      status: "secondary/verified",
    });
    expect(t.dimensions[0]).toMatchObject({ id: "time", role: "time" });
    expect(t.units.every((u) => u === "% of GDP")).toBe(true);
    expect(t.annotations?.[0]).toMatch(/^secondary \| https?:/);
  });

  it("marks a range-only figure as blank with its meaning, never 0", () => {
    const t = getIndicator("gotech_expected_awards_equity", { from: 2023, to: 2023 });
    expect(t.values).toEqual([null]);
    expect(t.markers).toEqual(["~"]);
    expect(t.meta.markers?.[0].meaning).toMatch(/range/);
  });

  it("lists and filters series by words in id, titles or topic", () => {
    expect(listIndicators().length).toBe(27);
    expect(listIndicators("最低賃金").map((s) => s.id)).toContain("minimum_wage_national_weighted_avg");
    expect(
      listIndicators("GERD japan")
        .map((s) => s.id)
        .sort(),
    ).toEqual(["gerd_nominal_trillion_yen_japan", "gerd_pct_gdp_japan"]);
    const mw = listIndicators("minimum_wage_national").find(
      (s) => s.id === "minimum_wage_national_weighted_avg",
    );
    expect(mw).toMatchObject({
      from: "2002",
      to: "2025",
      unit: "円/時間",
      periodBasis: "FY",
      status: "secondary",
    });
  });

  it("rejects unknown ids and malformed periods with typed errors", () => {
    expect(() => getIndicator("nope")).toThrow(
      expect.objectContaining({ code: "INDICATOR_NOT_FOUND", kind: "notAvailable" }),
    );
    expect(() => getIndicator("gerd_pct_gdp_usa", { from: "20x5" })).toThrow(
      expect.objectContaining({ code: "INDICATOR_BAD_PERIOD" }),
    );
  });
});
