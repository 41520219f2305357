// Fuzzing every custom function with Excel-shaped calls (issue 13): arguments as Excel passes them for each
// parameter's metadata in dist/functions.json (scalar or 2-D range; omitted or null when optional; the
// invocation object last when the function asks for it), with values Excel can produce: text (Japanese,
// full-width digits, formula-looking, very long), numbers (0, negative, huge, tiny, -0, unsafe integers),
// booleans, blanks (null, "" and 0), CustomFunctions.Error values from other cells, and numeric-looking
// text such as "NaN", "Infinity", "1e999".
// Checked per call: only CustomFunctions.Error may be thrown or rejected; no NaN/Infinity anywhere in a
// result; the call settles within 1 s. Used by test/unit/functionsFuzz.test.ts (small counts, npm test) and
// bench/functions-fuzz.bench.ts (10^5 calls, figures printed).
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ParamMeta {
  name: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMeta {
  id: string;
  name: string;
  parameters: ParamMeta[];
  options?: {
    requiresAddress?: boolean;
    requiresParameterAddresses?: boolean;
    cancelable?: boolean;
    stream?: boolean;
  };
  result?: { dimensionality?: string };
}

export const ROOT = join(__dirname, "../..");

export function readFunctionsMeta(): FunctionMeta[] {
  return (
    JSON.parse(readFileSync(join(ROOT, "dist/functions.json"), "utf8")) as { functions: FunctionMeta[] }
  ).functions;
}

/** id → exported function name, from the `@customfunction ID` JSDoc tags in the source files (as the build does). */
export function sourceFunctionNames(files: string[]): Map<string, { file: string; fn: string }> {
  const out = new Map<string, { file: string; fn: string }>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), "utf8");
    const re = /@customfunction\s+([A-Z0-9_.]+)[\s\S]*?export\s+(?:async\s+)?function\s+(\w+)/g;
    for (const m of text.matchAll(re)) out.set(m[1], { file, fn: m[2] });
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so a failing call can be replayed from its seed and index. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  "",
  " ",
  "abc",
  "東京都",
  "製造業",
  "１２３",
  "１２３，４５６",
  "−５",
  "＝SUM(A1)",
  "=1+1",
  "+1",
  "-",
  "@x",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1e999",
  "0x10",
  "1,234",
  "12%",
  "¥1,000",
  "TRUE",
  "2024-04-01",
  "令和6年4月1日",
  "2024年度",
  "R6",
  "T1",
  "0003425893",
  "minimum_wage_national_weighted_avg",
  "OECD.STI.STP,DSD_MSTI@DF_MSTI",
  "JPN.A.G.PT_B1GQ..",
  "cat01=001",
  "wide",
  "labels=code",
  "MONODZUKURI-21",
  "JIZOKUKA-19",
  "small",
  "製造業その他",
  "小売業",
  "サービス業",
  "卸売業",
  "\u200B=x",
  "a\tb\nc",
  "x".repeat(300),
  "𠮷野家",
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  2.5,
  3,
  10,
  50,
  100,
  300,
  1000,
  1e6,
  3e8,
  1e9,
  1e12,
  1e15,
  Number.MAX_SAFE_INTEGER + 2,
  1e300,
  1.7976931348623157e308,
  -1e308,
  5e-324,
  -5e-324,
  1e-12,
  0.1 + 0.2,
  -123456789.123,
  2024,
  45000,
  2147483648,
];

export interface ExcelError {
  code: string;
}

export interface ArgFactory {
  /** An Excel error value, as a cell holding #N/A or #VALUE! passes it. */
  error(r: () => number): unknown;
}

export function scalar(r: () => number, f: ArgFactory): unknown {
  const k = r();
  if (k < 0.32) return TEXTS[Math.floor(r() * TEXTS.length)];
  if (k < 0.62) return NUMBERS[Math.floor(r() * NUMBERS.length)];
  if (k < 0.72) return (r() - 0.5) * 10 ** Math.floor(r() * 20);
  if (k < 0.78) return r() < 0.5;
  if (k < 0.86) return null;
  if (k < 0.9) return 0;
  if (k < 0.93) return "";
  return f.error(r);
}

export function matrix(r: () => number, f: ArgFactory): unknown[][] {
  const k = r();
  const rows = k < 0.4 ? 1 : 1 + Math.floor(r() * (k < 0.95 ? 5 : 40));
  const cols = r() < 0.6 ? 1 : 1 + Math.floor(r() * 4);
  // a range is one type more often than not (a column of numbers), sometimes mixed
  const mixed = r() < 0.3;
  const base = scalar(r, f);
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () =>
      mixed || r() < 0.2 ? scalar(r, f) : typeof base === "number" ? scalar(r, f) : base,
    ),
  );
}

