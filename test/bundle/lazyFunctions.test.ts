// Issue 15 through the BUILT bundle: functions.js registers every SME.* id at load, and the heavy parts
// (fn-* chunks: subsidy engine and programme data, SME definitions, data-formula runtime and indicator
// pack) are not in it. A workbook's first call answers with a Promise of exactly what the function gives
// once loaded — the same value, the same Excel error — and later calls answer at once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, functionChunks, loadFunctionsBundle } from "../support/loadFunctionsBundle";

const entry = JSON.parse(readFileSync(join(DIST, "entrypoints.json"), "utf8")).functions as string[];
const entryCode = entry.map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");

describe("lazy parts of the functions bundle", () => {
  it("keeps programme, definition and indicator data and the HTTP runtime out of the functions entry", () => {
    expect(functionChunks().length).toBeGreaterThanOrEqual(3);
    // a programme id, an SME-definition text, an indicator id and the e-Stat API host, all from lazy parts
    const lazyOnly = [
      "GOTECH-R7",
      "中小企業基本法",
      "minimum_wage_national_weighted_avg",
      "api.e-stat.go.jp",
    ];
    expect(lazyOnly.filter((needle) => entryCode.includes(needle))).toEqual([]);
  });

  it("answers a first SME.GRANT with a Promise of the loaded function's value, then synchronously", async () => {
    const bundle = loadFunctionsBundle();
    const args = [[["MONO-19:高付加価値化枠"]], [[10_000_000]], [[20]], [["製造業"]]];
    const first = bundle.call("GRANT", ...args);
    expect(typeof (first as Promise<unknown>).then).toBe("function");
    const value = await first;
    const again = bundle.call("GRANT", ...args);
    expect(again).toEqual(value);
    expect((value as number[][])[0][0]).toBeGreaterThan(0);
  });

  it("rejects a first call with the Excel error the loaded function throws", async () => {
    const bundle = loadFunctionsBundle();
    const bad = [[["IT導入"]], [[1]], [[3]], [["製造業"]]];
    let first: unknown;
    try {
      await bundle.call("GRANT", ...bad);
    } catch (e) {
      first = e;
    }
    expect(first).toBeInstanceOf(bundle.cf.Error);
    expect(first).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("IT導入") });
    let again: unknown;
    try {
      bundle.call("GRANT", ...bad);
    } catch (e) {
      again = e;
    }
    expect(again).toEqual(first);
  });
});
