import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateStatsData } from "../../../../test/servers/estatGenerate";
import { renderStatsData } from "../../../../test/servers/estatRender";
import { parseStatsDataResponse, readSplitEnvelope } from "./parseStatsData";
import { parseClassInf } from "./classInf";
import { splitStatsDataText } from "./splitStatsDataText";
import { TidyBuilder } from "./tidyBuilder";

// The text path (splitStatsDataText + TidyBuilder.writeText) must give exactly what JSON.parse followed by
// TidyBuilder.write gives — same table, codes, values, markers, units, annotations, issues — or step aside.
// The reference parses the object, which never takes the text path.
const FIXED = { fetchedAt: "2025-01-01T00:00:00.000Z" };
type Outcome = { ok: true; value: unknown } | { ok: false; name: string; code?: string };

function outcome(f: () => unknown): Outcome {
  try {
    return { ok: true, value: JSON.parse(JSON.stringify(f())) };
  } catch (e) {
    return { ok: false, name: (e as Error).name, code: (e as { code?: string }).code };
  }
}

function viaText(text: string): Outcome {
  return outcome(() => parseStatsDataResponse(text, FIXED));
}

function viaObject(text: string): Outcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    return { ok: false, name: (e as Error).name };
  }
  return outcome(() => parseStatsDataResponse(body, FIXED));
}

/** True when the text path reads this body itself (rather than falling back to JSON.parse). */
function readsText(text: string): boolean {
  const split = splitStatsDataText(text);
  const env = split && readSplitEnvelope(split);
  if (!split || !env || env.classInf === undefined) return false;
  const b = new TidyBuilder(parseClassInf(env.classInf, env.lang), env.notes, 0);
  return b.writeText(text, split.start, 0)?.end === split.end + 1;
}

// Codes, units and values drawn from a small alphabet with the characters JSON escapes and Japanese text.
const piece = fc.constantFrom(
  "01",
  "002",
  "A",
  "-",
  "X",
  "***",
  "0",
  "1",
  "12.5",
  "-3",
  "百万円",
  '"q"',
  "a\\b",
  "\t",
  "\u3000",
  "=",
  "\u00e9",
  "\ud83d\ude00",
);
const code = fc.constantFrom("01", "02", "03", "100", "200", "=1", 'q"', "\\x", "東京", "");
const value = fc.oneof(
  fc.constantFrom("-", "X", "***", "0", "", "△1,000", "1e3", "-0", "12345678901234567890", "0.001"),
  fc.integer({ min: -1e6, max: 1e9 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x.toFixed(3)),
  fc.array(piece, { maxLength: 3 }).map((a) => a.join("")),
);
const rowValue = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom("", "v", "\\") },
  { weight: 1, arbitrary: fc.constantFrom(null, 42, 1.5, true, { $: "1" }, ["x"]) },
);

/** `arb` in about one of `n` draws, else undefined. */
function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

interface Spec {
  dims: { id: string; codes: string[] }[];
  notes: string[];
  rows: {
    codes: (string | undefined)[];
    value: string | undefined;
    unit?: string;
    annotation?: string;
    extra?: [string, unknown];
    odd?: unknown;
    order: number[];
  }[];
}

