import { cutSheetName, isValidSheetName, sheetNameFor } from "./sheetName";

describe("sheetNameFor", () => {
  it("keeps a short title", () => {
    expect(sheetNameFor("法人企業統計 年次")).toBe("法人企業統計 年次");
  });

  it("replaces characters Excel forbids (also full-width ones after NFKC)", () => {
    expect(sheetNameFor("産業／資本金階級：売上高[百万円]")).toBe("産業 資本金階級 売上高 百万円");
  });

  it("cuts to 31 characters without splitting a surrogate pair", () => {
    const name = sheetNameFor("𠮷".repeat(40));
    expect([...name]).toHaveLength(31);
    expect(isValidSheetName(name)).toBe(true);
  });

  it("falls back when nothing usable is left", () => {
    expect(sheetNameFor("///")).toBe("Table");
    expect(sheetNameFor("History")).toBe("Table");
  });
});

describe("isValidSheetName", () => {
  it.each(["", " ", "a/b", "x".repeat(32), "'quoted'", "history"])("rejects %j", (n) => {
    expect(isValidSheetName(n)).toBe(false);
  });
  it.each(["Sheet1", "統計表 0003410379", "x".repeat(31)])("accepts %j", (n) => {
    expect(isValidSheetName(n)).toBe(true);
  });
});

describe("sheetNameFor at the 31-character limit", () => {
  const LONG =
    "法人企業統計調査_時系列データ_金融業、保険業以外の業種（原数値）_資本金階級別_当期末資産・負債・純資産及び損益";

  it("cuts before an opening bracket near the limit instead of in the middle of a word", () => {
    const name = sheetNameFor(LONG);
    expect(name).toBe("法人企業統計調査_時系列データ_金融業、保険業以外の業種");
    expect(name).not.toMatch(/\(原数$/);
  });

  it("cuts before a space or ・ near the limit and drops the separator", () => {
    expect(sheetNameFor("Manufacturing establishments, by prefecture")).toBe("Manufacturing establishments");
    expect(sheetNameFor("Manufacturing establishments by prefecture and size")).toBe(
      "Manufacturing establishments by",
    );
    expect(sheetNameFor("Manufacturing establishment counts by prefecture")).toBe(
      "Manufacturing establishment",
    );
    expect(sheetNameFor("当期末資産・負債・純資産及び損益計算書の主要項目一覧表について")).toBe(
      "当期末資産・負債・純資産及び損益計算書の主要項目一覧表について",
    );
    expect(sheetNameFor("あ".repeat(25) + "・" + "い".repeat(10))).toBe("あ".repeat(25));
  });

  it("cuts at 31 when no boundary lies in the last 8 characters", () => {
    const name = sheetNameFor("あ".repeat(20) + "・" + "い".repeat(20));
    expect(name).toBe("あ".repeat(20) + "・" + "い".repeat(10));
  });

  it("keeps a title whose 32nd character starts a new word whole up to the limit", () => {
    expect(sheetNameFor("x".repeat(31) + " tail")).toBe("x".repeat(31));
  });

  it("makes the name unique among existing sheets, case-insensitively, cutting the base for the number", () => {
    expect(sheetNameFor("売上高", "T", ["売上高"])).toBe("売上高 (2)");
    expect(sheetNameFor("Sales", "T", ["sales", "SALES (2)"])).toBe("Sales (3)");
    const long = sheetNameFor(LONG, "T", [sheetNameFor(LONG)]);
    expect(long).toMatch(/^法人企業統計調査_時系列データ_金融業、.* \(2\)$/);
    expect(isValidSheetName(long)).toBe(true);
    // The base is cut again at a word boundary to make room for the number.
    const spaced = "Manufacturing establishment counts";
    expect(sheetNameFor(spaced, "T", [cutSheetName(spaced)])).toBe("Manufacturing establishment (2)");
    const full = "x".repeat(31);
    const next = sheetNameFor(full, "T", [full]);
    expect(next).toBe("x".repeat(27) + " (2)");
    expect([...next]).toHaveLength(31);
  });
});
