import fc from "fast-check";
import { type Capital, isSmall, isSme, smeClass } from "./smeDefinition";
import { ALL_BASES, smeDefinitions } from "./smeDefinitions";

// The law restated independently of data/sme-definitions.json, so a typo in the data fails here.
// [industry, basis, capital limit (yen), employee limit], all 以下.
const SME_LIMITS: [string, string, number, number][] = [
  ["製造業", "基本法", 300_000_000, 300],
  ["建設業", "基本法", 300_000_000, 300],
  ["運輸業", "基本法", 300_000_000, 300],
  ["その他", "基本法", 300_000_000, 300],
  ["卸売業", "基本法", 100_000_000, 100],
  ["サービス業", "基本法", 50_000_000, 100],
  ["小売業", "基本法", 50_000_000, 50],
  ["ゴム製品製造業(タイヤ・チューブ・工業用ベルト以外)", "基本法", 300_000_000, 300],
  ["ソフトウェア業", "基本法", 50_000_000, 100],
  ["情報処理サービス業", "基本法", 50_000_000, 100],
  ["旅館業", "基本法", 50_000_000, 100],
  ["宿泊業", "基本法", 50_000_000, 100],
  ["娯楽業", "基本法", 50_000_000, 100],
  ["飲食店", "基本法", 50_000_000, 50],
  ["製造業", "経営強化法", 300_000_000, 300],
  ["卸売業", "経営強化法", 100_000_000, 100],
  ["サービス業", "経営強化法", 50_000_000, 100],
  ["小売業", "経営強化法", 50_000_000, 50],
  ["ゴム製品製造業(タイヤ・チューブ・工業用ベルト以外)", "経営強化法", 300_000_000, 900],
  ["自動車用タイヤ製造業", "経営強化法", 300_000_000, 300],
  ["工業用ベルト製造業", "経営強化法", 300_000_000, 300],
  ["ソフトウェア業", "経営強化法", 300_000_000, 300],
  ["情報処理サービス業", "経営強化法", 300_000_000, 300],
  ["旅館業", "経営強化法", 50_000_000, 200],
  ["宿泊業(旅館業以外)", "経営強化法", 50_000_000, 100],
  ["娯楽業", "経営強化法", 50_000_000, 100],
];

describe("isSme (中小企業者)", () => {
  describe.each(SME_LIMITS)(
    "%s under %s (%d yen / %d persons, 以下)",
    (industry, basis, capital, employees) => {
      it("is an SME at exactly the capital limit even with many employees (capital only)", () => {
        expect(isSme(industry, capital, 1_000_000, basis)).toBe(true);
      });
      it("is an SME at exactly the employee limit even with huge capital (employees only)", () => {
        expect(isSme(industry, 1e15, employees, basis)).toBe(true);
      });
      it("is not an SME one yen and one person over both limits", () => {
        expect(isSme(industry, capital + 1, employees + 1, basis)).toBe(false);
      });
      it("decides from employees alone when capital is blank and employees pass, else #N/A naming capital", () => {
        expect(isSme(industry, null, employees, basis)).toBe(true);
        expect(() => isSme(industry, null, employees + 1, basis)).toThrow(
          expect.objectContaining({
            code: "ARG_MISSING",
            kind: "notAvailable",
            params: { arg: "capital_yen" },
          }),
        );
      });
      it("decides from capital alone when employees are blank and capital passes, else #N/A naming employees", () => {
        expect(isSme(industry, capital, null, basis)).toBe(true);
        expect(() => isSme(industry, capital + 1, null, basis)).toThrow(
          expect.objectContaining({ code: "ARG_MISSING", params: { arg: "employees" } }),
        );
      });
      it("judges a sole proprietor (個人) by employees only", () => {
        expect(isSme(industry, "individual", employees, basis)).toBe(true);
        expect(isSme(industry, "individual", employees + 1, basis)).toBe(false);
      });
    },
  );

  it("defaults to 基本法, where the 政令 special industries do not apply", () => {
    expect(isSme("ゴム製品製造業(タイヤ・チューブ・工業用ベルト以外)", 5e8, 850)).toBe(false);
    expect(isSme("ゴム製品製造業(タイヤ・チューブ・工業用ベルト以外)", 5e8, 850, "経営強化法")).toBe(true);
  });

  it("accepts fractional head counts (period averages) against the limit", () => {
    expect(isSme("小売業", 1e9, 50.4)).toBe(false);
    expect(isSme("小売業", 1e9, 49.5)).toBe(true);
  });

  it("rejects 小規模事業者支援法 as a basis for 中小企業者, listing 基本法 and 経営強化法", () => {
    expect(() => isSme("製造業", 1, 1, "小規模事業者支援法")).toThrow(
      expect.objectContaining({
        code: "BASIS_UNKNOWN",
        params: expect.objectContaining({ accepted: "基本法, 経営強化法" }),
      }),
    );
  });

  it("rejects negative capital or employees with #VALUE! naming the argument", () => {
    expect(() => isSme("製造業", -1, 10)).toThrow(
      expect.objectContaining({ code: "ARG_NEGATIVE", params: { arg: "capital_yen", value: -1 } }),
    );
    expect(() => isSme("製造業", 10, -1)).toThrow(
      expect.objectContaining({ code: "ARG_NEGATIVE", params: { arg: "employees", value: -1 } }),
    );
  });

  it("gives #N/A when both capital and employees are blank", () => {
    expect(() => isSme("製造業", null, null)).toThrow(
      expect.objectContaining({ code: "ARG_MISSING", kind: "notAvailable" }),
    );
  });
});

