import { parseLenientNumber } from "./parseNumber";

describe("parseLenientNumber", () => {
  it.each([
    ["1234", 1234],
    ["1,234", 1234],
    ["1,234,567.5", 1234567.5],
    ["１２３４", 1234],
    ["１，２３４", 1234],
    ["-5", -5],
    ["－５", -5],
    ["△1,000", -1000],
    ["▲ 20", -20],
    ["  42  ", 42],
    ["+3.5", 3.5],
    [".5", 0.5],
    ["1e3", 1000],
  ])("reads %j as %p", (text, expected) => {
    expect(parseLenientNumber(text)).toBe(expected);
  });

  it.each(["", "  ", "abc", "1,23", "12,34,567", "1.2.3", "-", "1e999", "12円", "--1"])(
    "rejects %j",
    (text) => {
      expect(parseLenientNumber(text)).toBeNull();
    },
  );
});
