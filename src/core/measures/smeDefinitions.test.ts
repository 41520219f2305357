import raw from "../../../data/sme-definitions.json";
import { smeDefinitionsSchema } from "./smeDefinitions.schema";
import { normalizeName } from "./normalizeName";
import {
  ALL_BASES,
  resolveBasis,
  resolveIndustry,
  smallRuleFor,
  smeDefinitions,
  smeRuleFor,
  citationText,
  ruleCitation,
  weakestStatus,
} from "./smeDefinitions";

describe("data/sme-definitions.json", () => {
  it("matches the zod schema (integers, comparators in the law's words, statuses, URLs)", () => {
    const result = smeDefinitionsSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("cites only documents and checked pages it defines, and every rule and industry has both", () => {
    const docs = new Set(Object.keys(smeDefinitions.documents));
    const pages = new Set(Object.keys(smeDefinitions.checkedIn));
    const rules = [
      ...Object.values(smeDefinitions.smeRules),
      ...Object.values(smeDefinitions.smallRules),
      smeDefinitions.deemedLarge,
      smeDefinitions.sizeClasses,
    ];
    const cited = [
      ...rules.map((r) => r.source.doc),
      ...smeDefinitions.industries.flatMap((i) => i.sources.map((s) => s.doc)),
    ];
    const checked = [...rules, ...smeDefinitions.industries].flatMap((r) => r.checkedIn);
    expect(cited.filter((id) => !docs.has(id))).toEqual([]);
    expect(checked.filter((id) => !pages.has(id))).toEqual([]);
    expect(
      smeDefinitions.industries.filter((i) => i.sources.length === 0 || i.checkedIn.length === 0),
    ).toEqual([]);
  });

  it("rates a rule no higher than the best page it was checked on (a mirror of a law is not the law)", () => {
    const rank = { verified: 0, "official-summary": 1, secondary: 2, assumption: 3 } as const;
    const kindRank = { "official-text": 0, "official-summary": 1, secondary: 2 } as const;
    const rules = [
      ...Object.values(smeDefinitions.smeRules),
      ...Object.values(smeDefinitions.smallRules),
      smeDefinitions.deemedLarge,
      smeDefinitions.sizeClasses,
      ...smeDefinitions.industries,
    ];
    for (const r of rules) {
      const best = Math.min(...r.checkedIn.map((k) => kindRank[smeDefinitions.checkedIn[k].kind]));
      expect({ r: r.checkedIn, ok: rank[r.status] >= best }).toEqual({ r: r.checkedIn, ok: true });
    }
  });

  it("cites the statutes on e-Gov and keeps law-text mirrors and consultants' pages in checkedIn only", () => {
    const { documents, checkedIn } = smeDefinitions;
    expect(documents.KIHONHO.url).toBe("https://laws.e-gov.go.jp/law/338AC0000000154");
    expect(documents.KYOKA.url).toBe("https://laws.e-gov.go.jp/law/411AC0000000018");
    expect(
      Object.values(documents)
        .map((d) => d.url)
        .filter((u) => !u.includes(".go.jp/")),
    ).toEqual([]);
    expect(checkedIn["KYOKA-LAW"]).toMatchObject({
      kind: "secondary",
      url: expect.stringContaining("legaldoc.jp"),
    });
    expect(checkedIn.MINASHI.kind).toBe("secondary");
  });

  it("points every category at rules that exist, for every SME and small-firm rule set a basis uses", () => {
    const smeSets = new Set(Object.values(smeDefinitions.bases).map((b) => b.sme));
    const smallSets = new Set(Object.values(smeDefinitions.bases).map((b) => b.small));
    for (const [name, c] of Object.entries(smeDefinitions.categories)) {
      for (const set of smeSets)
        expect({ name, set, rule: smeDefinitions.smeRules[c.sme[set]] !== undefined }).toEqual({
          name,
          set,
          rule: true,
        });
      for (const set of smallSets)
        expect({ name, set, rule: smeDefinitions.smallRules[c.small[set]] !== undefined }).toEqual({
          name,
          set,
          rule: true,
        });
    }
  });

  it("has unique industry names after normalisation, none starting with = + - @ (they are written to cells)", () => {
    const names = smeDefinitions.industries.map((i) => normalizeName(i.name));
    expect(new Set(names).size).toBe(names.length);
    expect(smeDefinitions.industries.filter((i) => /^[=+\-@]/.test(i.name))).toEqual([]);
  });

  it("gives every industry a category unless the law splits it under every basis, and choices whenever it is split", () => {
    for (const i of smeDefinitions.industries) {
      if (i.category === undefined) expect(i.ambiguousUnder?.slice().sort()).toEqual([...ALL_BASES].sort());
      else expect(smeDefinitions.categories[i.category]).toBeDefined();
      if (i.ambiguousUnder) expect(i.choices?.length).toBeGreaterThan(1);
    }
  });

  it("offers as choices only names that resolve under the basis that was ambiguous", () => {
    for (const i of smeDefinitions.industries) {
      for (const basis of (i.ambiguousUnder ?? []) as (typeof ALL_BASES)[number][]) {
        for (const choice of i.choices ?? []) expect(() => resolveIndustry(choice, basis)).not.toThrow();
      }
    }
  });

  it("never lets a small-firm limit exceed the SME employee limit of the same industry (so 小規模 ⊂ 中小)", () => {
    for (const i of smeDefinitions.industries) {
      for (const basis of ALL_BASES) {
        if (i.category === undefined || i.ambiguousUnder?.includes(basis)) continue;
        const industry = resolveIndustry(i.name, basis);
        expect({
          name: i.name,
          basis,
          ok: smallRuleFor(industry, basis).employees <= smeRuleFor(industry, basis).employees,
        }).toEqual({ name: i.name, basis, ok: true });
      }
    }
  });

  it("states the thresholds of the law (中小企業基本法 第2条, 経営強化法施行令 第1条, 支援法施行令 第1条)", () => {
    const r = smeDefinitions.smeRules;
    expect([r["基本法/製造業その他"].capitalYen, r["基本法/製造業その他"].employees]).toEqual([
      300_000_000, 300,
    ]);
    expect([r["基本法/卸売業"].capitalYen, r["基本法/卸売業"].employees]).toEqual([100_000_000, 100]);
    expect([r["基本法/サービス業"].capitalYen, r["基本法/サービス業"].employees]).toEqual([50_000_000, 100]);
    expect([r["基本法/小売業"].capitalYen, r["基本法/小売業"].employees]).toEqual([50_000_000, 50]);
    expect([r["経営強化法/ゴム製品製造業"].capitalYen, r["経営強化法/ゴム製品製造業"].employees]).toEqual([
      300_000_000, 900,
    ]);
    expect([
      r["経営強化法/ソフトウェア業・情報処理サービス業"].capitalYen,
      r["経営強化法/ソフトウェア業・情報処理サービス業"].employees,
    ]).toEqual([300_000_000, 300]);
    expect([r["経営強化法/旅館業"].capitalYen, r["経営強化法/旅館業"].employees]).toEqual([50_000_000, 200]);
    expect(Object.values(r).every((x) => x.comparator === "以下")).toBe(true);
    const s = smeDefinitions.smallRules;
    expect([s["基本法/製造業その他"].employees, s["基本法/商業・サービス業"].employees]).toEqual([20, 5]);
    expect([s["支援法/宿泊業"].employees, s["支援法/娯楽業"].employees]).toEqual([20, 20]);
  });
});

describe("resolveBasis", () => {
  it("defaults to 基本法 for blank and reads aliases in any width or case", () => {
    expect(resolveBasis(null)).toBe("基本法");
    expect(resolveBasis("  ")).toBe("基本法");
    expect(resolveBasis("中小企業等経営強化法")).toBe("経営強化法");
    expect(resolveBasis("ものづくり高度化法")).toBe("経営強化法");
    expect(resolveBasis("ＫＩＨＯＮＨＯ")).toBe("基本法");
  });

  it("rejects an unknown or disallowed basis, listing the accepted ones", () => {
    expect(() => resolveBasis("会社法")).toThrow(
      expect.objectContaining({
        code: "BASIS_UNKNOWN",
        params: { value: "会社法", accepted: "基本法, 経営強化法, 小規模事業者支援法" },
      }),
    );
    expect(() => resolveBasis("小規模事業者支援法", ["基本法", "経営強化法"])).toThrow(
      expect.objectContaining({
        code: "BASIS_UNKNOWN",
        params: expect.objectContaining({ accepted: "基本法, 経営強化法" }),
      }),
    );
  });
});

describe("resolveIndustry", () => {
  it("finds names written with full-width brackets, spaces or upper case", () => {
    expect(
      resolveIndustry("ゴム製品製造業（タイヤ・チューブ・工業用ベルト以外）", "経営強化法").category,
    ).toBe("ゴム製品製造業(特例)");
    expect(resolveIndustry(" Retail ", "基本法").category).toBe("小売業");
    expect(resolveIndustry("ｓｅｒｖｉｃｅｓ", "基本法").category).toBe("サービス業");
  });

  it("maps finer names per the 日本標準産業分類 table: 飲食店 → 小売業, 旅行業 → その他, 放送業 → サービス業", () => {
    expect(resolveIndustry("飲食店", "基本法").category).toBe("小売業");
    expect(resolveIndustry("旅行業", "基本法").category).toBe("製造業その他");
    expect(resolveIndustry("放送業", "基本法").category).toBe("サービス業");
    expect(resolveIndustry("通信業", "基本法").category).toBe("製造業その他");
  });

  it("rejects a name the law splits, listing the finer names (情報通信業; 宿泊業 under 経営強化法 only)", () => {
    expect(() => resolveIndustry("情報通信業", "基本法")).toThrow(
      expect.objectContaining({
        code: "INDUSTRY_AMBIGUOUS",
        params: expect.objectContaining({ choices: expect.stringContaining("放送業") }),
      }),
    );
    expect(() => resolveIndustry("宿泊業", "経営強化法")).toThrow(
      expect.objectContaining({ code: "INDUSTRY_AMBIGUOUS" }),
    );
    expect(resolveIndustry("宿泊業", "基本法").category).toBe("宿泊業(旅館業以外)");
  });

  it("rejects an unknown name with #VALUE! listing the main accepted names", () => {
    expect(() => resolveIndustry("宇宙業", "基本法")).toThrow(
      expect.objectContaining({
        code: "INDUSTRY_UNKNOWN",
        kind: "invalidValue",
        params: expect.objectContaining({ accepted: expect.stringContaining("製造業, 建設業") }),
      }),
    );
  });
});

describe("weakestStatus and citations", () => {
  it("ranks verified < secondary < assumption", () => {
    expect(weakestStatus("verified", "secondary")).toBe("secondary");
    expect(weakestStatus("assumption", "verified")).toBe("assumption");
    expect(weakestStatus()).toBe("verified");
  });

  it("ranks official-summary between verified and secondary", () => {
    expect(weakestStatus("verified", "official-summary")).toBe("official-summary");
    expect(weakestStatus("official-summary", "secondary")).toBe("secondary");
  });

  it("cites rules by their official document, once per document and section, with the status phrase", () => {
    const rule = smeDefinitions.smeRules["基本法/製造業その他"];
    expect(ruleCitation(rule)).toEqual({
      publisher: "e-Gov法令検索",
      document: "中小企業基本法（昭和38年法律第154号）",
      section: "第2条第1項第1号",
      url: "https://laws.e-gov.go.jp/law/338AC0000000154",
      status: "official-summary",
    });
    expect(citationText([rule, rule])).toBe(
      "e-Gov法令検索「中小企業基本法（昭和38年法律第154号）」 第2条第1項第1号 https://laws.e-gov.go.jp/law/338AC0000000154（公式概要で確認）",
    );
    expect(citationText([rule], "en")).toMatch(/\[checked in an official summary\]$/);
  });
});
