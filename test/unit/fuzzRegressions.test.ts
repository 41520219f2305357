// Found by the custom-function fuzz (issue 13; bench/functions-fuzz.bench.ts): an unknown programme id
// cost ~40–150 ms (≈200 ms in the bundle) for its "did you mean" suggestion, once per cell, so SME.GRANTCAP over a 40×4 range of
// unknown ids took up to 78 s. Suggestions are now cached, bounded per run, and pruned exactly.
import fc from "fast-check";
import { closest, editDistance } from "../../src/core/subsidy/normalize";
import { resolveProgram } from "../../src/core/subsidy/registry";
import type { AppError } from "../../src/core/errors/AppError";

const suggestion = (text: string) => {
  try {
    resolveProgram(text);
    return "resolved";
  } catch (e) {
    return String((e as AppError).params.closest);
  }
};

describe("programme suggestions", () => {
  it("stop after 2 distinct misses in one synchronous run and come back in the next", async () => {
    const first = Array.from({ length: 10 }, (_, i) => suggestion(`MONO-19:高付加価値枠${"x".repeat(i)}`));
    expect(first.slice(0, 2).every((s) => s.startsWith("MONO-19"))).toBe(true);
    expect(first.slice(2)).toEqual(Array(8).fill(""));
    await Promise.resolve();
    expect(suggestion("MONO-19:高付加価値枠zz")).toBe("MONO-19:高付加価値化枠");
  });

  it("bounded edit distance and pruning give the same answer as the full computation", () => {
    const words = [
      "mono-19高付加価値化枠",
      "jizoku-18通常枠",
      "gotech-r6通常枠",
      "a",
      "",
      "ものづくり補助金",
    ];
    for (const a of words)
      for (const b of words) {
        const d = editDistance(a, b);
        for (const limit of [0, 1, 2, 5, 100]) expect(editDistance(a, b, limit)).toBe(Math.min(d, limit));
      }
    const cands = words.map((w, i) => ({ key: w, value: i }));
    for (const input of ["mono-18高付加価値化枠", "jizoku", "x", ""]) {
      let best = -1;
      let bestD = Infinity;
      cands.forEach((c) => {
        const d = editDistance(input, c.key);
        if (d < bestD) {
          bestD = d;
          best = c.value;
        }
      });
      expect(closest(input, cands)).toBe(best);
    }
  });

  it("edit distance equals the textbook Levenshtein table on random strings (with and without a limit)", () => {
    const reference = (a: string, b: string) => {
      const t = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          t[i][j] = Math.min(
            t[i - 1][j] + 1,
            t[i][j - 1] + 1,
            t[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return t[a.length][b.length];
    };
    const text = fc.string({ unit: fc.constantFrom("a", "b", "枠", "-", "1"), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 14 }), (a, b, limit) => {
        const d = reference(a, b);
        expect(editDistance(a, b)).toBe(d);
        expect(editDistance(a, b, limit)).toBe(Math.min(d, limit));
      }),
      { numRuns: 2000 },
    );
  });
});
