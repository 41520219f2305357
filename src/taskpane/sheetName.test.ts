import { isValidSheetName, sheetNameFor } from "./sheetName";

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
