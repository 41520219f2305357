import fc from "fast-check";
import { jsonSyntaxError } from "./jsonSyntaxError";

describe("jsonSyntaxError", () => {
  it("finds nothing wrong in anything JSON.stringify makes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        expect(jsonSyntaxError(JSON.stringify(v, null, pretty ? 2 : undefined))).toBeUndefined();
      }),
    );
  });

  it("agrees with JSON.parse on whether random text is valid", () => {
    const pieces = fc.constantFrom(
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      '"a"',
      "1",
      "-",
      "1e",
      "true",
      "nul",
      " ",
      "\n",
      '"\\x"',
      '"\\u12"',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const t = parts.join("");
        let ok = true;
        try {
          JSON.parse(t);
        } catch {
          ok = false;
        }
        expect(jsonSyntaxError(t) === undefined).toBe(ok);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives 1-based line and column of the first bad character", () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b": x\n}')).toEqual({ offset: 19, line: 3, column: 8 });
    expect(jsonSyntaxError('{"a": 1,}')).toMatchObject({ line: 1, column: 9 });
    expect(jsonSyntaxError('{"a": [1, 2')).toMatchObject({ line: 1, column: 12 });
    expect(jsonSyntaxError("")).toMatchObject({ line: 1, column: 1 });
    expect(jsonSyntaxError("1 2")).toMatchObject({ line: 1, column: 3 });
    expect(jsonSyntaxError("\r\n\r\n]")).toMatchObject({ line: 3, column: 1 });
  });

  it("handles deep nesting without recursion", () => {
    expect(jsonSyntaxError("[".repeat(100_000) + "]".repeat(100_000))).toBeUndefined();
    expect(jsonSyntaxError("[".repeat(100_000))).toMatchObject({ offset: 100_000 });
  });
});
