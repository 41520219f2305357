import { fromSafeCellText, needsTextGuard, toSafeCellText } from "./safeCellText";

describe("needsTextGuard", () => {
  it.each(["=SUM(A1)", "+81", "-", "-5", "@cmd", "\tx", "＝1"])("guards %j", (s) =>
    expect(needsTextGuard(s)).toBe(true),
  );
  it.each(["", "製造業", "1,234", " =1", "a=b", "'x"])("leaves %j alone", (s) =>
    expect(needsTextGuard(s)).toBe(false),
  );
});

describe("toSafeCellText", () => {
  it("prefixes an invisible zero width space instead of an apostrophe, and round-trips", () => {
    expect(toSafeCellText('=HYPERLINK("x")')).toBe('\u200B=HYPERLINK("x")');
    expect(toSafeCellText("全国")).toBe("全国");
    expect(fromSafeCellText(toSafeCellText("-"))).toBe("-");
    expect(fromSafeCellText("\u200Babc")).toBe("\u200Babc");
  });
});
