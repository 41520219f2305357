import fc from "fast-check";
import type { DimensionMeta } from "../table/types";
import { simpleNumber, TidyBuilder } from "./tidyBuilder";

const SIMPLE = /^-?\d+(?:\.\d+)?$/;
const reference = (s: string) => (SIMPLE.test(s) ? +s : NaN);

describe("simpleNumber", () => {
  it("reads plain decimals exactly as +s does, and gives NaN for any other text", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 0, maxLength: 20 });
    const numeric = fc
      .tuple(fc.boolean(), digits, fc.option(digits, { nil: undefined }))
      .map(([neg, a, b]) => `${neg ? "-" : ""}${a}${b === undefined ? "" : `.${b}`}`);
    const noise = fc.string({ unit: fc.constantFrom(..."0123456789-.+eE ,X△"), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(numeric, noise, fc.string()), (s) => {
        expect(Object.is(simpleNumber(s), reference(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps the sign of -0, long digit strings and tiny fractions", () => {
    for (const s of [
      "-0",
      "0",
      "-0.0",
      "12345678901234567890",
      "0.0000000000000000000000001",
      "9007199254740993",
      "1.5",
    ])
      expect(Object.is(simpleNumber(s), +s)).toBe(true);
    for (const s of ["", "-", "1.", ".5", "1e5", " 1", "1,000", "+1", "0x10"])
      expect(simpleNumber(s)).toBeNaN();
  });
});

describe("TidyBuilder codes", () => {
  const dims = (): DimensionMeta[] => [
    {
      id: "cat01",
      name: "c",
      role: "category",
      codes: ["a", "b", "c"].map((code) => ({ code, label: code })),
    },
    {
      id: "time",
      name: "t",
      role: "time",
      codes: ["1", "2", "3", "4"].map((code) => ({ code, label: code })),
    },
  ];

  it("writes each row's codes whatever their order, appending codes missing from the list", () => {
    const code = fc.constantFrom("a", "b", "c", "d", "1", "2", "3", "4", "5", "");
    const row = fc.record({
      cat01: fc.option(code, { nil: undefined }),
      time: fc.option(code, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const values = rows.map((r) => {
          const v: Record<string, string> = { $: "1" };
          if (r.cat01 !== undefined) v["@cat01"] = r.cat01;
          if (r.time !== undefined) v["@time"] = r.time;
          return v;
        });
        const b = new TidyBuilder(dims(), [], values.length);
        b.write(values, 0);
        const cols = b.finish();
        expect(cols.codes[0]).toEqual(rows.map((r) => r.cat01 ?? ""));
        expect(cols.codes[1]).toEqual(rows.map((r) => r.time ?? ""));
        // every code written is in its dimension's list exactly once
        b.dims.forEach((d, k) => {
          const listed = d.codes.map((c) => c.code);
          expect(new Set(listed).size).toBe(listed.length);
          for (const c of cols.codes[k]) expect(listed).toContain(c);
        });
      }),
      { numRuns: 300 },
    );
  });
});
