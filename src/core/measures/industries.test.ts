import { INDUSTRY_TABLE_HEADER, industryTable } from "./industries";
import { isSme } from "./smeDefinition";

describe("industryTable (SME.INDUSTRIES)", () => {
  it("starts with the bilingual header and has rectangular rows", () => {
    const t = industryTable(null);
    expect(t[0]).toEqual([...INDUSTRY_TABLE_HEADER]);
    expect(t.every((r) => r.length === INDUSTRY_TABLE_HEADER.length)).toBe(true);
  });

  it("shows 基本法 thresholds by default and the 政令 ones under 経営強化法", () => {
    const row = (basis: string | null, name: string) => industryTable(basis).find((r) => r[0] === name);
    expect(row(null, "旅館業")?.slice(2, 5)).toEqual([50_000_000, 100, 5]);
    expect(row("経営強化法", "旅館業")?.slice(2, 5)).toEqual([50_000_000, 200, 5]);
    expect(row("小規模事業者支援法", "旅館業")?.slice(2, 5)).toEqual([50_000_000, 100, 20]);
    expect(row("経営強化法", "ソフトウェア業")?.[6]).toBe(
      "中小企業等経営強化法施行令 第1条第1項 表2（法第2条第1項第5号）",
    );
  });

  it("leaves out names the law splits under the basis, so every listed name works in the SME functions", () => {
    expect(industryTable(null).some((r) => r[0] === "情報通信業")).toBe(false);
    expect(industryTable(null).some((r) => r[0] === "宿泊業")).toBe(true);
    expect(industryTable("経営強化法").some((r) => r[0] === "宿泊業")).toBe(false);
    for (const basis of ["基本法", "経営強化法"]) {
      for (const [name, , capital, employees] of industryTable(basis).slice(1)) {
        expect(isSme(String(name), Number(capital), Number(employees), basis)).toBe(true);
        expect(isSme(String(name), Number(capital) + 1, Number(employees) + 1, basis)).toBe(false);
      }
    }
  });

  it("carries a status and at least one https source per row", () => {
    for (const r of industryTable(null).slice(1)) {
      expect(["verified", "official-summary", "secondary", "assumption"]).toContain(r[8]);
      // The official documents (e-Gov law text, 中小企業庁 pages), never the pages we read them on.
      expect(String(r[9])).toMatch(/https:\/\/(laws\.e-gov\.go\.jp|www\.chusho\.meti\.go\.jp)\//);
      expect(String(r[9])).not.toMatch(/legaldoc|nissin|funaisoken|intwk|xn--/);
    }
  });
});
