import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { AppError } from "../../errors/AppError";
import type { MarkerInfo } from "../table/types";
import { parseBody } from "./normalize";
import { readStatsDataEnvelope, type StatsDataEnvelope } from "./parseStatsData";
import { StatsDataStreamReader, type ParseTurn } from "./statsDataStream";
import { TidyBuilder } from "./tidyBuilder";

const realDir = join(__dirname, "../../../../../shared/fixtures/real/estat");
const chingin = readFileSync(join(realDir, "estat-getStatsData-chingin-kozo-0003425893.json"), "utf8");
const lfs = readFileSync(join(realDir, "estat-getStatsData-lfs-0003005798-2024-01.json"), "utf8");

interface Seen {
  heads: StatsDataEnvelope[];
  notes: MarkerInfo[];
  rows: unknown[];
  calls: string[];
}

function reader(options: { pieceChars?: number; turn?: ParseTurn } = {}) {
  const seen: Seen = { heads: [], notes: [], rows: [], calls: [] };
  const r = new StatsDataStreamReader(
    {
      head: (env) => {
        seen.heads.push(env);
        seen.calls.push("head");
      },
      notes: (m) => {
        seen.notes.push(...m);
        seen.calls.push("notes");
      },
      rows: (values, offset) => {
        expect(offset).toBe(seen.rows.length);
        seen.rows.push(...values);
        seen.calls.push(`rows ${values.length}`);
      },
    },
    { pieceChars: options.pieceChars ?? 64, turn: options.turn },
  );
  return { r, seen };
}

async function readInChunks(body: string, cuts: number[], pieceChars?: number) {
  const { r, seen } = reader({ pieceChars });
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    r.write(body.slice(at, c));
    at = c;
  }
  r.write(body.slice(at));
  const page = await r.end();
  return { page, seen };
}

const unique = (m: MarkerInfo[]) => [...new Map(m.map((n) => [n.marker, n])).values()];

/** What reading the body whole gives. */
function reference(body: string) {
  const env = readStatsDataEnvelope(parseBody(body));
  return { env: { ...env, values: [] }, values: env.values };
}

const rowsOf = (n: number, text: (i: number) => string = (i) => String(i)) =>
  Array.from(
    { length: n },
    (_, i) => `{"@cat01":"${String(i).padStart(3, "0")}","$":${JSON.stringify(text(i))}}`,
  );
const page = (rows: string[], dataInf?: string, total = rows.length) =>
  `{"GET_STATS_DATA":{"RESULT":{"STATUS":0,"ERROR_MSG":"ok"},"PARAMETER":{"LANG":"J"},"STATISTICAL_DATA":{"RESULT_INF":{"TOTAL_NUMBER":${total},"FROM_NUMBER":1,"TO_NUMBER":${rows.length}},"DATA_INF":${
    dataInf ?? `{"NOTE":{"@char":"-","$":"none"},"VALUE":[${rows.join(",")}]}`
  }}}}`;

