// M3 (issue 13): one injection policy for CSV and TSV, checked against a model of how Excel reads the file
// (test/support/excelDelimitedModel.ts: RFC 4180 §2 splitting + OWASP's formula-start characters).
import fc from "fast-check";
import { readAsExcel, splitDelimited } from "../../../../test/support/excelDelimitedModel";
import { delimitedField, delimitedRecord, fromDelimitedText } from "./delimited";
import type { Cell } from "./cells";

const dangerous = fc.constantFrom(
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\n",
  "\0",
  "＝",
  "＋",
  "－",
  "＠",
  '"',
  ",",
  " ",
  "　",
);
const textCell = fc
  .tuple(
    fc.array(dangerous, { maxLength: 3 }),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.array(dangerous, { maxLength: 3 }),
  )
  .map(([a, b, c]) => a.join("") + b + c.join(""));
const cell: fc.Arbitrary<Cell> = fc.oneof(
  textCell,
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

for (const sep of [",", "\t"] as const) {
  const name = sep === "," ? "CSV" : "TSV";
  describe(`${name} as Excel reads it`, () => {
    it("the HYPERLINK label from the review stays text", () => {
      const label = '"=HYPERLINK(""http://x"",""y"")"';
      const [[c]] = readAsExcel(delimitedRecord([label], sep) + "\r\n", sep);
      expect(c.kind).toBe("text");
      expect(c.kind === "text" && fromDelimitedText(c.text)).toBe(label);
    });

    it("no text cell ever becomes a formula; every record keeps its cells; text and numbers round-trip", () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
          (rows) => {
            const width = rows[0].length;
            const table = rows.map((r) => [...r, ...Array<Cell>(width).fill(null)].slice(0, width));
            const text = table.map((r) => delimitedRecord(r, sep)).join("\r\n") + "\r\n";
            const read = readAsExcel(text, sep);
            expect(read.length).toBe(table.length);
            read.forEach((r, i) => {
              expect(r.length).toBe(width);
              r.forEach((c, k) => {
                const want = table[i][k];
                expect(c.kind).not.toBe("formula");
                if (want === null)
                  expect(c.kind === "blank" || (c.kind === "text" && c.text === "")).toBe(true);
                else if (typeof want === "number")
                  expect(c).toEqual({ kind: "number", value: want === 0 ? 0 : want });
                else if (want === "") expect(c.kind === "blank").toBe(true);
                else if (c.kind === "number") {
                  // Excel types number-like text ("001") as a number whatever the quoting: data typing, not injection
                  expect(want).toMatch(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/);
                } else {
                  expect(c.kind).toBe("text");
                  expect(c.kind === "text" && fromDelimitedText(c.text)).toBe(want);
                }
              });
            });
          },
        ),
        { numRuns: 300 },
      );
    });
  });
}

describe("delimitedField", () => {
  it("quotes every text field, doubles quotes, guards formula starts, leaves numbers bare", () => {
    expect(delimitedField("東京都")).toBe('"東京都"');
    expect(delimitedField('a"b')).toBe('"a""b"');
    expect(delimitedField("=1+1")).toBe('"\u200B=1+1"');
    expect(delimitedField("＝SUM(A1)")).toBe('"\u200B＝SUM(A1)"');
    expect(delimitedField("  @x")).toBe('"\u200B  @x"');
    expect(delimitedField(-1.5)).toBe("-1.5");
    expect(delimitedField(null)).toBe("");
    expect(delimitedField(Number.NaN)).toBe("");
    expect(splitDelimited(delimitedRecord(["a\tb", "c\r\nd"], "\t"), "\t")).toEqual([["a\tb", "c\r\nd"]]);
  });
});
