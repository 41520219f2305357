import { atLeast, checkShare, exceeds, parseShareText, shareOfNumber } from "./share";

describe("parseShareText", () => {
  it("keeps fractions, percentages and decimals exact", () => {
    expect(parseShareText("2/3")).toEqual({ num: 2, den: 3 });
    expect(parseShareText("300/900")).toEqual({ num: 300, den: 900 });
    expect(parseShareText("50%")).toEqual({ num: 50, den: 100 });
    expect(parseShareText("66.67%")).toEqual({ num: 6667, den: 10000 });
    expect(parseShareText("0.5")).toEqual({ num: 5, den: 10 });
  });

  it("reads full-width text and spaces", () => {
    expect(parseShareText("２／３")).toEqual({ num: 2, den: 3 });
    expect(parseShareText(" 50 ％ ")).toEqual({ num: 50, den: 100 });
  });

  it("returns null for text that is no share, and for a zero denominator", () => {
    expect(parseShareText("半分")).toBeNull();
    expect(parseShareText("1/0")).toBeNull();
    expect(parseShareText("%")).toBeNull();
  });
});

describe("atLeast", () => {
  it("decides exact fractions exactly: 2/3 ≥ 2/3, 666/1000 < 2/3", () => {
    expect(atLeast({ num: 2, den: 3 }, [2, 3])).toBe(true);
    expect(atLeast({ num: 300, den: 900 }, [1, 3])).toBe(true);
    expect(atLeast({ num: 666, den: 1000 }, [2, 3])).toBe(false);
    expect(atLeast({ num: 6667, den: 10000 }, [2, 3])).toBe(true);
  });

  it("counts doubles that are 2/3 up to rounding (=200/300, =1/3+1/3) but not 0.6666", () => {
    expect(atLeast(shareOfNumber(200 / 300), [2, 3])).toBe(true);
    expect(atLeast(shareOfNumber(1 / 3 + 1 / 3), [2, 3])).toBe(true);
    expect(atLeast(shareOfNumber(0.35 + 0.35), [2, 3])).toBe(true);
    expect(atLeast(shareOfNumber(0.6666), [2, 3])).toBe(false);
    expect(atLeast(shareOfNumber(0.5), [1, 2])).toBe(true);
    expect(atLeast(shareOfNumber(0.4999), [1, 2])).toBe(false);
  });
});

describe("checkShare and exceeds", () => {
  it("accepts 0 to 1 and rejects 60 (a percentage typed as a number) with SHARE_OUT_OF_RANGE", () => {
    expect(checkShare({ num: 1, den: 1 }, "x")).toEqual({ num: 1, den: 1 });
    expect(() => checkShare(shareOfNumber(60), "x")).toThrow(
      expect.objectContaining({ code: "SHARE_OUT_OF_RANGE", params: { arg: "x", value: "60" } }),
    );
    expect(() => checkShare(shareOfNumber(-0.1), "x")).toThrow(
      expect.objectContaining({ code: "SHARE_OUT_OF_RANGE" }),
    );
  });

  it("compares two shares beyond the tolerance", () => {
    expect(exceeds(shareOfNumber(0.6), { num: 1, den: 2 })).toBe(true);
    expect(exceeds({ num: 1, den: 3 }, shareOfNumber(1 / 3))).toBe(false);
  });
});