/** Arguments for one call of `meta`, plus the invocation when the function takes one. */
export function excelCall(
  meta: FunctionMeta,
  r: () => number,
  f: ArgFactory,
  invocation: () => unknown,
): unknown[] {
  const args: unknown[] = [];
  let last = meta.parameters.length;
  // optional trailing parameters: Excel passes null for each omitted one
  while (last > 0 && meta.parameters[last - 1].optional && r() < 0.35) last--;
  meta.parameters.forEach((p, i) => {
    if (i >= last) {
      args.push(null);
      return;
    }
    if (p.repeating) {
      const n = 1 + Math.floor(r() * 3);
      args.push(
        Array.from({ length: n }, () => (p.dimensionality === "matrix" ? matrix(r, f) : scalar(r, f))),
      );
      return;
    }
    args.push(p.dimensionality === "matrix" ? matrix(r, f) : scalar(r, f));
  });
  const o = meta.options ?? {};
  if (o.requiresAddress || o.requiresParameterAddresses || o.cancelable || o.stream) args.push(invocation());
  return args;
}

export interface FuzzStats {
  calls: number;
  byFunction: Record<string, { calls: number; errors: number; maxMs: number }>;
  excelErrors: number;
  uncaught: { id: string; seed: number; index: number; message: string }[];
  nonFinite: { id: string; seed: number; index: number; where: string }[];
  slow: { id: string; seed: number; index: number; ms: number }[];
  maxMs: number;
  maxAt: string;
  totalMs: number;
}

/** Finds NaN/±Infinity anywhere in a result (scalars, 2-D arrays, objects). */
export function nonFinitePath(v: unknown, path = "result", depth = 0): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : `${path}=${v}`;
  if (depth > 4 || v === null || typeof v !== "object") return undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = nonFinitePath(v[i], `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const p = nonFinitePath(x, `${path}.${k}`, depth + 1);
    if (p) return p;
  }
  return undefined;
}

export interface FuzzTarget {
  meta: FunctionMeta[];
  call(id: string, args: unknown[]): unknown;
  isExcelError(e: unknown): boolean;
  makeError(code: string, message: string): unknown;
  /** The invocation object Excel passes (address, parameter addresses, onCanceled, setResult). */
  invocation(streamResults: unknown[]): unknown;
}

const ERROR_CODES = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!", "#GETTING_DATA"];

/** Runs `calls` random calls spread evenly over every function; returns the figures. */
export async function fuzzFunctions(
  target: FuzzTarget,
  calls: number,
  seed: number,
  opts: { slowMs?: number; only?: (id: string) => boolean; concurrency?: number } = {},
): Promise<FuzzStats> {
  const slowMs = opts.slowMs ?? 1000;
  const metas = target.meta.filter((m) => !opts.only || opts.only(m.id));
  const f: ArgFactory = {
    error: (r) => target.makeError(ERROR_CODES[Math.floor(r() * ERROR_CODES.length)], "from another cell"),
  };
  const stats: FuzzStats = {
    calls: 0,
    byFunction: {},
    excelErrors: 0,
    uncaught: [],
    nonFinite: [],
    slow: [],
    maxMs: 0,
    maxAt: "",
    totalMs: 0,
  };
  for (const m of metas) stats.byFunction[m.id] = { calls: 0, errors: 0, maxMs: 0 };
  const concurrency = opts.concurrency ?? 1;
  let next = 0;
  const one = async (index: number) => {
    const meta = metas[index % metas.length];
    const r = rng(seed * 1_000_003 + index);
    const streamed: unknown[] = [];
    const args = excelCall(meta, r, f, () => target.invocation(streamed));
    const t0 = performance.now();
    let result: unknown;
    let threw: unknown;
    let didThrow = false;
    try {
      result = await target.call(meta.id, args);
    } catch (e) {
      didThrow = true;
      threw = e;
    }
    const ms = performance.now() - t0;
    const s = stats.byFunction[meta.id];
    s.calls++;
    stats.calls++;
    stats.totalMs += ms;
    if (ms > s.maxMs) s.maxMs = ms;
    if (ms > stats.maxMs) {
      stats.maxMs = ms;
      stats.maxAt = meta.id;
    }
    if (ms > slowMs) stats.slow.push({ id: meta.id, seed, index, ms });
    if (didThrow) {
      if (target.isExcelError(threw)) {
        s.errors++;
        stats.excelErrors++;
      } else
        stats.uncaught.push({
          id: meta.id,
          seed,
          index,
          message: threw instanceof Error ? `${threw.name}: ${threw.message}` : String(threw),
        });
      return;
    }
    const bad = nonFinitePath(result) ?? nonFinitePath(streamed, "streamed");
    if (bad) stats.nonFinite.push({ id: meta.id, seed, index, where: bad });
  };
  const worker = async () => {
    while (next < calls) await one(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats;
}
