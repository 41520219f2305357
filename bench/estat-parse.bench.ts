// Parse + tidy + wide of one 100,000-row getStatsData body (6 dimensions, markers) against a bare
// JSON.parse of the same text. Run: npx tsx --expose-gc bench/estat-parse.bench.ts
// Targets (issue 6): time ≤ 1.6 × JSON.parse; peak extra heap ≤ 4 × the response size.
// The machine is shared, so the two are measured interleaved and both the minimum and the median are shown.
import { generateStatsData } from "../test/servers/estatGenerate";
import { renderStatsData } from "../test/servers/estatRender";
import { parseStatsDataResponse } from "../src/core/stats/estat/parseStatsData";
import { toWideMatrix } from "../src/core/stats/table/toWideMatrix";

const gc = (globalThis as { gc?: () => void }).gc;
const ROWS = 100_000;
const g = generateStatsData({
  rows: ROWS,
  id: "BENCH100K",
  markerEvery: 53,
  numericMarkerEvery: 89,
  dims: [
    { id: "tab", name: "表章項目", size: 2 },
    { id: "cat01", name: "産業", size: 20 },
    { id: "cat02", name: "資本金階級", size: 10 },
    { id: "cat03", name: "規模", size: 5 },
    { id: "area", name: "地域", size: 5 },
    { id: "time", name: "時間軸（年次）", size: 10 },
  ],
});
const body = renderStatsData(g, new URLSearchParams("limit=100000"));
const bytes = Buffer.byteLength(body);
const ROW_DIMS = ["tab", "cat01", "cat02", "cat03", "area"];

/** The pipeline, sampling heapUsed after each phase (synchronous code cannot be sampled from a timer). */
function pipeline(text: string, sample: () => void = () => undefined) {
  const parsed = JSON.parse(text);
  sample();
  const { table } = parseStatsDataResponse(parsed);
  sample();
  const wide = toWideMatrix(table, { rowDims: ROW_DIMS, colDim: "time", labels: "both" });
  sample();
  return { table, wide };
}

const { table, wide } = pipeline(body);
const nullMarked = table.values.filter((v, i) => v === null && table.markers[i] !== null).length;
const numericMarked = table.values.filter((v, i) => v !== null && table.markers[i] !== null).length;
console.log(
  `response: ${table.rowCount} rows, ${(bytes / 1e6).toFixed(1)} MB, ${nullMarked} marked cells (null), ${numericMarked} numeric markers; ` +
    `wide ${wide.rows.length} rows × ${wide.header.length} cols, ${wide.issues.length} issues`,
);

const RUNS = 9;
const tParse: number[] = [];
const tTidy: number[] = [];
const tFull: number[] = [];
for (let k = 0; k < RUNS + 2; k++) {
  gc?.();
  let t = performance.now();
  JSON.parse(body);
  const a = performance.now() - t;
  gc?.();
  t = performance.now();
  parseStatsDataResponse(body);
  const b = performance.now() - t;
  gc?.();
  t = performance.now();
  // what the product does: the text goes in, the parsed JSON is garbage once the tidy table exists
  toWideMatrix(parseStatsDataResponse(body).table, { rowDims: ROW_DIMS, colDim: "time", labels: "both" });
  const c = performance.now() - t;
  if (k < 2) continue; // warm-up
  tParse.push(a);
  tTidy.push(b);
  tFull.push(c);
}
const min = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const line = (name: string, xs: number[]) =>
  `${name.padEnd(24)} min ${min(xs).toFixed(0).padStart(4)} ms (${(min(xs) / min(tParse)).toFixed(2)}×)   median ${median(xs).toFixed(0).padStart(4)} ms (${(median(xs) / median(tParse)).toFixed(2)}×)`;
console.log(line("JSON.parse alone", tParse));
console.log(line("parse + tidy", tTidy));
console.log(line("parse + tidy + wide", tFull) + "   target ≤ 1.6×");

if (!gc) console.log("memory: run with --expose-gc for heap numbers");
else {
  const measure = (fn: (sample: () => void) => unknown) => {
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const keep = fn(sample);
    sample();
    void keep;
    return peak - base;
  };
  const mParse = measure(() => JSON.parse(body));
  const mFull = measure((s) => pipeline(body, s));
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = parseStatsDataResponse(body).table;
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  void kept;
  console.log(
    `heap growth, JSON.parse alone:           ${(mParse / 1e6).toFixed(0)} MB (${(mParse / bytes).toFixed(2)}× response)`,
  );
  console.log(
    `heap growth, parse+tidy+wide (peak of phase samples): ${(mFull / 1e6).toFixed(0)} MB (${(mFull / bytes).toFixed(2)}× response; target ≤ 4×)`,
  );
  console.log(
    `tidy table retained after gc:            ${(retained / 1e6).toFixed(0)} MB (${(retained / bytes).toFixed(2)}× response)`,
  );
}
