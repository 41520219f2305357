import {
  distinctCitations,
  formatCitation,
  statusPhrase,
  weakestCitationStatus,
  type Citation,
} from "./citation";

const mhlw: Citation = {
  publisher: "厚生労働省",
  title: "地域別最低賃金の全国一覧",
  section: "全国加重平均額",
  url: "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/",
  status: "verified",
};

describe("citations", () => {
  it("adds a status phrase only when the value was not read in the document itself", () => {
    expect(statusPhrase("verified")).toBe("");
    expect(statusPhrase("official-summary")).toBe("公式概要で確認");
    expect(statusPhrase("secondary")).toBe("二次資料で確認");
    expect(statusPhrase("assumption")).toBe("仮定");
    expect(statusPhrase("secondary", "en")).toBe("checked in a secondary source");
  });

  it("formats publisher, title, section, date, detail, URL and phrase in Japanese and English", () => {
    expect(formatCitation(mhlw)).toBe(`厚生労働省「地域別最低賃金の全国一覧」 全国加重平均額 ${mhlw.url}`);
    expect(
      formatCitation({ ...mhlw, status: "secondary", date: "2025-09-05" }, "ja", "（2025年度の値）"),
    ).toBe(
      `厚生労働省「地域別最低賃金の全国一覧」 全国加重平均額（2025-09-05）（2025年度の値） ${mhlw.url}（二次資料で確認）`,
    );
    expect(formatCitation({ ...mhlw, status: "assumption" }, "en")).toBe(
      `厚生労働省, “地域別最低賃金の全国一覧”, 全国加重平均額 ${mhlw.url} [assumption]`,
    );
  });

  it("keeps one citation per document and its weakest status", () => {
    const out = distinctCitations([mhlw, { ...mhlw, status: "secondary" }, { ...mhlw, section: "引上げ額" }]);
    expect(out.map((c) => [c.section, c.status])).toEqual([
      ["全国加重平均額", "secondary"],
      ["引上げ額", "verified"],
    ]);
    expect(weakestCitationStatus("official-summary", "verified")).toBe("official-summary");
    expect(weakestCitationStatus()).toBe("verified");
  });
});
