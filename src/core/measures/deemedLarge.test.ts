import { isDeemedLarge } from "./deemedLarge";
import { type Share, shareOfNumber } from "./share";

const f = (num: number, den: number): Share => ({ num, den });

describe("isDeemedLarge (みなし大企業)", () => {
  // ELIG-02 rows a–g, shares as the case writes them.
  it.each([
    ["a: one large company 60%", { largest: f(60, 100), total: f(60, 100), officers: f(0, 5) }, true],
    ["b: exactly 1/2 counts (以上)", { largest: f(50, 100), total: f(50, 100), officers: f(0, 5) }, true],
    [
      "c: large companies together 70% ≥ 2/3",
      { largest: f(35, 100), total: f(70, 100), officers: f(0, 5) },
      true,
    ],
    [
      "d: exactly 2/3 counts (300/900 + 300/900)",
      { largest: f(300, 900), total: f(600, 900), officers: f(0, 5) },
      true,
    ],
    [
      "e: 40%, 60% in total, 1 of 5 officers",
      { largest: f(40, 100), total: f(60, 100), officers: f(1, 5) },
      false,
    ],
    [
      "f: 3 of 5 officers from a large company",
      { largest: f(10, 100), total: f(10, 100), officers: f(3, 5) },
      true,
    ],
    [
      "g: wholly owned by an SME caught by 1–3",
      { largest: null, total: null, officers: f(0, 3), parentShare: f(1, 1) },
      true,
    ],
  ])("ELIG-02 %s", (_name, shares, expected) => {
    expect(isDeemedLarge(shares)).toBe(expected);
  });

  it("applies rule 5: all officers from such an SME", () => {
    expect(isDeemedLarge({ largest: null, total: null, officers: null, parentOfficers: f(3, 3) })).toBe(true);
    expect(isDeemedLarge({ largest: null, total: null, officers: null, parentOfficers: f(2, 3) })).toBe(
      false,
    );
  });

  it("works with doubles from cells: =2/3 is on the boundary", () => {
    expect(
      isDeemedLarge({ largest: shareOfNumber(1 / 3), total: shareOfNumber(2 / 3), officers: null }),
    ).toBe(true);
    expect(
      isDeemedLarge({
        largest: shareOfNumber(0.49),
        total: shareOfNumber(0.66),
        officers: shareOfNumber(0.4),
      }),
    ).toBe(false);
  });

  it("takes a blank total as the largest holder alone, and blank others as 0", () => {
    expect(isDeemedLarge({ largest: f(1, 2), total: null, officers: null })).toBe(true);
    expect(isDeemedLarge({ largest: f(49, 100), total: null, officers: null })).toBe(false);
  });

  it("gives #N/A when nothing is given", () => {
    expect(() => isDeemedLarge({ largest: null, total: null, officers: null })).toThrow(
      expect.objectContaining({ code: "ARG_MISSING", kind: "notAvailable" }),
    );
  });

  it("rejects a largest holder above the total, and shares outside 0–1", () => {
    expect(() => isDeemedLarge({ largest: f(6, 10), total: f(5, 10), officers: null })).toThrow(
      expect.objectContaining({ code: "SHARE_INCONSISTENT", kind: "invalidValue" }),
    );
    expect(() => isDeemedLarge({ largest: shareOfNumber(60), total: null, officers: null })).toThrow(
      expect.objectContaining({
        code: "SHARE_OUT_OF_RANGE",
        params: expect.objectContaining({ arg: "largest_large_company_share" }),
      }),
    );
  });
});
