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
 *  (a row's minimum never decreases) and returns `limit` then. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (prev[j] < rowMin) rowMin = prev[j];
      diag = tmp;
    }
    if (rowMin >= limit) return limit;
  }
  return Math.min(prev[b.length], limit);
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
