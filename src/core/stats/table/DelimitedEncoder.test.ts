import fc from "fast-check";
import type { Cell } from "./cells";
import { delimitedRecord } from "./delimited";
import { DelimitedEncoder } from "./DelimitedEncoder";

// The encoder must write the UTF-8 of delimitedRecord's text, byte for byte: the same quoting, the same
// formula guard, the same numbers, the same replacement of lone surrogates.
const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "=1+1",
    "＝SUM(A1)",
    "  @x",
    "-3",
    "+注",
    "\t",
    'a"b',
    "東京都",
    "\ud800",
    "x\udc00y",
    "\ud83d\ude00",
    "",
  ),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  text,
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 5e-324, 0.1 + 0.2),
);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe("DelimitedEncoder", () => {
  it("writes the UTF-8 of delimitedRecord's records, CRLF after each, in buffers of any size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }),
        fc.constantFrom<"," | "\t">(",", "\t"),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        (rows, sep, capacity, bom) => {
          const enc = new DelimitedEncoder(sep, capacity);
          const parts: Uint8Array[] = [];
          if (bom) enc.raw("\uFEFF");
          rows.forEach((r, i) => {
            enc.record(r);
            if (i % 3 === 0) parts.push(enc.take());
          });
          parts.push(enc.take());
          const expected = (bom ? "\uFEFF" : "") + rows.map((r) => delimitedRecord(r, sep) + "\r\n").join("");
          expect(Buffer.from(concat(parts)).equals(Buffer.from(expected, "utf8"))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("keeps the formula guard and quotes on text from the source", () => {
    const enc = new DelimitedEncoder(",");
    enc.record(['=HYPERLINK("x")', 12.5, null, "東京"]);
    expect(new TextDecoder().decode(enc.take())).toBe('"\u200B=HYPERLINK(""x"")",12.5,,"東京"\r\n');
  });
});
