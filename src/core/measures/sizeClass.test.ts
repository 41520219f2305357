import { capitalUnitYen, sizeClass } from "./sizeClass";

const OUT = "対象外(1億円以上10億円未満)";

describe("sizeClass (法人企業統計 資本金規模, 中小企業白書)", () => {
  it("classifies the MOF-01 boundary rows given in 千円", () => {
    const rows = [9999.999, 10000, 99999, 100000, 999999, 1000000];
    expect(rows.map((c) => sizeClass(c, capitalUnitYen("千円")))).toEqual([
      "小規模企業",
      "中規模企業",
      "中規模企業",
      OUT,
      OUT,
      "大企業",
    ]);
  });

  it("puts MOF-01's 資本金 30,000 千円 in 中規模企業", () => {
    expect(sizeClass(30_000, 1_000)).toBe("中規模企業");
  });

  it("uses 以上 at 1千万円, 1億円 and 10億円 and 未満 below them (円)", () => {
    expect(sizeClass(0)).toBe("小規模企業");
    expect(sizeClass(9_999_999)).toBe("小規模企業");
    expect(sizeClass(10_000_000)).toBe("中規模企業");
    expect(sizeClass(99_999_999)).toBe("中規模企業");
    expect(sizeClass(100_000_000)).toBe(OUT);
    expect(sizeClass(999_999_999)).toBe(OUT);
    expect(sizeClass(1_000_000_000)).toBe("大企業");
    expect(sizeClass(1e20)).toBe("大企業");
  });

  it("compares in the caller's unit, so 百万円 boundaries are exact", () => {
    expect(sizeClass(10, capitalUnitYen("百万円"))).toBe("中規模企業");
    expect(sizeClass(9.999999, capitalUnitYen("百万円"))).toBe("小規模企業");
    expect(sizeClass(1000, capitalUnitYen("million"))).toBe("大企業");
  });

  it("reads the unit names, with 円 as the default for blank", () => {
    expect(capitalUnitYen(null)).toBe(1);
    expect(capitalUnitYen(" ")).toBe(1);
    expect(capitalUnitYen("円")).toBe(1);
    expect(capitalUnitYen("千円")).toBe(1_000);
    expect(capitalUnitYen("Thousand")).toBe(1_000);
    expect(capitalUnitYen("百万円")).toBe(1_000_000);
  });

  it("rejects an unknown unit (#VALUE! UNIT_UNKNOWN) and a negative capital (ARG_NEGATIVE)", () => {
    expect(() => capitalUnitYen("ドル")).toThrow(
      expect.objectContaining({ code: "UNIT_UNKNOWN", kind: "invalidValue" }),
    );
    expect(() => sizeClass(-1)).toThrow(expect.objectContaining({ code: "ARG_NEGATIVE" }));
  });
});
