// The SME.* measure wrappers as Excel calls them: every argument a matrix, omitted optionals null,
// blanks null (Excel on the web) or 0 (desktop), errors thrown as CustomFunctions.Error.
import {
  cagrFn,
  industriesFn,
  isDeemedLargeFn,
  isSmallFn,
  isSmeFn,
  laborProductivityFn,
  laborShareFn,
  opShareFn,
  personnelCostFn,
  sizeClassFn,
  smeClassFn,
  valueAddedFn,
  valueAddedOpFn,
} from "../../src/functions/measures";
import { blankAsZero } from "../support/blankAsZero";

/** Run as Excel desktop (blank cells arrive as 0): the jest project unit-blank0, test/support/blankAsZero.ts. */
const desktop = blankAsZero();

function excelError(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    const err = e as CustomFunctions.Error & { code: string };
    return { code: err.code, message: err.message ?? "" };
  }
  throw new Error("expected an Excel error");
}

describe("every numeric argument accepts a range and spills the same shape", () => {
  it("LABORSHARE over a column, with a scalar repeated over a range", () => {
    expect(laborShareFn([[1], [2], [3]], [[4], [8], [12]])).toEqual([[0.25], [0.25], [0.25]]);
    expect(laborShareFn([[1, 2, 3]], [[4]])).toEqual([[0.25, 0.5, 0.75]]);
  });

  it("a 2-D block keeps its shape", () => {
    expect(
      valueAddedOpFn(
        [
          [1, 2],
          [3, 4],
        ],
        [[10]],
        [
          [0, 0],
          [0, 1],
        ],
        [[null]],
      ),
    ).toEqual([
      [11, 12],
      [13, 15],
    ]);
  });

  it("mismatched shapes give #VALUE! with a message naming both arguments", () => {
    const e = excelError(() => laborShareFn([[1], [2]], [[1], [2], [3]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("personnel_cost 2×1");
    expect(e.message).toContain("value_added 3×1");
  });

  it("one bad row becomes an error in that cell only", () => {
    const out = laborShareFn([[1], [1], [1]], [[2], [0], [null]]);
    expect(out[0][0]).toBe(0.5);
    expect(out[1][0]).toMatchObject({ code: "#DIV/0!" });
    // A blank value_added: #N/A naming it on the web; on desktop it arrives as 0, so #DIV/0!.
    expect(out[2][0]).toMatchObject({ code: desktop ? "#DIV/0!" : "#N/A" });
    if (!desktop) expect((out[2][0] as CustomFunctions.Error).message).toContain("value_added");
  });

  it("an error value in an argument cell stays that error in the result cell", () => {
    const na = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "lookup failed");
    const out = laborShareFn([[1], [na]], [[2], [2]]);
    expect(out[1][0]).toBe(na);
    expect(() => isSmeFn([[na]], [[1]], [[1]])).toThrow(
      expect.objectContaining({ code: "#N/A", message: "lookup failed" }),
    );
  });
});

describe("blanks, text and booleans", () => {
  it("a blank value_added is #N/A with a message, not #DIV/0!; a desktop blank (0) is #DIV/0!", () => {
    const e = excelError(() => laborShareFn([[1]], [[null]]));
    expect(e.code).toBe(desktop ? "#DIV/0!" : "#N/A");
    if (!desktop)
      expect(e.message).toMatch(/^引数「value_added」が空欄です.* \/ Argument 'value_added' is blank/);
    expect(excelError(() => laborShareFn([[1]], [[""]])).code).toBe("#N/A");
    expect(excelError(() => laborShareFn([[1]], [[0]])).code).toBe("#DIV/0!");
  });

  it("reads numbers stored as text with commas, full-width digits and △", () => {
    expect(laborShareFn([["1,234"]], [["２，４６８"]])).toEqual([[0.5]]);
    expect(valueAddedOpFn([["△1,000"]], [["１２３４"]], [[null]], [[null]])).toEqual([[234]]);
  });

  it("other text and booleans give #VALUE! naming the argument", () => {
    const e = excelError(() => laborShareFn([["abc"]], [[1]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("personnel_cost");
    expect(e.message).toContain("abc");
    expect(excelError(() => cagrFn([[true]], [[1]], [[1]])).message).toContain("start_value");
  });

  it("VALUEADDED: blank 営業純益 or 人件費 is #N/A, blank interest/rent/taxes count as 0", () => {
    expect(valueAddedFn([[10]], [[20]], [[null]], [[""]], [[null]])).toEqual([[30]]);
    if (desktop) {
      // Desktop: a blank 営業純益 or 人件費 is 0, so the sum is computed (docs/functions/measures.md says so).
      expect(valueAddedFn([[null]], [[20]], [[1]], [[1]], [[1]])).toEqual([[23]]);
      expect(valueAddedOpFn([[1]], [[null]], [[1]], [[1]])).toEqual([[3]]);
      return;
    }
    expect(excelError(() => valueAddedFn([[null]], [[20]], [[1]], [[1]], [[1]])).message).toContain(
      "net_operating_profit",
    );
    expect(excelError(() => valueAddedOpFn([[1]], [[null]], [[1]], [[1]])).code).toBe("#N/A");
  });

  it("PERSONNELCOST: blank items count as 0, all five blank is #N/A", () => {
    expect(personnelCostFn([[20000]], [[null]], [[150000]], [[""]], [[28000]])).toEqual([[198000]]);
    // Desktop cannot tell an empty row from five zeros: it shows 0 there (docs/functions/measures.md).
    if (desktop) expect(personnelCostFn([[null]], [[null]], [[null]], [[null]], [[null]])).toEqual([[0]]);
    else
      expect(excelError(() => personnelCostFn([[null]], [[null]], [[null]], [[null]], [[null]])).code).toBe(
        "#N/A",
      );
    const out = personnelCostFn([[1], [null]], [[1], [null]], [[1], [null]], [[1], [null]], [[1], [null]]);
    expect(out[0][0]).toBe(5);
    if (desktop) expect(out[1][0]).toBe(0);
    else expect(out[1][0]).toMatchObject({ code: "#N/A" });
  });
});

describe("each function", () => {
  it("LABORPRODUCTIVITY: officers omitted (null) or blank count as 0; as a range they add per row", () => {
    expect(laborProductivityFn([[300]], [[3]], null as never)).toEqual([[100]]);
    expect(laborProductivityFn([[300], [300]], [[3], [2]], [[null], [1]])).toEqual([[100], [100]]);
    expect(excelError(() => laborProductivityFn([[300]], [[0]])).code).toBe("#DIV/0!");
    expect(excelError(() => laborProductivityFn([[300]], [[-1]])).code).toBe("#VALUE!");
  });

  it("OPSHARE: 営業純益 ÷ 付加価値額, with #NUM! for a negative value added", () => {
    expect(opShareFn([[45000]], [[301000]])).toEqual([[45000 / 301000]]);
    expect(excelError(() => opShareFn([[1]], [[-1]])).code).toBe("#NUM!");
  });

  it("SIZECLASS: unit omitted is 円, 千円 and 百万円 work, an unknown unit is #VALUE!", () => {
    expect(sizeClassFn([[1e9], [99_999_999]], null as never)).toEqual([["大企業"], ["中規模企業"]]);
    expect(sizeClassFn([[10]], [["百万円"]])).toEqual([["中規模企業"]]);
    expect(excelError(() => sizeClassFn([[10]], [["ドル"]])).message).toContain("ドル");
  });

  it("ISSME: ranges of industries, 個人 as capital, basis by name", () => {
    expect(isSmeFn([["小売業"], ["retail"]], [["個人"], [1e9]], [[50], [51]])).toEqual([[true], [false]]);
    expect(isSmeFn([["ソフトウェア業"]], [[2e8]], [[250]], [["経営強化法"]])).toEqual([[true]]);
    // Blank capital with too many employees: #N/A on the web (capital needed); desktop's 0 yen passes.
    if (desktop) expect(isSmeFn([["製造業"]], [[null]], [[301]])).toEqual([[true]]);
    else expect(excelError(() => isSmeFn([["製造業"]], [[null]], [[301]])).code).toBe("#N/A");
  });

  it("ISSME: an unknown industry is #VALUE! listing accepted names; a split one lists the finer names", () => {
    const e = excelError(() => isSmeFn([["宇宙業"]], [[1]], [[1]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("製造業, 建設業");
    expect(e.message).toContain("SME.業種一覧");
    expect(excelError(() => isSmeFn([["情報通信業"]], [[1]], [[1]])).message).toContain("放送業");
  });

  it("ISSMALL and SMECLASS follow their basis", () => {
    expect(isSmallFn([["娯楽業"]], [[20]], [["小規模事業者支援法"]])).toEqual([[true]]);
    expect(isSmallFn([["娯楽業"]], [[20]])).toEqual([[false]]);
    expect(
      smeClassFn([["製造業"], ["製造業"], ["製造業"]], [[1e7]], [[20], [21], [301]], [["基本法"]]),
    ).toEqual([["小規模企業者"], ["中小企業者"], ["中小企業者"]]);
    expect(smeClassFn([["製造業"]], [[3e8 + 1]], [[301]])).toEqual([["大企業"]]);
  });

  it("reads 0 in a text argument, and 0 as the large companies' total, as blank (Excel desktop's blank)", () => {
    expect(excelError(() => isSmeFn([[0]], [[1]], [[1]])).code).toBe("#N/A");
    expect(smeClassFn([["製造業"]], [[1e7]], [[20]], [[0]])).toEqual([["小規模企業者"]]);
    expect(isDeemedLargeFn([[0.5]], [[0]], [[0]])).toEqual([[true]]);
    expect(isDeemedLargeFn([[0.4]], [[0]], [[0]])).toEqual([[false]]);
  });

  it("ISDEEMEDLARGE: numbers, fractions and percentages; 60 (not 0.6) is #VALUE!", () => {
    expect(isDeemedLargeFn([[0.5]], [[null]], [[0]])).toEqual([[true]]);
    expect(isDeemedLargeFn([["1/3"]], [["66.67%"]], [["1/5"]])).toEqual([[true]]);
    expect(isDeemedLargeFn([[0.4]], [[0.6]], [[0.2]])).toEqual([[false]]);
    expect(excelError(() => isDeemedLargeFn([[60]], [[null]], [[null]])).message).toContain(
      "largest_large_company_share",
    );
  });

  it("CAGR: 100 → 121 over 2 years is 10%, and ranges of years spill", () => {
    expect(cagrFn([[100]], [[121]], [[2]])).toEqual([[0.1]]);
    expect(cagrFn([[100]], [[121]], [[1, 2]])).toEqual([[0.21, 0.1]]);
    expect(excelError(() => cagrFn([[0]], [[1]], [[1]])).code).toBe("#DIV/0!");
  });

  it("INDUSTRIES: a header and one row per name; basis must be one cell", () => {
    const t = industriesFn(null as never);
    expect(t[0][0]).toBe("業種 / industry");
    expect(t.length).toBeGreaterThan(40);
    expect(t.map((r) => r[0])).toContain("製造業");
    expect(industriesFn([["経営強化法"]]).find((r) => r[0] === "旅館業")?.[3]).toBe(200);
    expect(excelError(() => industriesFn([["基本法"], ["経営強化法"]])).code).toBe("#VALUE!");
    expect(excelError(() => industriesFn([["民法"]])).message).toContain(
      "基本法, 経営強化法, 小規模事業者支援法",
    );
  });
});
