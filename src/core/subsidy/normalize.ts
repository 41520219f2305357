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

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The candidate closest to `input` (ties: the first). */
export function closest<T>(input: string, candidates: readonly { key: string; value: T }[]): T | undefined {
  let best: { d: number; value: T } | undefined;
  for (const c of candidates) {
    const d = editDistance(input, c.key);
    if (best === undefined || d < best.d) best = { d, value: c.value };
  }
  return best?.value;
}