const spec: fc.Arbitrary<Spec> = fc
  .record({
    dims: fc.array(
      fc.record({
        id: fc.constantFrom("tab", "cat01", "cat02", "area", "time"),
        codes: fc.uniqueArray(code, { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    notes: fc.uniqueArray(fc.constantFrom("-", "X", "***", "0", "…"), { maxLength: 3 }),
  })
  .map((s) => ({ ...s, dims: s.dims.filter((d, i) => s.dims.findIndex((e) => e.id === d.id) === i) }))
  .chain((s) =>
    fc
      .array(
        fc.record(
          {
            codes: fc.tuple(
              ...s.dims.map((d) =>
                fc.option(
                  fc.oneof(
                    { weight: 8, arbitrary: fc.constantFrom(...d.codes) },
                    { weight: 1, arbitrary: code },
                  ),
                  { nil: undefined, freq: 20 },
                ),
              ),
            ),
            value: fc.option(value, { nil: undefined, freq: 30 }),
            unit: fc.option(fc.constantFrom("百万円", "%", "=円", "人"), { nil: undefined, freq: 4 }),
            annotation: fc.option(fc.constantFrom("A1", "+注", ""), { nil: undefined, freq: 4 }),
            extra: rarely(fc.tuple(fc.constantFrom("@x", "@unit", "$", "@tab", "\\u0040tab"), rowValue), 40),
            odd: rarely(fc.constantFrom<unknown>("not an object", 1, null, [], {}), 300),
            order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
          },
          { requiredKeys: ["codes", "value", "order", "extra", "odd"] },
        ),
        { maxLength: 30 },
      )
      .map((rows) => ({ ...s, rows })),
  );

/** JSON text of a body, with the row keys in the given orders, some characters \u-escaped, and some spacing. */
function render(s: Spec, style: { escape: boolean; space: string; canonicalOrder: boolean }): string {
  const enc = (x: unknown) => {
    const j = JSON.stringify(x);
    return style.escape
      ? j.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
      : j;
  };
  const sp = style.space;
  const rows = s.rows.map((r) => {
    if (r.odd !== undefined) return enc(r.odd);
    const fields: string[] = [];
    s.dims.forEach((d, k) => {
      if (r.codes[k] !== undefined) fields.push(`${enc(`@${d.id}`)}${sp}:${sp}${enc(r.codes[k])}`);
    });
    if (r.unit !== undefined) fields.push(`"@unit":${enc(r.unit)}`);
    if (r.annotation !== undefined) fields.push(`"@annotation":${sp}${enc(r.annotation)}`);
    if (r.value !== undefined) fields.push(`"$":${enc(r.value)}`);
    if (r.extra)
      fields.push(`${r.extra[0].startsWith("\\") ? `"${r.extra[0]}"` : enc(r.extra[0])}:${enc(r.extra[1])}`);
    const ordered = style.canonicalOrder
      ? fields
      : r.order.filter((i) => i < fields.length).map((i) => fields[i]);
    return `{${sp}${ordered.join(`,${sp}`)}${sp}}`;
  });
  const classObj = s.dims.map((d) => ({
    "@id": d.id,
    "@name": d.id,
    CLASS: d.codes.map((c) => ({ "@code": c, "@name": `名${c}`, "@level": "1" })),
  }));
  const note = s.notes.map((n) => ({ "@char": n, $: `意味${n}` }));
  return (
    `{"GET_STATS_DATA":{"RESULT":{"STATUS":0,"ERROR_MSG":"ok","DATE":"2024-01-01T00:00:00+09:00"},` +
    `"PARAMETER":{"LANG":"J","STATS_DATA_ID":"T1"},"STATISTICAL_DATA":{"RESULT_INF":{"TOTAL_NUMBER":${s.rows.length},"FROM_NUMBER":1,"TO_NUMBER":${s.rows.length}},` +
    `"TABLE_INF":{"@id":"T1","TITLE":"t"},"CLASS_INF":{"CLASS_OBJ":${enc(classObj)}},` +
    `"DATA_INF":{"NOTE":${enc(note)},"VALUE":${sp}[${sp}${rows.join(`,${sp}`)}${sp}]${sp}}}}}`
  );
}

describe("reading VALUE straight from the text", () => {
  it("gives exactly what JSON.parse and the object reader give, for any rows, order, escapes and spacing", () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        spec,
        fc.boolean(),
        fc.constantFrom("", " ", "\n  ", "\t"),
        fc.boolean(),
        (s, escape, space, canonicalOrder) => {
          const text = render(s, { escape, space, canonicalOrder });
          runs++;
          if (readsText(text)) read++;
          expect(viaText(text)).toEqual(viaObject(text));
        },
      ),
      { numRuns: 1500 },
    );
    // the property is about the text path: most bodies must take it, not fall back
    expect(read / runs).toBeGreaterThan(0.3);
  });

  it("reports broken JSON as JSON.parse does, wherever the break is", () => {
    fc.assert(
      fc.property(
        spec,
        fc.nat(),
        fc.constantFrom("", "x", '"', "\\", "}", "]", ",", "\u0001", "{"),
        (s, at, insert) => {
          const good = render(s, { escape: false, space: "", canonicalOrder: true });
          const cut = at % (good.length + 1);
          for (const text of [
            good.slice(0, cut) + insert + good.slice(cut + 1),
            good.slice(0, cut) + insert + good.slice(cut),
          ])
            expect(viaText(text)).toEqual(viaObject(text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("steps aside for a repeated VALUE key, a VALUE inside a label and a body without CLASS_INF", () => {
    const s: Spec = {
      dims: [{ id: "time", codes: ["2020", "2021"] }],
      notes: ["-"],
      rows: [{ codes: ["2020"], value: "1", order: [0, 1, 2, 3, 4, 5, 6, 7] }],
    };
    const good = render(s, { escape: false, space: "", canonicalOrder: true });
    expect(readsText(good)).toBe(true);
    const bodies = [
      good.replace('"VALUE":[', '"VALUE":[{"@time":"2021","$":"9"}],"VALUE":['),
      good.replace(/\]\}\}\}\}$/, '],"VALUE":"x"}}}}'),
      good.replace('"TITLE":"t"', '"TITLE":"\\"VALUE\\":[1]"'),
      good.replace(/"CLASS_INF":\{.*?\]\},/, ""),
    ];
    for (const text of bodies) expect(viaText(text)).toEqual(viaObject(text));
  });

  it("reads every recorded e-Stat getStatsData response, and generated ones, as the object reader does", () => {
    const shared = resolve(__dirname, "../../../../../shared/fixtures");
    const files = [shared, join(shared, "real/estat")]
      .flatMap((dir) => safeList(dir).map((f) => join(dir, f)))
      .filter((f) => /getStatsData.*\.json$/.test(f));
    expect(files.length).toBeGreaterThan(2);
    const texts = files.map((f) => readFileSync(f, "utf8"));
    const g = generateStatsData({ rows: 3000, markerEvery: 7, numericMarkerEvery: 11, annotationEvery: 13 });
    texts.push(
      renderStatsData(g, new URLSearchParams()),
      renderStatsData(g, new URLSearchParams({ startPosition: "11", limit: "500" })),
    );
    let read = 0;
    for (const text of texts) {
      if (readsText(text)) read++;
      expect(viaText(text)).toEqual(viaObject(text));
    }
    expect(read).toBeGreaterThanOrEqual(4);
  });
});

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
