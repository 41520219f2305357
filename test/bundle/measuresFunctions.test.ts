import { blankAsZero } from "../support/blankAsZero";
import { loadFunctionsBundle } from "../support/loadFunctionsBundle";

// Every measures id through the built bundle, once with scalars (as Excel passes a single cell to a
// matrix parameter: [[x]]) and once with 2-D ranges that spill.
const bundle = loadFunctionsBundle();
// Synchronous answers, as in Excel once the functions' lazy parts (fn-* chunks) have loaded.
beforeAll(() => bundle.ready);
const s = (x: unknown) => (x === null ? null : [[x]]);

describe("measures through the built bundle", () => {
  it.each([
    ["VALUEADDED", [45000, 230000, 5000, 15000, 6000], [[301000]]],
    ["VALUEADDEDOP", [50000, 230000, 15000, 6000], [[301000]]],
    ["PERSONNELCOST", [1, 2, 3, 4, 5], [[15]]],
    ["LABORSHARE", [230000, 301000], [[230000 / 301000]]],
    ["LABORPRODUCTIVITY", [300, 3, null], [[100]]],
    ["OPSHARE", [1, 4], [[0.25]]],
    ["SIZECLASS", [1e9, null], [["大企業"]]],
    ["ISSME", ["製造業", 3e8, 1000, null], [[true]]],
    ["ISSMALL", ["宿泊業", 15, "小規模事業者支援法"], [[true]]],
    ["SMECLASS", ["製造業", 1e7, 20, null], [["小規模企業者"]]],
    ["CAGR", [100, 121, 2], [[0.1]]],
  ])("%s with single cells", (id, args, expected) => {
    expect(bundle.call(id, ...args.map(s))).toEqual(expected);
  });

  it.each([
    [
      "VALUEADDED",
      [
        [[45000], [1]],
        [[230000], [2]],
        [[5000], [3]],
        [[15000], [4]],
        [[6000], [5]],
      ],
      [[301000], [15]],
    ],
    ["LABORSHARE", [[[1, 2]], [[4, 8]]], [[0.25, 0.25]]],
    ["LABORPRODUCTIVITY", [[[300]], [[3], [4]], null], [[100], [75]]],
    ["ISSME", [[["製造業"], ["小売業"]], [[3e8]], [[1000]], null], [[true], [false]]],
    ["ISSMALL", [[["製造業"]], [[20], [21]], null], [[true], [false]]],
  ])("%s with ranges spills the same shape", (id, args, expected) => {
    expect(bundle.call(id, ...(args as unknown[]))).toEqual(expected);
  });

  it("ISDEEMEDLARGE and INDUSTRIES answer with ranges", () => {
    expect(bundle.call("ISDEEMEDLARGE", [[0.5], [0.1]], [[0.6], [0.2]], [[0]], null, null)).toEqual([
      [true],
      [false],
    ]);
    const table = bundle.call("INDUSTRIES", null) as unknown[][];
    expect(table.length).toBeGreaterThan(10);
    expect(table.every((row) => row.length === table[0].length)).toBe(true);
    // Issue 11: the source column names the statute on e-Gov with how it was checked, never a mirror.
    const manufacturing = table.find((row) => row[0] === "製造業")!;
    expect(manufacturing[8]).toBe("official-summary");
    expect(manufacturing[9]).toBe(
      "e-Gov法令検索「中小企業基本法（昭和38年法律第154号）」 第2条第1項第1号 https://laws.e-gov.go.jp/law/338AC0000000154（公式概要で確認） ; e-Gov法令検索「中小企業基本法（昭和38年法律第154号）」 第2条第5項（おおむね） https://laws.e-gov.go.jp/law/338AC0000000154（公式概要で確認）",
    );
    expect(JSON.stringify(table)).not.toMatch(/legaldoc|nissin-sci|funaisoken|intwk|xn--/);
  });

  it("gives Excel errors with bilingual messages, never an uncaught exception", () => {
    expect(() => bundle.call("ISSME", [["宇宙業"]], [[1]], [[1]], null)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/製造業[\s\S]*\/ /) }),
    );
    expect(() => bundle.call("LABORSHARE", [[1], [2]], [[1, 2, 3]])).toThrow(
      expect.objectContaining({ code: "#VALUE!" }),
    );
  });

  it("follows the documented blank rules on the web (null) and on desktop (0, project bundle-blank0)", () => {
    const desktop = blankAsZero();
    // A blank divisor: #N/A on the web, #DIV/0! on desktop (docs/functions/measures.md).
    expect(() => bundle.call("LABORSHARE", [[230000]], [[null]])).toThrow(
      expect.objectContaining({ code: desktop ? "#DIV/0!" : "#N/A" }),
    );
    // A blank text argument is blank on both: the industry is required → #N/A.
    expect(() => bundle.call("ISSME", [[null]], [[1]], [[1]], null)).toThrow(
      expect.objectContaining({ code: "#N/A" }),
    );
    // Blank interest/rent/taxes count as 0 on both.
    expect(bundle.call("VALUEADDED", [[10]], [[20]], [[null]], [[null]], [[null]])).toEqual([[30]]);
  });
});
