// The contract of the measures functions file without a webpack build: the 13 ids, one help anchor
// per id in docs/functions/measures.md, and Japanese text for every id and parameter.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { measuresJa } from "../../src/functions/ja/measures.ja";

const ROOT = join(__dirname, "../..");
const source = readFileSync(join(ROOT, "src/functions/measures.ts"), "utf8");
const docs = readFileSync(join(ROOT, "docs/functions/measures.md"), "utf8");

interface Declared {
  id: string;
  helpurl: string;
  params: string[];
}

/** Each JSDoc block with @customfunction, with its @helpurl and the parameter names of the signature. */
function declared(): Declared[] {
  const out: Declared[] = [];
  for (const m of source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export function \w+\(([\s\S]*?)\)\s*:/g)) {
    const id = /@customfunction (\w+)/.exec(m[1])?.[1];
    if (!id) continue;
    const params = [...m[2].matchAll(/(\w+)\??\s*:/g)].map((p) => p[1]);
    out.push({ id, helpurl: /@helpurl (\S+)/.exec(m[1])?.[1] ?? "", params });
  }
  return out;
}

describe("measures custom-function metadata", () => {
  const fns = declared();

  it("declares exactly the ids of the contract", () => {
    expect(fns.map((f) => f.id).sort()).toEqual(
      [
        "VALUEADDED",
        "VALUEADDEDOP",
        "PERSONNELCOST",
        "LABORSHARE",
        "LABORPRODUCTIVITY",
        "OPSHARE",
        "SIZECLASS",
        "ISSME",
        "ISSMALL",
        "ISDEEMEDLARGE",
        "SMECLASS",
        "CAGR",
        "INDUSTRIES",
      ].sort(),
    );
  });

  it("points each @helpurl at the lower-case id, which has a '## SME.<ID>' heading in the reference", () => {
    for (const f of fns) {
      expect(f.helpurl).toBe(`https://localhost:3000/docs/functions.html#${f.id.toLowerCase()}`);
      expect(docs).toMatch(new RegExp(`^## SME\\.${f.id} `, "m"));
    }
  });

  it("has a Japanese name, description and every parameter in measures.ja.ts, and no extra ones", () => {
    expect(Object.keys(measuresJa).sort()).toEqual(fns.map((f) => f.id).sort());
    const names = new Set<string>();
    for (const f of fns) {
      const ja = measuresJa[f.id];
      expect(ja.name).toMatch(/^\p{L}[\p{L}\p{N}._]*$/u);
      expect(names.has(ja.name)).toBe(false);
      names.add(ja.name);
      expect(ja.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(Object.keys(ja.params).sort()).toEqual([...f.params].sort());
      for (const p of Object.values(ja.params)) expect(p.name && p.description).toBeTruthy();
    }
  });
});
