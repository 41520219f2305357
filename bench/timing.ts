// Timing for the in-process benchmarks: a full GC before each timed run (with or without --expose-gc),
// otherwise the garbage of one run is collected inside the next and the figures measure the collector.
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const gc = (globalThis as { gc?: () => void }).gc ?? (vm.runInNewContext("gc") as () => void);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The median of `runs` timed calls after `warmup` untimed ones, in ms. */
export function time(fn: () => unknown, { warmup, runs }: { warmup: number; runs: number }): number {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}
