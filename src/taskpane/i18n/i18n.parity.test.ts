import { en } from "./en";
import { ja } from "./ja";
import { formatBytes, langFromLocale, translator } from "./index";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("task pane dictionaries", () => {
  it("have the same keys in Japanese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it("have no empty text and the same placeholders in both languages", () => {
    for (const [key, jaText] of Object.entries(ja)) {
      const enText = en[key as keyof typeof ja];
      expect({ key, empty: jaText.trim() === "" || enText.trim() === "" }).toEqual({ key, empty: false });
      expect({ key, names: placeholders(enText) }).toEqual({ key, names: placeholders(jaText) });
    }
  });

  it("chooses English singular or plural by the number, and only from a placeholder the text has", () => {
    const en1 = translator("en");
    expect(en1("count", { n: 1 })).toBe("1 item");
    expect(en1("count", { n: 2 })).toBe("2 items");
    expect(en1("count", { n: 0 })).toBe("0 items");
    for (const text of Object.values(en)) {
      for (const m of text.matchAll(/\{(\w+):[^{}|]*\|[^{}]*\}/g)) expect(placeholders(text)).toContain(m[1]);
    }
  });

  it("fills placeholders and formats numbers for the language", () => {
    expect(translator("ja")("count", { n: 12345 })).toBe("12,345 件");
    expect(translator("en")("openTable", { title: "GDP" })).toBe("Open: GDP");
  });

  it("follows Office's display language, Japanese when unknown and English for other languages", () => {
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("en-GB")).toBe("en");
    expect(langFromLocale("ja-JP")).toBe("ja");
    expect(langFromLocale("de-DE")).toBe("en");
    expect(langFromLocale(undefined)).toBe("ja");
  });

  it("formats cache sizes", () => {
    expect(formatBytes(512, "en")).toBe("512 B");
    expect(formatBytes(1536, "en")).toBe("1.5 KB");
    expect(formatBytes(3 * 1024 * 1024, "ja")).toBe("3 MB");
  });
});