// [industry, basis, employee limit]
const SMALL_LIMITS: [string, string, number][] = [
  ["製造業", "基本法", 20],
  ["建設業", "基本法", 20],
  ["運輸業", "基本法", 20],
  ["卸売業", "基本法", 5],
  ["小売業", "基本法", 5],
  ["サービス業", "基本法", 5],
  ["宿泊業", "基本法", 5],
  ["旅館業", "基本法", 5],
  ["娯楽業", "基本法", 5],
  ["ゴム製品製造業(タイヤ・チューブ・工業用ベルト以外)", "基本法", 20],
  ["ソフトウェア業", "基本法", 5],
  ["製造業", "小規模事業者支援法", 20],
  ["卸売業", "小規模事業者支援法", 5],
  ["小売業", "小規模事業者支援法", 5],
  ["サービス業", "小規模事業者支援法", 5],
  ["宿泊業", "小規模事業者支援法", 20],
  ["旅館業", "小規模事業者支援法", 20],
  ["娯楽業", "小規模事業者支援法", 20],
  ["ゴム製品製造業(タイヤ・チューブ・工業用ベルト以外)", "小規模事業者支援法", 20],
  ["ソフトウェア業", "小規模事業者支援法", 5],
];

describe("isSmall (小規模企業者 / 小規模事業者)", () => {
  it.each(SMALL_LIMITS)("%s under %s: small at %d employees, not one over", (industry, basis, limit) => {
    expect(isSmall(industry, limit, basis)).toBe(true);
    expect(isSmall(industry, limit + 1, basis)).toBe(false);
  });

  it("defaults to 基本法 and needs employees (#N/A when blank)", () => {
    expect(isSmall("宿泊業", 15)).toBe(false);
    expect(() => isSmall("製造業", null)).toThrow(
      expect.objectContaining({ code: "ARG_MISSING", params: { arg: "employees" } }),
    );
  });

  it("accepts 宿泊業 under every small-firm basis (the law does not split it there)", () => {
    expect(isSmall("宿泊業", 20, "小規模事業者支援法")).toBe(true);
  });

  it("rejects 経営強化法 as a small-firm basis", () => {
    expect(() => isSmall("製造業", 1, "経営強化法")).toThrow(
      expect.objectContaining({ code: "BASIS_UNKNOWN" }),
    );
  });
});

