import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, loadFunctionsBundle } from "../support/loadFunctionsBundle";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkFunctionMetadata } = require("../../scripts/functionNaming.js");

interface Meta {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string }[];
  }[];
}
const en = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as Meta;
const ja = JSON.parse(readFileSync(join(DIST, "functions-ja.json"), "utf8")) as Meta;

describe("built custom functions", () => {
  const bundle = loadFunctionsBundle();

  it("registers exactly the ids of functions.json and functions-ja.json", () => {
    const registered = [...bundle.cf.registry.keys()].sort();
    expect(registered).toEqual(en.functions.map((f) => f.id).sort());
    expect(registered).toEqual(ja.functions.map((f) => f.id).sort());
    expect(registered.length).toBeGreaterThan(0);
  });

  it("has a Japanese name, description and parameter text for every function", () => {
    for (const f of ja.functions) {
      const e = en.functions.find((x) => x.id === f.id)!;
      expect(f.name).not.toBe(e.name);
      expect(f.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.parameters.length).toBe(e.parameters.length);
      for (const p of f.parameters)
        expect(`${p.name} ${p.description}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("follows Excel's naming rules in the shipped functions.json and functions-ja.json", () => {
    // Microsoft "Custom functions naming and localization"; the build already refuses to emit otherwise.
    expect(checkFunctionMetadata({ en, ja })).toEqual([]);
    expect(ja.functions.find((f) => f.id === "SOURCE")!.name).toBe("出典表示");
  });

  it("points every function at its page of the function reference", () => {
    const docs = readFileSync(join(DIST, "docs/functions.html"), "utf8");
    for (const f of en.functions) {
      expect(f.helpUrl).toMatch(/^https:\/\/.+\/docs\/functions\.html#[a-z0-9_.]+$/);
      const anchor = f.helpUrl!.split("#")[1];
      expect(docs).toMatch(new RegExp(`id="?${anchor.replace(/\./g, "\\.")}"?[ >]`));
    }
  });

  it("computes SME.LABORSHARE through the whole pipeline", () => {
    expect(bundle.call("LABORSHARE", [[230000]], [[301000]])).toEqual([[230000 / 301000]]);
    expect(bundle.call("LABORSHARE", [[1], [2]], [[4], [8]])).toEqual([[0.25], [0.25]]);
    expect(() => bundle.call("LABORSHARE", [[1]], [[0]])).toThrow(
      expect.objectContaining({ code: "#DIV/0!" }),
    );
  });
});