describe("StatsDataStreamReader", () => {
  it("gives what JSON.parse of the whole body gives, however the text is cut (real e-Stat bodies)", async () => {
    for (const body of [chingin, lfs]) {
      const want = reference(body);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 0, max: body.length }), { maxLength: 12 }),
          fc.integer({ min: 1, max: 400 }),
          async (cuts, pieceChars) => {
            const { page: got, seen } = await readInChunks(body, cuts, pieceChars);
            expect(seen.rows).toEqual(want.values);
            expect(unique(seen.notes)).toEqual(want.env.notes);
            expect(got.env).toEqual(want.env);
            expect(got.rows).toBe(want.values.length);
            expect(seen.calls[0]).toBe("head");
          },
        ),
        { numRuns: 60 },
      );
    }
  });

  it("hands over rows while the body is still arriving, after the head with RESULT_INF", async () => {
    const body = page(rowsOf(200));
    const { r, seen } = reader({ pieceChars: 300 });
    const half = Math.floor(body.length / 2);
    const firstRow = body.indexOf('"VALUE":[') + 12;
    r.write(body.slice(0, firstRow));
    expect(seen.heads).toHaveLength(1);
    expect(seen.heads[0].page).toEqual({ total: 200, from: 1, to: 200, nextKey: undefined });
    expect(unique(seen.notes)).toEqual([{ marker: "-", meaning: "none" }]);
    r.write(body.slice(firstRow, half));
    expect(seen.rows.length).toBeGreaterThan(50);
    r.write(body.slice(half));
    await r.end();
    expect(seen.rows).toEqual(reference(body).values);
  });

  it("never splits inside a string: rows whose text holds },{ come out whole", async () => {
    const body = page(rowsOf(60, (i) => (i % 3 ? `a},{"$":"b${i}` : `x${i}}, {y`)));
    const want = reference(body).values;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: body.length }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 200 }),
        async (cuts, pieceChars) => {
          const { seen } = await readInChunks(body, cuts, pieceChars);
          expect(seen.rows).toEqual(want);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("holds rows back until the end when NOTE comes after VALUE, so markers are known first", async () => {
    const rows = rowsOf(50);
    const body = page(rows, `{"VALUE":[${rows.join(",")}],"NOTE":{"@char":"***","$":"secret"}}`);
    const { seen } = await readInChunks(body, [40, 400, 900], 100);
    expect(seen.calls.indexOf("notes")).toBeLessThan(seen.calls.findIndex((c) => c.startsWith("rows")));
    expect(unique(seen.notes)).toEqual([{ marker: "***", meaning: "secret" }]);
    expect(seen.rows).toEqual(reference(body).values);
  });

  it("lets the full parse decide RESULT_INF when it differs from the early look (a repeated key)", async () => {
    const body = page(rowsOf(10)).replace(/\}\}\}\}$/, `},"RESULT_INF":{"TOTAL_NUMBER":7}}}}`);
    const { page: got, seen } = await readInChunks(body, [150], 64);
    expect(seen.heads[0].page.total).toBe(10);
    expect(got.env.page.total).toBe(7);
  });

  it.each([
    ["XML", `<?xml version="1.0"?><GET_STATS_DATA><RESULT><STATUS>0</STATUS></RESULT></GET_STATS_DATA>`],
    ["a JSONP wrapper", `cb(${page(rowsOf(3))});`],
    ["VALUE as one object", page([], `{"VALUE":${rowsOf(1)[0]}}`, 1)],
    [
      "no DATA_INF (STATUS 1)",
      `{"GET_STATS_DATA":{"RESULT":{"STATUS":1,"ERROR_MSG":"none"},"STATISTICAL_DATA":{"RESULT_INF":{"TOTAL_NUMBER":0}}}}`,
    ],
    ["pretty-printed JSON", JSON.stringify(JSON.parse(page(rowsOf(20))), null, 2)],
  ])("reads %s as the whole-body parse does", async (_, body) => {
    const want = reference(body);
    const { page: got, seen } = await readInChunks(body, [5, 30, 31, body.length - 3], 16);
    expect(seen.rows).toEqual(want.values);
    expect(got.env).toEqual(want.env);
    expect(seen.heads).toHaveLength(1);
  });

  it("reports a cut-off body as ESTAT_BAD_RESPONSE, and STATUS ≥ 100 as the e-Stat error", async () => {
    const body = page(rowsOf(30));
    const cut = reader({ pieceChars: 50 });
    cut.r.write(body.slice(0, body.length - 40));
    await expect(cut.r.end()).rejects.toMatchObject({ code: "ESTAT_BAD_RESPONSE" });
    const denied = reader();
    const err = await (async () => {
      denied.r.write(`{"GET_STATS_DATA":{"RESULT":{"STATUS":100,"ERROR_MSG":"auth"}}}`);
      return denied.r.end().catch((e: unknown) => e);
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("ESTAT_STATUS_AUTH");
  });

  it("keeps a page's rows until its turn, then parses them", async () => {
    const body = page(rowsOf(100));
    let mine = false;
    let release!: () => void;
    const turn: ParseTurn = {
      now: () => mine,
      wait: () => new Promise<void>((r) => (release = r)),
    };
    const { r, seen } = reader({ pieceChars: 100, turn });
    r.write(body.slice(0, 500));
    r.write(body.slice(500));
    expect(seen.heads).toHaveLength(1); // the early look is not held back
    expect(seen.rows).toHaveLength(0);
    const done = r.end();
    await Promise.resolve();
    expect(seen.rows).toHaveLength(0);
    mine = true;
    release();
    await done;
    expect(seen.rows).toEqual(reference(body).values);
  });
});

describe("StatsDataStreamReader with a sink that reads row text", () => {
  it("writes the same columns as parsed rows do, also when a piece cannot be read as text", async () => {
    const body = page(
      rowsOf(300, (i) => (i % 7 === 0 ? "-" : i % 11 === 0 ? `a},{"$":"${i}` : String(i * 1.5))),
    );
    const dims = [{ id: "cat01", name: "cat01", role: "category" as const, codes: [] }];
    const viaObjects = new TidyBuilder(structuredClone(dims), [{ marker: "-", meaning: "none" }], 300);
    const env = readStatsDataEnvelope(parseBody(body));
    viaObjects.write(env.values, 0);
    const viaText = new TidyBuilder(structuredClone(dims), [], 300);
    let textRows = 0;
    const r = new StatsDataStreamReader(
      {
        head: () => undefined,
        notes: (m) => viaText.addMarkers(m),
        rows: (values, offset) => viaText.write(values, offset),
        rowsText: (text, start, offset) => {
          const n = viaText.writeText(text, start, offset)?.rows;
          textRows += n ?? 0;
          return n;
        },
      },
      { pieceChars: 500 },
    );
    for (let at = 0; at < body.length; at += 700) r.write(body.slice(at, at + 700));
    await r.end();
    expect(textRows).toBeGreaterThan(0);
    expect(viaText.finish(300)).toEqual(viaObjects.finish(300));
    expect(viaText.issues).toEqual(viaObjects.issues);
  });
});
