import fc from "fast-check";
import { AppError } from "../../errors/AppError";
import type { DimensionMeta, MarkerInfo } from "../table/types";
import {
  createPageParsePool,
  servePageParses,
  type FromWorker,
  type PageJob,
  type PageWorkerPort,
  type ToWorker,
} from "./pageParsePool";
import { EstatStatusError } from "./statusError";
import { TidyBuilder } from "./tidyBuilder";

const dims = (): DimensionMeta[] => [
  { id: "cat01", name: "c", role: "category", codes: ["a", "b", "c"].map((code) => ({ code, label: code })) },
  { id: "area", name: "a", role: "area", codes: [] },
  { id: "time", name: "t", role: "time", codes: ["1", "2", "3"].map((code) => ({ code, label: code })) },
];
const MARKERS: MarkerInfo[] = [
  { marker: "-", meaning: "none" },
  { marker: "0", meaning: "less than half a unit" },
];

/** VALUE rows as e-Stat sends them, with the rare cases mixed in. */
const rowArb = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.record(
      {
        "@cat01": fc.constantFrom("a", "b", "c", "x", "y", ""),
        "@area": fc.constantFrom("00000", "13000", "27000"),
        "@time": fc.constantFrom("1", "2", "3", "9"),
        "@unit": fc.constantFrom("円", "人", "円"),
        $: fc.oneof(
          fc.integer({ min: -1e6, max: 1e6 }).map(String),
          fc.constantFrom("-", "0", "X", "…", "1,234", "1.5", "abc"),
        ),
      },
      { requiredKeys: ["@cat01", "@area", "@time", "$"] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      "@cat01": fc.constant("a"),
      "@area": fc.constant("00000"),
      "@time": fc.constant("1"),
      $: fc.constant("1"),
      "@annotation": fc.constantFrom("†", "‡"),
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 7, "text", []) },
);

/** The table one thread makes: every page written into one builder, in page order. */
function oneThread(pages: unknown[][]) {
  const b = new TidyBuilder(dims(), MARKERS, 0);
  let offset = 0;
  for (const p of pages) {
    b.write(p, offset);
    offset += p.length;
  }
  return { cols: b.finish(offset), dims: b.dims, issues: b.issues };
}

