// SME.RDTAXCREDIT over 100,000 rows in one call (=SME.RDTAXCREDIT("一般", B2:B100001, C2:C100001,
// D2:D100001, E2:E100001, "2024-04-01")), through the real wrapper (argument reading, exact bigint
// fractions, per-cell errors), and SME.RDTAXCHECK once (the findings with their sources).
// Run: npx tsx bench/rdtax.bench.ts (or npm run bench -- rdtax)
import { installCustomFunctionsShim } from "../src/playground/customFunctionsRuntime";
import { time as timed } from "./timing";

installCustomFunctionsShim();
const N = 100_000;
const WARMUP = 2;
const RUNS = 7;
const time = (fn: () => unknown, runs = RUNS) => timed(fn, { warmup: WARMUP, runs });

async function main(): Promise<void> {
  const { rdTaxCreditFn, rdTaxCheckFn } = await import("../src/functions/rdtax");
  const rd: number[][] = [];
  const comp: number[][] = [];
  const tax: number[][] = [];
  const sales: number[][] = [];
  for (let i = 0; i < N; i++) {
    const c = 10_000_000 + ((i * 7919) % 90_000_000);
    comp.push([c]);
    rd.push([Math.floor(c * (0.5 + ((i * 31) % 100) / 100))]);
    tax.push([1_000_000 + ((i * 104729) % 500_000_000)]);
    sales.push([i % 7 === 0 ? 0 : c * (5 + (i % 20))]);
  }
  const heapBefore = process.memoryUsage().heapUsed;
  const out = rdTaxCreditFn([["一般"]], rd, comp, tax, sales, [["2024-04-01"]]);
  const heapAfter = process.memoryUsage().heapUsed;
  if (out.length !== N || out.some((r) => typeof r[0] !== "number")) throw new Error("unexpected result");
  const credit = time(() => rdTaxCreditFn([["一般"]], rd, comp, tax, sales, [["2024-04-01"]]));
  const check = time(
    () => rdTaxCheckFn([["中小"]], [[112e6]], [[100e6]], [[1e7]], [[8e8]], [["2024-04-01"]]),
    50,
  );
  console.log(
    `SME.RDTAXCREDIT over ${N.toLocaleString("en-US")} rows, median of ${RUNS} runs after ${WARMUP} warm-ups (Node ${process.version})`,
  );
  console.log(`  wrapper ${credit.toFixed(1)} ms  ${((credit * 1e6) / N).toFixed(0)} ns/cell`);
  console.log(`  heap growth holding one result: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB`);
  console.log(`SME.RDTAXCHECK one call (findings and sources), median of 50: ${check.toFixed(3)} ms`);
}

void main();
