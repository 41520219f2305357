// Property: whatever a worksheet passes (huge, negative, fractional, NaN/Infinity, text, numeric text,
// full-width digits, blanks, booleans, error values, ranges of any shape), every SME.* measure either
// returns a matrix of finite numbers, text, booleans and CustomFunctions.Error, or throws a
// CustomFunctions.Error with a real reason: never NaN, Infinity, another exception or an internal error.
import fc from "fast-check";
import * as measures from "../../src/functions/measures";
import { industryNames } from "../../src/core/measures/smeDefinitions";

const CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"];

const toFullWidth = (s: string) =>
  s.replace(/[0-9,.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 0.5, 2 / 3, 300_000_000, 300, 20, 5),
  fc.integer({ min: -1e12, max: 1e12 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 0, max: 1e9 }).map((n) => toFullWidth(n.toLocaleString("en-US"))),
  fc.string(),
  fc.constantFrom(null, "", "  ", true, false, "△1,000", "1/2", "66.67%", "個人", "千円", "百万円"),
  fc.constantFrom(...industryNames(), "情報通信業", "宿泊業", "基本法", "経営強化法", "小規模事業者支援法"),
  fc
    .constantFrom("#N/A", "#DIV/0!")
    .map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode, "upstream")),
);

/** n arguments, each a 1×1 matrix or a rows×cols block (sometimes a mismatched one), or an omitted null. */
function args(n: number): fc.Arbitrary<unknown[]> {
  return fc
    .record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, cols }) => {
      const block = (r: number, c: number) =>
        fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
      const one = fc.oneof(
        { weight: 3, arbitrary: block(1, 1) },
        { weight: 3, arbitrary: block(rows, cols) },
        { weight: 1, arbitrary: block(rows + 1, cols) },
        { weight: 1, arbitrary: fc.constant(null) },
      );
      return fc.array(one, { minLength: n, maxLength: n });
    });
}

/** guard() turns a bug (TypeError…) into #VALUE! 「内部エラー」: that must never happen either. */
function expectExcelError(e: unknown): void {
  expect(e).toBeInstanceOf(CustomFunctions.Error);
  expect(CODES).toContain((e as { code: string }).code);
  expect((e as Error).message).not.toMatch(/内部エラー|internal error/);
}

function checkResult(run: () => unknown): void {
  let out: unknown;
  try {
    out = run();
  } catch (e) {
    expectExcelError(e);
    return;
  }
  expect(Array.isArray(out)).toBe(true);
  for (const row of out as unknown[][]) {
    expect(Array.isArray(row)).toBe(true);
    for (const v of row) {
      if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      else if (typeof v !== "string" && typeof v !== "boolean") expectExcelError(v);
    }
  }
}

const WRAPPERS: [string, (...a: never[]) => unknown, number][] = [
  ["VALUEADDED", measures.valueAddedFn, 5],
  ["VALUEADDEDOP", measures.valueAddedOpFn, 4],
  ["PERSONNELCOST", measures.personnelCostFn, 5],
  ["LABORSHARE", measures.laborShareFn, 2],
  ["LABORPRODUCTIVITY", measures.laborProductivityFn, 3],
  ["OPSHARE", measures.opShareFn, 2],
  ["SIZECLASS", measures.sizeClassFn, 2],
  ["ISSME", measures.isSmeFn, 4],
  ["ISSMALL", measures.isSmallFn, 3],
  ["ISDEEMEDLARGE", measures.isDeemedLargeFn, 5],
  ["SMECLASS", measures.smeClassFn, 4],
  ["CAGR", measures.cagrFn, 3],
  ["INDUSTRIES", measures.industriesFn, 1],
];

describe.each(WRAPPERS)("SME.%s with any input", (_id, fn, arity) => {
  it("returns finite values, text, booleans or Excel errors, and throws only CustomFunctions.Error", () => {
    fc.assert(
      fc.property(args(arity), (a) => checkResult(() => (fn as (...x: unknown[]) => unknown)(...a))),
      { numRuns: 300 },
    );
  });

  it("treats a scalar passed directly (not as a matrix) like a 1×1 range", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: arity, maxLength: arity }), (a) =>
        checkResult(() => (fn as (...x: unknown[]) => unknown)(...a)),
      ),
      { numRuns: 100 },
    );
  });
});
