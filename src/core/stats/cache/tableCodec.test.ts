import fc from "fast-check";
import type { TidyTable } from "../table/types";
import { decodeTable, encodeTable } from "./tableCodec";
import { makeTable } from "./testTable";

describe("tableCodec", () => {
  it("round-trips any table exactly (codes, values incl. null and -0-free numbers, markers, units, annotations)", () => {
    const cell = fc.option(fc.constantFrom("-", "X", "…", "***", "0"), { nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            codes: fc.array(
              fc.array(fc.constantFrom("a", "b", "c", "=1+1", "東京"), { minLength: n, maxLength: n }),
              {
                minLength: 1,
                maxLength: 4,
              },
            ),
            values: fc.array(
              fc.option(
                fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
                { nil: null },
              ),
              { minLength: n, maxLength: n },
            ),
            markers: fc.array(cell, { minLength: n, maxLength: n }),
            units: fc.array(fc.option(fc.constantFrom("円", "%"), { nil: null }), {
              minLength: n,
              maxLength: n,
            }),
            annotations: fc.option(
              fc.array(fc.option(fc.string(), { nil: null }), { minLength: n, maxLength: n }),
              { nil: undefined },
            ),
          }),
        ),
        (r) => {
          const t: TidyTable = {
            meta: { source: "OECD", id: "X", title: "x", fetchedAt: "2026-01-01T00:00:00Z" },
            dimensions: r.codes.map((_, d) => ({ id: `D${d}`, name: `D${d}`, role: "category", codes: [] })),
            rowCount: r.n,
            codes: r.codes,
            values: r.values,
            markers: r.markers,
            units: r.units,
            ...(r.annotations ? { annotations: r.annotations } : {}),
          };
          expect(decodeTable(encodeTable(t))).toEqual(t);
        },
      ),
    );
  });

  it("stores 100,000 rows of six dimensions in under 1.5 MB of text", () => {
    const t = makeTable(100_000);
    const text = encodeTable(t);
    expect(text.length).toBeLessThan(1_500_000);
    expect(decodeTable(text)).toEqual(t);
  });

  it("removes an appId left in meta URLs before anything is stored", () => {
    const t = makeTable(2);
    t.meta.sourceUrl =
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?appId=SECRET123&statsDataId=1";
    t.meta.query = "appId=SECRET123&statsDataId=1";
    const text = encodeTable(t);
    expect(text).not.toContain("SECRET123");
    expect(decodeTable(text).meta.sourceUrl).toBe(
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?statsDataId=1",
    );
    expect(decodeTable(text).meta.query).toBe("statsDataId=1");
  });

  it("rejects text that is not an encoded table", () => {
    expect(() => decodeTable('{"v":2}')).toThrow();
    expect(() => decodeTable("nope")).toThrow();
  });
});
