import fc from "fast-check";
import type { Cell } from "./cells";
import { delimitedRecord } from "./delimited";
import { DelimitedEncoder, writeNumber } from "./DelimitedEncoder";

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

describe("DelimitedEncoder.keyedRecord", () => {
  it("writes what record writes for the same cells, with the key fields as runs from encode", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            keys: fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 4 }),
            tail: fc.array(cell, { maxLength: 6 }),
          }),
          { maxLength: 12 },
        ),
        fc.constantFrom<"," | "\t">(",", "\t"),
        fc.integer({ min: 1, max: 48 }),
        (rows, sep, capacity) => {
          const enc = new DelimitedEncoder(sep, capacity);
          const expected = new DelimitedEncoder(sep);
          // reused arrays, longer than what each record uses, as the wide view passes them
          const keys: Uint8Array[] = [];
          const tail: Cell[] = [];
          const parts: Uint8Array[] = [];
          for (const r of rows) {
            r.keys.forEach((run, k) => (keys[k] = enc.encode(run)));
            r.tail.forEach((c, t) => (tail[t] = c));
            enc.keyedRecord(keys, r.keys.length, tail, r.tail.length);
            parts.push(enc.take());
            expected.record([...r.keys.flat(), ...r.tail]);
          }
          expect(Buffer.from(concat(parts)).equals(Buffer.from(expected.take()))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** x or a double one or two steps (ulps) away from it. */
function nextDoubles(x: number): fc.Arbitrary<number> {
  return fc.integer({ min: -2, max: 2 }).map((d) => {
    const f = new Float64Array([x]);
    new BigInt64Array(f.buffer)[0] += BigInt(d);
    return f[0];
  });
}

describe("writeNumber", () => {
  const written = (x: number) => {
    const buf = new Uint8Array(40);
    return Buffer.from(buf.subarray(0, writeNumber(buf, 0, x))).toString("latin1");
  };
  const asField = (x: number) => (Number.isFinite(x) ? String(x) : "");

  it("writes String(x): integers, one and two decimals (its fast path), and any double", () => {
    const scaled = fc
      .tuple(fc.integer({ min: -(2 ** 47), max: 2 ** 47 }), fc.constantFrom(1, 10, 100, 1000))
      .map(([m, s]) => m / s);
    fc.assert(
      fc.property(fc.oneof(scaled, scaled.chain(nextDoubles), fc.double(), fc.integer()), (x) => {
        expect(written(x)).toBe(asField(x));
      }),
      { numRuns: 20000 },
    );
  });

  it("writes String(x) at the edges: zero, sign, small decimals, the fast path's bound, exponents", () => {
    const edges = [
      0,
      -0,
      0.5,
      -0.5,
      0.05,
      -0.05,
      0.1 + 0.2,
      1.005,
      99.99,
      100.1,
      1e-7,
      5e-324,
      1e21,
      123456789012.34,
      2 ** 40,
      2 ** 40 - 0.5,
      2 ** 40 - 0.25,
      2 ** 40 + 0.5,
      -(2 ** 40 - 0.5),
      2 ** 53,
      Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    // neighbours of a decimal whose ×10 or ×100 still rounds to an integer: String shows all their digits
    const neighbours = [0.8999999999999999, 1.7000000000000002, 3.4000000000000004, 0.049999999999999996];
    neighbours.push(0.16999999999999998, 0.35000000000000003);
    for (const x of [...edges, ...neighbours]) expect([x, written(x)]).toEqual([x, asField(x)]);
    // every one- and two-decimal value on a grid across the magnitudes the fast path takes
    for (let e = 0; e <= 12; e++)
      for (let k = 1; k < 400; k += 7) {
        const x = (10 ** e * k + (k % 100)) / 100;
        expect([x, written(x)]).toEqual([x, asField(x)]);
        expect([-x, written(-x)]).toEqual([-x, asField(-x)]);
      }
  });
});
