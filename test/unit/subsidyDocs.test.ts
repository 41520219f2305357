// The subsidy function reference, the Japanese metadata and the unverified-rules note stay in step
// with the code and the data (the build checks the metadata too, but only when webpack runs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allRules, renderRulesDoc, unverifiedRules } from "../../src/core/subsidy";
import { isOfficialUrl } from "../../src/core/subsidy/statuses";
import { subsidyJa } from "../../src/functions/ja/subsidy.ja";

const root = join(__dirname, "../..");
const source = readFileSync(join(root, "src/functions/subsidy.ts"), "utf8");
const reference = readFileSync(join(root, "docs/functions/subsidy.md"), "utf8");
const rulesDoc = readFileSync(join(root, "docs/subsidy-rules.md"), "utf8");

/** id → parameter names, from the JSDoc blocks of the custom functions. */
const functions = [...source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export function/g)]
  .map((m) => m[1])
  .filter((doc) => doc.includes("@customfunction"))
  .map((doc) => ({
    id: /@customfunction (\w+)/.exec(doc)![1],
    helpurl: /@helpurl (\S+)/.exec(doc)?.[1],
    params: [...doc.matchAll(/@param \[?(\w+)\]?/g)].map((m) => m[1]),
  }));

describe("subsidy function documentation", () => {
  it("covers the eight ids of the issue", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(
      [
        "PROGRAMS",
        "GOTECH",
        "GOTECHCHECK",
        "GRANT",
        "GRANTCAP",
        "GRANTRATE",
        "GRANTCHECK",
        "CAPPEDGRANT",
      ].sort(),
    );
  });

  it.each(functions.map((f) => [f.id, f] as const))(
    "%s has a help URL, a reference section with an example and Japanese text for every parameter",
    (id, f) => {
      expect(f.helpurl).toBe(`https://localhost:3000/docs/functions.html#${id.toLowerCase()}`);
      const section = reference.split(/^## /m).find((s) => s.startsWith(`SME.${id} `));
      expect(section).toBeDefined();
      expect(section).toMatch(/例 \/ Example/);
      const ja = subsidyJa[id];
      expect(ja.name).toMatch(/^\p{L}[\p{L}\p{N}._]*$/u);
      expect(ja.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(Object.keys(ja.params).sort()).toEqual([...f.params].sort());
      for (const p of Object.values(ja.params))
        expect(p.name.length * p.description.length).toBeGreaterThan(0);
    },
  );

  it("has distinct Japanese names", () => {
    const names = Object.values(subsidyJa).map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("docs/subsidy-rules.md", () => {
  it("is the generated text of the current data (run npm run gen:data when this fails)", () => {
    expect(rulesDoc).toBe(renderRulesDoc());
  });

  it("counts the rules per status at the top and lists every rule with its status under its round", () => {
    const top = rulesDoc.split("## 回ごとの規則")[0];
    for (const s of ["verified", "official-summary", "secondary", "assumption"]) expect(top).toContain(s);
    expect(top).toContain(`**${allRules().length}**`);
    const sections = rulesDoc.split(/^### /m);
    const missing = allRules().filter((r) => {
      const section = sections.find((s) => s.startsWith(`${r.code} `));
      return !section || !section.includes(`| \`${r.path}\` |`) || !section.includes(r.status);
    });
    expect(missing.map((r) => `${r.file} ${r.path}`)).toEqual([]);
    expect(unverifiedRules().length).toBeGreaterThan(50);
  });

  it("names only official documents as sources (checkedIn pages appear as keys, never as URLs)", () => {
    const urls = [...rulesDoc.matchAll(/https?:\/\/[^\s|)]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => !isOfficialUrl(u))).toEqual([]);
  });
});
