import { loadPack } from "../../core/indicators";
import { openSource, type SourceDeps } from "./sources";

const deps = {} as SourceDeps; // the offline pack needs no client

describe("openSource for the offline pack", () => {
  const id = "gerd_pct_gdp_japan";
  const series = loadPack().get(id)!;

  it("gives the series' own note and its sources as separate entries, not one ' ; ' wall", async () => {
    const info = await openSource(deps, { source: "offline", id });
    expect(info.notes).toEqual(series.notes ? [series.notes] : []);
    expect(info.notes.join("")).not.toContain(" ; ");
    expect(info.sources?.map((s) => s.url)).toEqual(Object.values(series.sources).map((s) => s.url));
    expect(info.sources?.[0].label).toBe(Object.values(series.sources)[0].description);
  });

  it("does not present the English title as a survey name", async () => {
    const info = await openSource(deps, { source: "offline", id });
    expect(info.survey).toBeUndefined();
    expect(info.title).toBe(series.title.ja);
  });
});
