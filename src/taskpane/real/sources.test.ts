import type { EstatClient } from "../../core/stats/estat";
import type { OecdClient } from "../../core/stats/oecd";
import { searchSource, type SourceDeps } from "./sources";

function depsListing(tables: Record<string, string | undefined>[]): SourceDeps {
  const estat = { getStatsList: async () => ({ tables }) } as unknown as EstatClient;
  return { estat, oecd: {} as OecdClient, appId: () => "test-app-id" };
}

describe("e-Stat search results", () => {
  it("say the title once when STATISTICS_NAME equals TITLE, and join them when they differ", async () => {
    const results = await searchSource(
      depsListing([
        {
          id: "1",
          statisticsName: "経済構造実態調査",
          title: "経済構造実態調査",
          statName: "経済構造実態調査",
        },
        { id: "2", statisticsName: "法人企業統計", title: "年次別調査", statName: "法人企業統計調査" },
      ]),
      "e-Stat",
      "調査",
    );
    expect(results.map((r) => r.title)).toEqual(["経済構造実態調査", "法人企業統計 年次別調査"]);
  });

  it("leave out the period when SURVEY_DATE is 0 (no survey date)", async () => {
    const results = await searchSource(
      depsListing([
        { id: "1", title: "a", surveyDate: "0" },
        { id: "2", title: "b", surveyDate: "202401-202412" },
      ]),
      "e-Stat",
      "a",
    );
    expect(results.map((r) => r.period)).toEqual([undefined, "202401-202412"]);
  });
});
