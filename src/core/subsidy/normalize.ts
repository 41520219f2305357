/**
 * The form programme ids, frames, flags and types are compared in: NFKC
 * (full-width letters and colons become half-width), no spaces, brackets,
 * colons or 「」, lower case. So 「ＭＯＮＯ−19：高付加価値化枠」 and
 * "mono-19 : 高付加価値化枠" meet.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s:()「」『』【】[\]]/g, "")
    .replace(/[‐‑‒–—―−ー](?=\d)/g, "-")
    .toLowerCase();
}

/** Edit distance, for "did you mean" suggestions. With `limit`, stops as soon as the result must be ≥ limit
 *  (a row's minimum never decreases) and returns `limit` then. The inner loop compares by hand instead of
 *  calling Math.min: in a sandboxed global (Node's vm, which the bundle tests use) every lookup of a global
 *  such as `Math` goes through an interceptor and cost ~60× (1e7 Math.min calls: 66 ms plain, 3,863 ms in
 *  a vm context), which made one suggestion over thousands of spellings take ~260 ms there. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      let d = diag + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      if (up + 1 < d) d = up + 1;
      if (prev[j - 1] + 1 < d) d = prev[j - 1] + 1;
      prev[j] = d;
      if (d < rowMin) rowMin = d;
      diag = up;
    }
    if (rowMin >= limit) return limit;
  }
  const d = prev[b.length];
  return d < limit ? d : limit;
}

/** The candidate closest to `input` (ties: the first). */
export function closest<T>(input: string, candidates: readonly { key: string; value: T }[]): T | undefined {
  let best: { d: number; value: T } | undefined;
  for (const c of candidates) {
    // the distance is at least the length difference: skip what cannot beat the best so far (same result,
    // without a full O(n·m) table per candidate — thousands of spellings made a miss cost ~100 ms)
    if (best !== undefined && Math.abs(input.length - c.key.length) >= best.d) continue;
    const d = editDistance(input, c.key, best?.d ?? Infinity);
    if (best === undefined || d < best.d) best = { d, value: c.value };
  }
  return best?.value;
}
