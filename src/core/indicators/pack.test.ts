import { readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { checkPack, FIGURE_STATUSES, indicatorSeriesSchema } from "./schema";
import { getIndicator, listIndicators, loadPack, packProvenance } from "./pack";
import { PACK_FILE_NAMES } from "./packIndex.generated";

const PACK_STATUS_COUNTS = { verified: 22, "official-summary": 26, secondary: 127 };

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

  it("matches the schema: official documents, checked pages, a quote for every verified figure", () => {
    for (const f of readdirSync(DATA).filter((x) => x.endsWith(".json"))) {
      const r = indicatorSeriesSchema.safeParse(JSON.parse(readFileSync(join(DATA, f), "utf8")));
      expect({ f, issues: r.success ? [] : r.error.issues }).toEqual({ f, issues: [] });
    }
    expect(checkPack([...loadPack().values()])).toEqual([]);
  });

  it("gives every figure a status and an official source (or, computed, the pack series it comes from)", () => {
    const pack = loadPack();
    const counts: Record<string, number> = {};
    for (const s of pack.values()) {
      for (const o of s.observations) {
        counts[o.status] = (counts[o.status] ?? 0) + 1;
        expect(FIGURE_STATUSES).toContain(o.status);
        if (o.computed) for (const id of o.computed.from) expect(pack.has(id)).toBe(true);
        else expect(s.documents[o.source!.doc].url).toMatch(/^https?:\/\//);
      }
    }
    // The counts the issue note reports (issue 11): change them only with the data.
    expect(counts).toEqual(PACK_STATUS_COUNTS);
  });

  it("rejects a verified figure without a quote and a computed figure that claims more than its inputs", () => {
    const s = loadPack().get("gerd_pct_gdp_usa")!;
    const unquoted = { ...s, observations: [{ ...s.observations[0], quote: undefined }] };
    expect(indicatorSeriesSchema.safeParse(unquoted).success).toBe(false);
    const gap = loadPack().get("rengo_gap_total_minus_sme_computed")!;
    const bragging = {
      ...gap,
      observations: gap.observations.map((o) => ({ ...o, status: "verified" as const })),
    };
    expect(checkPack([...[...loadPack().values()].filter((x) => x.id !== gap.id), bragging])).toContainEqual(
      expect.stringMatching(/status verified, but its weakest input is secondary/),
    );
  });

  it("keeps the figures of the shared pack (spot checks)", () => {
    const mw = getIndicator("minimum_wage_national_weighted_avg", { from: 2024 });
    expect(mw.codes[0]).toEqual(["2024", "2025", "2026"]);
    expect(mw.values).toEqual([1055, 1121, 1177]);
    expect(getIndicator("rengo_wage_increase_sme_under300", { from: 2024, to: "2024" }).values).toEqual([
      4.45,
    ]);
    expect(getIndicator("gerd_pct_gdp_japan").values).toEqual([3.57, 3.29, 3.1, 3.29]);
  });

  // The latest figure of every series on 2026-12-07, with its status (issue 11 §3: "extend every series to its
  // latest published figure"). FY2026 最低賃金 added in session 3 (1,177; read only in transcriptions of the MHLW
  // 答申状況: secondary); the weighted 目安 increase for FY2026 was not read as a figure. Not found, so not added:
  // 白書-definition labour share by size after FY2023 (see the issue note). 連合 2026 final tally added (5.01 / 4.69,
  // one transcription of press_no7: secondary).
  it.each([
    ["minimum_wage_national_weighted_avg", "2026", 1177, "secondary"],
    ["minimum_wage_increase_yen", "2026", 56, "secondary"],
    ["minimum_wage_increase_pct_computed", "2026", 5.0, "secondary"],
    ["minimum_wage_meyasu_implied_avg", "2026", 1176, "secondary"],
    ["minimum_wage_meyasu_increase_yen", "2025", 63, "secondary"],
    ["rengo_wage_increase_total", "2026", 5.01, "secondary"],
    ["rengo_wage_increase_sme_under300", "2026", 4.69, "secondary"],
    ["rengo_gap_total_minus_sme_computed", "2026", 0.32, "secondary"],
    ["labor_share_large_cap1bn_plus", "2023", 48.2, "secondary"],
    ["labor_share_medium_cap10m_100m", "2023", 76.9, "secondary"],
    ["labor_share_small_cap_under10m", "2023", 80.0, "secondary"],
    ["labor_share_all_sizes_mof", "2022", 67.5, "secondary"],
    ["rd_tax_credit_total_kyen", "2024", 1006889450, "secondary"],
    ["gotech_expected_awards_normal", "2026", 120, "verified"],
    ["gotech_expected_awards_large", "2026", 5, "verified"],
    ["gotech_expected_awards_equity", "2025", 4, "official-summary"],
    ["gotech_budget_oku_yen", "2025", 123, "secondary"],
    ["gerd_pct_gdp_korea", "2018", 4.5, "verified"],
    ["gerd_pct_gdp_oecd_total", "2018", 2.38, "verified"],
  ])("%s ends at %s with %p (%s)", (id, period, value, status) => {
    const s = loadPack().get(id)!;
    const last = [...s.observations].sort((a, b) => a.period.localeCompare(b.period)).at(-1)!;
    expect([last.period, last.value, last.status]).toEqual([period, value, status]);
  });

  it("returns a tidy table with offline provenance, a status and the official source of each row", () => {
    const t = getIndicator("gerd_pct_gdp_china");
    expect(t.meta).toMatchObject({
      source: "offline",
      id: "gerd_pct_gdp_china",
      status: "secondary/verified",
      sourceUrl: "https://www.oecd.org/sti/msti.htm",
    });
    expect(t.dimensions[0]).toMatchObject({ id: "time", role: "time" });
    expect(t.units.every((u) => u === "% of GDP")).toBe(true);
    // 2012 was read only in a copy of the MSTI 2013/2 note: the OECD release is named, with the phrase.
    expect(t.annotations?.[0]).toBe(
      "secondary | 二次資料で確認 | OECD「Main Science and Technology Indicators, MSTI 2013/2 (summary highlights)」（2014-01） https://www.oecd.org/sti/msti.htm",
    );
    expect(t.annotations?.[1]).toMatch(
      /^verified \| OECD「Main Science and Technology Indicators, MSTI 2017\/1/,
    );
  });

  it("cites only the documents of the rows asked for, one line per document with its years", () => {
    const one = packProvenance("minimum_wage_national_weighted_avg", ["2025"]);
    expect(one.lines).toEqual([
      "厚生労働省「令和7年度 地域別最低賃金 答申状況」 全国加重平均額（2025-09-05）（2025年度の値） https://www.mhlw.go.jp/stf/newpage_63030.html（二次資料で確認）",
    ]);
    const all = packProvenance("minimum_wage_national_weighted_avg");
    expect(all.lines).toHaveLength(3);
    expect(all.lines[2]).toBe(
      "厚生労働省「令和8年度 地域別最低賃金額 答申状況（別紙）」 全国加重平均額（2026年度の値） https://www.mhlw.go.jp/content/11302000/001745621.pdf（二次資料で確認）",
    );
    expect(all.lines[0]).toMatch(
      /^厚生労働省「地域別最低賃金の全国一覧」 全国加重平均額（2002–2024年度の値） https:\/\/www\.mhlw\.go\.jp\//,
    );
    const table = getIndicator("minimum_wage_national_weighted_avg", { from: 2010, to: 2012 });
    expect(table.meta.credit).not.toMatch(/2025|newpage_63030|001745621/);
  });

  it("cites a computed figure by the official documents of its inputs, with the weakest status", () => {
    const gap = packProvenance("rengo_gap_total_minus_sme_computed", ["2024"]);
    expect(gap.status).toBe("secondary");
    expect(gap.lines).toEqual([
      expect.stringMatching(
        /^日本労働組合総連合会（連合）「2024春季生活闘争 第7回（最終）回答集計結果について」 .*規模計/,
      ),
      expect.stringMatching(/組合員数300人未満/),
    ]);
  });

  it("marks a range-only figure as blank with its meaning, never 0", () => {
    const t = getIndicator("gotech_expected_awards_equity", { from: 2023, to: 2023 });
    expect(t.values).toEqual([null]);
    expect(t.markers).toEqual(["~"]);
    expect(t.meta.markers?.[0].meaning).toMatch(/range/);
  });

  it("lists and filters series by words in id, titles or topic", () => {
    expect(listIndicators().length).toBe(28);
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
      to: "2026",
      unit: "円/時間",
      periodBasis: "FY",
      status: "secondary",
    });
    expect(mw?.sources.join(" ")).not.toMatch(/kanpura|5ch|github|j-roumu|livedoor/);
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