describe("smeClass", () => {
  it("returns the most specific class", () => {
    expect(smeClass("製造業", 1e7, 20)).toBe("小規模企業者");
    expect(smeClass("製造業", 1e7, 21)).toBe("中小企業者");
    expect(smeClass("製造業", 3e8 + 1, 301)).toBe("大企業");
    expect(smeClass("小売業", 1e7, 6)).toBe("中小企業者");
  });

  it("follows the basis for both tests: 支援法 makes a 15-person inn 小規模, 経営強化法 makes a 180-person ryokan 中小", () => {
    expect(smeClass("宿泊業", 1e7, 15)).toBe("中小企業者");
    expect(smeClass("宿泊業", 1e7, 15, "小規模事業者支援法")).toBe("小規模企業者");
    expect(smeClass("旅館業", 1e8, 180)).toBe("大企業");
    expect(smeClass("旅館業", 1e8, 180, "経営強化法")).toBe("中小企業者");
  });

  it("needs employees, but checks the industry first so a bad name is reported before a blank", () => {
    expect(() => smeClass("製造業", 1e7, null)).toThrow(
      expect.objectContaining({ code: "ARG_MISSING", params: { arg: "employees" } }),
    );
    expect(() => smeClass("宇宙業", 1e7, null)).toThrow(
      expect.objectContaining({ code: "INDUSTRY_UNKNOWN" }),
    );
  });

  it("classifies a sole proprietor by employees and rejects a negative capital even for a small firm", () => {
    expect(smeClass("小売業", "individual", 60)).toBe("大企業");
    expect(() => smeClass("製造業", -5, 3)).toThrow(expect.objectContaining({ code: "ARG_NEGATIVE" }));
  });
});

describe("properties", () => {
  const names = (basis: string) =>
    smeDefinitions.industries
      .filter((i) => i.category !== undefined && !i.ambiguousUnder?.includes(basis))
      .map((i) => i.name);
  const smeBasis = fc.constantFrom("基本法", "経営強化法");
  const smallBasis = fc.constantFrom("基本法", "小規模事業者支援法");
  const capital = fc.oneof(fc.integer({ min: 0, max: 2e9 }), fc.double({ min: 0, max: 1e12, noNaN: true }));
  const employees = fc.oneof(
    fc.integer({ min: 0, max: 2_000 }),
    fc.double({ min: 0, max: 1e4, noNaN: true }),
  );
  const more = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 1e9 }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  );

  it("more employees or more capital never turns a non-SME into an SME", () => {
    fc.assert(
      fc.property(
        smeBasis.chain((b) => fc.tuple(fc.constant(b), fc.constantFrom(...names(b)))),
        capital,
        employees,
        more,
        more,
        ([basis, industry], c, e, dc, de) => {
          if (!isSme(industry, c, e, basis)) expect(isSme(industry, c + dc, e + de, basis)).toBe(false);
        },
      ),
    );
  });

  it("more employees never turn a non-small firm into a small one", () => {
    fc.assert(
      fc.property(
        smallBasis.chain((b) => fc.tuple(fc.constant(b), fc.constantFrom(...names(b)))),
        employees,
        more,
        ([basis, industry], e, de) => {
          if (!isSmall(industry, e, basis)) expect(isSmall(industry, e + de, basis)).toBe(false);
        },
      ),
    );
  });

  it("every 小規模企業者 is a 中小企業者 under the same basis, whatever its capital", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_BASES).chain((b) => fc.tuple(fc.constant(b), fc.constantFrom(...names(b)))),
        fc.oneof(capital, fc.constant<Capital>("individual"), fc.constant<Capital>(null)),
        employees,
        ([basis, industry], c, e) => {
          let cls: string;
          try {
            cls = smeClass(industry, c, e, basis);
          } catch (err) {
            // Blank capital with too many employees to decide on: #N/A, never a guess.
            expect(c).toBeNull();
            expect(err).toMatchObject({ code: "ARG_MISSING", params: { arg: "capital_yen" } });
            return;
          }
          expect(["小規模企業者", "中小企業者", "大企業"]).toContain(cls);
          const smeBasisOf = basis === "経営強化法" ? "経営強化法" : "基本法";
          if (cls === "小規模企業者") expect(isSme(industry, c, e, smeBasisOf)).toBe(true);
        },
      ),
    );
  });
});
