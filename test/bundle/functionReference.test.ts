// The reference page built into dist/docs/functions.html (scripts/functionDocs.js): a table of contents at
// the top linking to every function's anchor, the target of each @helpurl; and the 「はじめに」 page.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const html = readFileSync(join(root, "dist/docs/functions.html"), "utf8");

/** Every custom-function id declared in src/functions/*.ts. */
const ids = readdirSync(join(root, "src/functions"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .flatMap((f) => [
    ...readFileSync(join(root, "src/functions", f), "utf8").matchAll(/@customfunction (\w+)/g),
  ])
  .map((m) => m[1]);

describe("function reference page", () => {
  it("opens with a table of contents that links to every function, before the first section", () => {
    const nav = html.slice(html.indexOf("<nav"), html.indexOf("</nav>"));
    expect(html.indexOf("<nav")).toBeLessThan(html.indexOf("<hr>"));
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      // the built page is minified: attribute quotes may be dropped
      expect(nav).toMatch(new RegExp(`href="?#${id.toLowerCase()}[" >]`));
      expect(html).toMatch(new RegExp(`id="?${id.toLowerCase()}[" >]`));
    }
    expect(nav).toMatch(/<a href="?#laborshare"?>SME\.LABORSHARE — 労働分配率<\/a>/);
    expect(nav).toMatch(/href="?getting-started\.html/);
  });

  it("has one element per anchor id", () => {
    const anchors = [...html.matchAll(/ id="?([^" >]+)/g)].map((m) => m[1]);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe("はじめに page", () => {
  it("explains the tabs, where the data comes from and the badges, in Japanese and English", () => {
    const page = readFileSync(join(root, "dist/docs/getting-started.html"), "utf8");
    for (const text of [
      "統計データ",
      "補助金シミュレーター",
      "データの出どころ",
      "Where the data comes from",
    ])
      expect(page).toContain(text);
    for (const badge of ["公式確認済み", "公式概要で確認", "二次資料で確認", "仮定", "Assumption"])
      expect(page).toContain(badge);
    expect(page).toMatch(/href="?functions\.html/);
    expect(page).not.toMatch(/<script/i);
  });
});
