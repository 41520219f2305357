import { getIndicator } from "../../core/indicators";
import { describeLoadRequest, localTimeWithOffset, provenanceRows, statusLabel } from "./provenance";
import type { LoadRequest } from "../actions";

const request: LoadRequest = {
  ref: { source: "e-Stat", id: "0003425893" },
  title: "賃金構造基本統計調査",
  filters: { cat01: ["A1101", "A1102"], area: [] },
  layout: { kind: "wide", rows: ["cat01"], columns: ["time"] },
  labels: "both",
  labelLang: "ja",
};

describe("provenance block", () => {
  it("describes the query for a reader: id, filters, layout", () => {
    expect(describeLoadRequest(request)).toBe(
      "statsDataId=0003425893; cat01=A1101,A1102; 形式 / layout: 横長 / wide (行 rows: cat01; 列 columns: time)",
    );
  });

  it("shortens long code lists and never prints an appId", () => {
    const many = { ...request, filters: { area: Array.from({ length: 40 }, (_, i) => String(i)) } };
    const text = describeLoadRequest(many);
    expect(text).toMatch(/area=0,1,2,3,4,5,6,7,8,9,10,11,…\(40\)/);
    expect(text).not.toMatch(/appId/i);
  });

  it("puts the e-Stat credit text in the block and leaves out empty fields", () => {
    const rows = provenanceRows({ source: "e-Stat", id: "1", title: "t", fetchedAt: "x" }, "q", "2026-01-01");
    expect(rows.map((r) => r[0])).toEqual([
      "出典 / Source",
      "表番号 / Table id",
      "表題 / Title",
      "条件 / Query",
      "取得日時 / Retrieved at",
      "クレジット / Credit",
    ]);
    expect(rows[5][1]).toMatch(/^このサービスは、政府統計総合窓口\(e-Stat\)のAPI機能を使用していますが/);
  });

  it("labels the offline-pack status as the pane does, Japanese first, with the pack's word after it", () => {
    const meta = { source: "offline" as const, id: "x", title: "t", fetchedAt: "x" };
    const status = (s: string) =>
      provenanceRows({ ...meta, status: s }, "q", "2026-01-01").find(
        (r) => r[0] === "確認状況 / Status",
      )?.[1];
    expect(status("secondary")).toBe("二次資料で確認 / secondary");
    expect(status("verified")).toBe("公式確認済み / verified");
    expect(status("assumption")).toBe("仮定 / assumption");
    expect(status("draft")).toBe("draft");
  });
});

describe("provenance block of an offline-pack table (issue 11)", () => {
  it("labels every status, also a mix of them, Japanese first with the pack's own words kept", () => {
    expect(statusLabel("official-summary")).toBe("公式概要で確認 / official-summary");
    expect(statusLabel("official-summary/secondary")).toBe(
      "公式概要で確認・二次資料で確認 / official-summary/secondary",
    );
    expect(statusLabel("computed")).toBe("computed");
  });

  it("names the official documents as URL and credit, never the pages the figures were checked on", () => {
    const rows = provenanceRows(
      getIndicator("rengo_wage_increase_total", { from: 2024 }).meta,
      "id=x",
      "2026-12-07",
    );
    const byLabel = Object.fromEntries(rows.map(([k, v]) => [k, v]));
    expect(byLabel.URL).toBe(
      "https://www.jtuc-rengo.or.jp/activity/roudou/shuntou/2024/yokyu_kaito/kaito/press_no7.pdf",
    );
    expect(byLabel["クレジット / Credit"]).toMatch(
      /^日本労働組合総連合会（連合）「2024春季生活闘争 第7回（最終）回答集計結果について」/,
    );
    expect(byLabel["確認状況 / Status"]).toBe("公式概要で確認・二次資料で確認 / official-summary/secondary");
    expect(JSON.stringify(rows)).not.toMatch(/kaiketsu-j|nkr-office|j-roumu|livedoor/);
  });
});

describe("provenance block: retrieval time, OECD credit, offline credit (issue 14)", () => {
  it("writes the retrieval time as local time with its offset, not as ISO", () => {
    expect(localTimeWithOffset("2026-12-07T04:24:17.785Z", 540)).toBe("2026-12-07 13:24 (JST, UTC+09:00)");
    expect(localTimeWithOffset("2026-12-07T04:24:17.785Z", 60)).toBe("2026-12-07 05:24 (UTC+01:00)");
    expect(localTimeWithOffset("2026-12-07T04:24:17.785Z", -300)).toBe("2026-12-06 23:24 (UTC-05:00)");
    expect(localTimeWithOffset("bundled")).toBe("bundled");
    const rows = provenanceRows(
      { source: "e-Stat", id: "0003410379", title: "t", fetchedAt: "x" },
      "q",
      "2026-12-07T04:24:17.785Z",
    );
    const at = rows.find((r) => r[0] === "取得日時 / Retrieved at")![1];
    expect(at).toMatch(/^2026-12-0[67] \d{2}:\d{2} \((JST, )?UTC[+-]\d{2}:\d{2}\)$/);
  });

  it("gives OECD data its citation and licence line", () => {
    const rows = provenanceRows(
      {
        source: "OECD",
        id: "OECD.STI.STP,DSD_MSTI@DF_MSTI",
        title: "Main Science and Technology Indicators",
        fetchedAt: "x",
      },
      "q",
      "2026-12-07T04:24:17.785Z",
    );
    const credit = rows.find((r) => r[0] === "クレジット / Credit")![1];
    expect(credit).toBe(
      "OECD (2026), Main Science and Technology Indicators, OECD Data Explorer, https://data-explorer.oecd.org/ (accessed on 2026-12-07). Licence: CC BY 4.0 (OECD Terms and Conditions, https://www.oecd.org/en/about/terms-conditions.html)",
    );
  });

  it("names the publishers of an offline series as its credit, not a list of URLs", () => {
    const rows = provenanceRows(
      getIndicator("minimum_wage_national_weighted_avg").meta,
      "id=x",
      "2026-12-07",
    );
    const credit = rows.find((r) => r[0] === "クレジット / Credit")![1];
    expect(credit).toMatch(/^厚生労働省「地域別最低賃金の全国一覧」ほか\d+件$/);
    expect(credit).not.toMatch(/https?:/);
  });
});
