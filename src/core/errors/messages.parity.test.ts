import { messagesJa } from "./messages.ja";
import { messagesEn } from "./messages.en";
import { bilingualMessage, messageFor } from "./messages";

describe("error messages", () => {
  it("has the same codes in Japanese and English", () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesJa).sort());
  });

  it("has no empty text and the same placeholders in both languages", () => {
    for (const [code, ja] of Object.entries(messagesJa)) {
      const en = (messagesEn as Record<string, string>)[code];
      expect(ja.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ code, names: names(en) }).toEqual({ code, names: names(ja) });
    }
  });

  it("fills placeholders and puts Japanese first", () => {
    expect(messageFor("ARG_MISSING", { arg: "value_added" }, "en")).toBe(
      "Argument 'value_added' is blank. Enter a value.",
    );
    expect(bilingualMessage("ARG_MISSING", { arg: "x" })).toMatch(/^引数「x」.* \/ Argument 'x'/);
  });
});