describe("TidyBuilder.exportPage + mergePage", () => {
  it("give the table one thread gives: codes, values, markers, units, annotations, added codes, issues", () => {
    fc.assert(
      fc.property(fc.array(fc.array(rowArb, { maxLength: 40 }), { minLength: 1, maxLength: 5 }), (pages) => {
        const want = oneThread(pages);
        // pages 2… parsed apart, each given the dimensions as they were before any of them was merged
        const main = new TidyBuilder(dims(), MARKERS, 0);
        main.write(pages[0], 0);
        const given = structuredClone(main.dims);
        const exported = pages.slice(1).map((p) => {
          const b = new TidyBuilder(structuredClone(given), MARKERS, p.length, 10_000);
          b.write(p, 0);
          return structuredClone(b.exportPage(p.length)); // what crosses to the main thread
        });
        let offset = pages[0].length;
        for (const cols of exported) {
          main.mergePage(cols, offset);
          offset += cols.rows;
        }
        const got = main.finish(offset);
        expect(got).toEqual(want.cols);
        expect(main.dims).toEqual(want.dims);
        expect(main.issues).toEqual(want.issues);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the table's first 200 issues when pages bring more", () => {
    const bad = Array.from({ length: 150 }, () => 7);
    const pages = [bad, bad, bad];
    const want = oneThread(pages);
    const main = new TidyBuilder(dims(), MARKERS, 0);
    main.write(pages[0], 0);
    for (const [k, p] of pages.slice(1).entries()) {
      const b = new TidyBuilder(structuredClone(main.dims), MARKERS, p.length, 10_000);
      b.write(p, 0);
      main.mergePage(b.exportPage(p.length), 150 * (k + 1));
    }
    expect(want.issues).toHaveLength(200);
    expect(main.issues).toEqual(want.issues);
  });
});

/** A worker in this thread: messages cloned as postMessage would, delivered a turn later. */
function inThreadPort(
  log: ToWorker[],
  opts: { dieOn?: (m: ToWorker) => boolean } = {},
): PageWorkerPort & { kill(e: Error): void } {
  let onMessage: (m: FromWorker) => void = () => {};
  let onGone: (e: Error) => void = () => {};
  let dead = false;
  const serve = servePageParses((m) => setImmediate(() => !dead && onMessage(structuredClone(m))));
  const kill = (e: Error) => {
    if (dead) return;
    dead = true;
    setImmediate(() => onGone(e));
  };
  return {
    postMessage(m) {
      log.push(m);
      if (dead) return;
      if (opts.dieOn?.(m)) return kill(new Error("worker crashed"));
      setImmediate(() => !dead && serve(structuredClone(m)));
    },
    listen(m, g) {
      onMessage = m;
      onGone = g;
    },
    terminate: () => kill(new Error("terminated")),
    kill,
  };
}

const job = (): PageJob => ({
  dims: dims(),
  markers: MARKERS,
  secrets: ["APPID123"],
  url: "https://x/",
  rows: 2,
});
const body = (values: unknown[], status = 0) =>
  JSON.stringify({
    GET_STATS_DATA: {
      RESULT: { STATUS: status, ERROR_MSG: status ? "appId APPID123 is wrong" : "" },
      STATISTICAL_DATA: { RESULT_INF: { TOTAL_NUMBER: values.length }, DATA_INF: { VALUE: values } },
    },
  });

describe("createPageParsePool", () => {
  const rows = [
    { "@cat01": "a", "@area": "00000", "@time": "1", $: "10" },
    { "@cat01": "z", "@area": "13000", "@time": "2", $: "-" },
  ];

  it("parses a page in the worker from text that arrives in pieces, and merges it as one thread would", async () => {
    const log: ToWorker[] = [];
    const pool = createPageParsePool({ spawn: () => inThreadPort(log), size: 2 });
    const page = pool.open(job())!;
    const text = body(rows);
    for (let i = 0; i < text.length; i += 7) page.write(text.slice(i, i + 7));
    const r = await page.end();
    expect(r.page.rows).toBe(2);
    expect(r.page.env.page.total).toBe(2);
    const main = new TidyBuilder(dims(), MARKERS, 2);
    main.mergePage(r.cols, 0);
    const want = oneThread([rows]);
    expect(main.finish(2)).toEqual(want.cols);
    expect(main.issues).toEqual(want.issues);
    expect(main.issues.map((i) => i.code)).toEqual(["ESTAT_UNKNOWN_CODE"]);
  });

  it("decodes raw UTF-8 in the worker, characters cut between chunks included", async () => {
    const pool = createPageParsePool({ spawn: () => inThreadPort([]), size: 1 });
    const page = pool.open(job())!;
    const withUnits = rows.map((r) => ({ ...r, "@unit": "百万円" }));
    const bytes = new TextEncoder().encode(body(withUnits));
    for (let i = 0; i < bytes.length; i += 5) page.bytes(bytes.subarray(i, i + 5));
    const r = await page.end();
    const main = new TidyBuilder(dims(), MARKERS, 2);
    main.mergePage(r.cols, 0);
    expect(main.finish(2).units).toEqual(["百万円", "百万円"]);
    expect(main.finish(2)).toEqual(oneThread([withUnits]).cols);
  });

  it("spreads pages over up to `size` workers, starting them only when needed", () => {
    const ports: PageWorkerPort[] = [];
    const pool = createPageParsePool({
      spawn: () => {
        const p = inThreadPort([]);
        ports.push(p);
        return p;
      },
      size: 2,
    });
    expect(ports).toHaveLength(0);
    pool.open(job());
    expect(ports).toHaveLength(1);
    pool.open(job());
    pool.open(job());
    expect(ports).toHaveLength(2);
    pool.close();
  });

  it("brings e-Stat's STATUS error back as an EstatStatusError (final: not retried), the appId scrubbed", async () => {
    const pool = createPageParsePool({ spawn: () => inThreadPort([]), size: 1 });
    const page = pool.open(job())!;
    page.write(body([], 100));
    const e = await page.end().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EstatStatusError);
    expect((e as EstatStatusError).status).toBe(100);
    expect((e as Error).message).not.toContain("APPID123");
  });

  it("brings bad JSON back as the same AppError one thread throws, and the worker forgets the page", async () => {
    const log: ToWorker[] = [];
    const pool = createPageParsePool({ spawn: () => inThreadPort(log), size: 1 });
    const page = pool.open(job())!;
    page.write('{"GET_STATS_DATA": [');
    const e = await page.end().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("ESTAT_BAD_RESPONSE");
    page.dispose(); // nothing left to drop
    expect(log.filter((m) => m.t === "drop")).toHaveLength(0);
  });

  it("tells the worker to drop a page given up half way", async () => {
    const log: ToWorker[] = [];
    const pool = createPageParsePool({ spawn: () => inThreadPort(log), size: 1 });
    const page = pool.open(job())!;
    page.write(body(rows).slice(0, 40));
    page.dispose();
    await expect(page.end()).rejects.toThrow(/dropped/);
    expect(log.map((m) => m.t)).toEqual(["open", "text", "drop"]);
  });

  it("fails every worker's pages when one dies, also where a terminated worker sends no word (Web Workers)", async () => {
    const ports: ReturnType<typeof inThreadPort>[] = [];
    const pool = createPageParsePool({
      spawn: () => {
        const p = inThreadPort([]);
        ports.push(p);
        // a Web Worker's terminate() ends it without any event
        return { ...p, terminate: () => {} };
      },
      size: 2,
    });
    const a = pool.open(job())!;
    const b = pool.open(job())!;
    expect(ports).toHaveLength(2);
    a.write(body(rows).slice(0, 30));
    b.write(body(rows).slice(0, 30));
    const ends = [a.end(), b.end()].map((p) => p.catch((e: unknown) => e));
    ports[0].kill(new Error("out of memory"));
    const [ea, eb] = await Promise.all(ends);
    expect((ea as AppError).code).toBe("ESTAT_PARSE_WORKER_FAILED");
    expect((eb as AppError).code).toBe("ESTAT_PARSE_WORKER_FAILED");
  });

  it("counts a worker that never says it is ready as dead, and fails its pages instead of waiting for ever", async () => {
    const silent: PageWorkerPort = { postMessage: () => {}, listen: () => {}, terminate: () => {} };
    const pool = createPageParsePool({ spawn: () => silent, size: 1, startTimeoutMs: 50 });
    const page = pool.open(job())!;
    page.write(body(rows));
    const e = await page.end().catch((x: unknown) => x);
    expect((e as AppError).code).toBe("ESTAT_PARSE_WORKER_FAILED");
    expect((e as AppError).params.detail).toContain("did not start");
  });

  it("fails the pages still open when its owner closes it", async () => {
    const pool = createPageParsePool({
      spawn: () => ({ ...inThreadPort([]), terminate: () => {} }),
      size: 1,
    });
    const page = pool.open(job())!;
    page.write(body(rows).slice(0, 30));
    const end = page.end().catch((e: unknown) => e);
    pool.close();
    expect(String(await end)).toContain("closed");
    expect(pool.open(job())).toBeUndefined();
  });

  it("fails the pages of a worker that dies, and parses nothing more in workers after", async () => {
    const pool = createPageParsePool({
      spawn: () => inThreadPort([], { dieOn: (m) => m.t === "end" }),
      size: 1,
    });
    const page = pool.open(job())!;
    page.write(body(rows));
    const e = await page.end().catch((x: unknown) => x);
    expect((e as AppError).code).toBe("ESTAT_PARSE_WORKER_FAILED");
    expect(pool.open(job())).toBeUndefined();
  });
});
