// 100,000 SME.LABORSHARE evaluations over a range in one call (=SME.LABORSHARE(B2:B100001, C2:C100001)),
// through the real wrapper (argument reading, per-cell errors, Excel conversion), against a bare
// arithmetic loop over the same numbers. Run: npx tsx bench/laborshare.bench.ts (or npm run bench -- laborshare)
import { installCustomFunctionsShim } from "../src/playground/customFunctionsRuntime";
import { time as timed } from "./timing";

installCustomFunctionsShim();

const N = 100_000;
const WARMUP = 5;
const RUNS = 15;
const time = (fn: () => unknown) => timed(fn, { warmup: WARMUP, runs: RUNS });

async function main(): Promise<void> {
  const { laborShareFn } = await import("../src/functions/measures");
  // Realistic 千円 figures as a column of 1-cell rows, the shape Excel passes for B2:B100001.
  const personnel: number[][] = [];
  const valueAdded: number[][] = [];
  for (let i = 0; i < N; i++) {
    const va = 50_000 + ((i * 7919) % 900_000);
    valueAdded.push([va]);
    personnel.push([Math.floor(va * (0.4 + ((i * 31) % 50) / 100))]);
  }
  const flatP = personnel.map((r) => r[0]);
  const flatV = valueAdded.map((r) => r[0]);

  let sink = 0;
  const check = laborShareFn(personnel, valueAdded);
  for (let i = 0; i < N; i++) {
    if (check[i][0] !== flatP[i] / flatV[i]) throw new Error(`row ${i}: ${check[i][0]}`);
  }

  const wrapper = time(() => {
    const out = laborShareFn(personnel, valueAdded);
    sink += out.length;
  });
  // The bare loop: the division and the two checks LABORSHARE makes (0 and negative value added).
  const bare = time(() => {
    const out = new Array<number>(N);
    for (let i = 0; i < N; i++) {
      const v = flatV[i];
      out[i] = v > 0 ? flatP[i] / v : NaN;
    }
    sink += out.length;
  });
  // The same loop writing Excel's matrix shape (one array per row), for a like-for-like allocation.
  const bareMatrix = time(() => {
    const out = new Array<number[]>(N);
    for (let i = 0; i < N; i++) {
      const v = valueAdded[i][0];
      out[i] = [v > 0 ? personnel[i][0] / v : NaN];
    }
    sink += out.length;
  });

  const fmt = (ms: number) => ms.toFixed(2).padStart(8);
  console.log(
    `SME.LABORSHARE over ${N.toLocaleString("en-US")} rows, median of ${RUNS} runs after ${WARMUP} warm-ups (Node ${process.version})`,
  );
  console.log(
    `  wrapper (read, compute, per-cell errors, Excel matrix) ${fmt(wrapper)} ms  ${((wrapper * 1e6) / N).toFixed(0)} ns/cell`,
  );
  console.log(`  bare loop, flat arrays                                 ${fmt(bare)} ms`);
  console.log(`  bare loop, Excel matrix shape                          ${fmt(bareMatrix)} ms`);
  console.log(`  ratio wrapper / bare flat   ${(wrapper / bare).toFixed(1)}×`);
  console.log(`  ratio wrapper / bare matrix ${(wrapper / bareMatrix).toFixed(1)}×`);
  if (sink === 0) console.log("");
}

void main();
