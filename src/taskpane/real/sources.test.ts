import { loadPack } from "../../core/indicators";
import { fetchSource, openSource, type SourceDeps } from "./sources";

const deps = {} as SourceDeps; // the offline pack needs no client

describe("openSource for the offline pack", () => {
  const id = "gerd_pct_gdp_japan";
  const series = loadPack().get(id)!;

  it("gives the series' own note and its official documents as separate entries, not one ' ; ' wall", async () => {
    const info = await openSource(deps, { source: "offline", id });
    expect(info.notes).toEqual(series.notes ? [series.notes] : []);
    expect(info.notes.join("")).not.toContain(" ; ");
    // One entry per official document (NISTEP 2016, MSTI 2017/1, MSTI 2018/1, NISTEP 2022), never the
    // secondary copy of MSTI 2016/2 the 2015 figure was also checked in.
    expect(info.sources?.map((s) => s.url)).toEqual([
      "https://www.nistep.go.jp/sti_indicator/2016/RM251_11.html",
      "http://www.oecd.org/innovation/inno/msti.htm",
      "https://www.oecd.org/sti/msti.htm",
      "https://www.nistep.go.jp/sti_indicator/2022/RM318_11.html",
    ]);
    expect(info.sources?.[0].label).toBe(
      "文部科学省 科学技術・学術政策研究所（NISTEP）「科学技術指標2016」 第1章 研究開発費（2014）（公式概要で確認）",
    );
    expect(info.sources?.[1].label).toMatch(
      /^OECD「Main Science and Technology Indicators, MSTI 2017\/1 \(summary highlights\)」（2015）$/,
    );
    expect(JSON.stringify(info)).not.toMatch(/singaporenewstribe/);
  });

  it("loads rows whose provenance cites only their own documents", async () => {
    const t = await fetchSource(
      deps,
      {
        ref: { source: "offline", id: "minimum_wage_national_weighted_avg" },
        title: "最低賃金",
        filters: { time: ["2025"] },
        layout: { kind: "long" },
        labels: "label",
        labelLang: "ja",
      },
      {},
    );
    expect(t.codes[0]).toEqual(["2025"]);
    expect(t.meta.sourceUrl).toBe("https://www.mhlw.go.jp/stf/newpage_63030.html");
    expect(t.meta.credit).toBe(
      "厚生労働省「令和7年度 地域別最低賃金 答申状況」 全国加重平均額（2025-09-05）（2025年度の値） https://www.mhlw.go.jp/stf/newpage_63030.html（二次資料で確認）",
    );
    expect(t.meta.status).toBe("secondary");
  });

  it("does not present the English title as a survey name", async () => {
    const info = await openSource(deps, { source: "offline", id });
    expect(info.survey).toBeUndefined();
    expect(info.title).toBe(series.title.ja);
  });
});
