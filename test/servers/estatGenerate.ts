// Deterministic e-Stat getStatsData tables of any size for the fake server and the benchmarks. Row i is
// computed from i alone (mixed radix over the dimension sizes, last dimension fastest), so a
// 1,000,000-row table is never stored: each page is rendered on demand, ASCII-only with \uXXXX escapes
// like the real wire format.

export interface GeneratedDim {
  id: string;
  name: string;
  size: number;
  unit?: string;
}

export interface GenerateSpec {
  rows: number;
  id?: string;
  title?: string;
  dims?: GeneratedDim[];
  /** Every n-th row gets a non-numeric marker ("-", "***", "X" in turn). 0 = none. @default 97 */
  markerEvery?: number;
  /** Every n-th row is the numeric marker "0" (労働力調査 style). 0 = none. @default 0 */
  numericMarkerEvery?: number;
  /** Every n-th row has an @annotation. 0 = none. @default 0 */
  annotationEvery?: number;
  seed?: number;
}

export interface GeneratedTable {
  spec: Required<Omit<GenerateSpec, "dims">> & { dims: GeneratedDim[] };
  total: number;
  codeOf(d: number, k: number): string;
  /** Codes of row i, one per dimension. */
  digits(i: number, out: number[]): number[];
  valueText(i: number): string;
  notes: { char: string; meaning: string }[];
}

const MARKERS = ["-", "***", "X"];

/** Sizes for about `rows` rows over 6 dimensions (tab, cat01–cat03, area, time); time grows with the size. */
export function defaultDims(rows: number): GeneratedDim[] {
  const fixed: GeneratedDim[] = [
    { id: "tab", name: "表章項目", size: 2 },
    { id: "cat01", name: "産業", size: 20 },
    { id: "cat02", name: "資本金階級", size: 10 },
    { id: "cat03", name: "規模", size: 5 },
    { id: "area", name: "地域", size: 50 },
  ];
  const per = fixed.reduce((p, d) => p * d.size, 1);
  return [...fixed, { id: "time", name: "時間軸（年次）", size: Math.max(1, Math.ceil(rows / per)) }];
}

export function generateStatsData(spec: GenerateSpec): GeneratedTable {
  const dims = spec.dims ?? defaultDims(spec.rows);
  const full = {
    id: spec.id ?? "GEN0000001",
    title: spec.title ?? `生成表 ${spec.rows} 行`,
    rows: spec.rows,
    markerEvery: spec.markerEvery ?? 97,
    numericMarkerEvery: spec.numericMarkerEvery ?? 0,
    annotationEvery: spec.annotationEvery ?? 0,
    seed: spec.seed ?? 1,
    dims,
  };
  const capacity = dims.reduce((p, d) => p * d.size, 1);
  const total = Math.min(spec.rows, capacity);
  const notes = [
    { char: "-", meaning: "計数のない場合" },
    { char: "***", meaning: "該当数値がないもの" },
    { char: "X", meaning: "秘匿" },
  ];
  if (full.numericMarkerEvery > 0) notes.push({ char: "0", meaning: "数値が表章単位に満たないもの" });
  const codeOf = (d: number, k: number) => {
    const dim = dims[d];
    if (dim.id === "time") return `${2000 + k}000000`;
    if (dim.id === "area") return String(k).padStart(5, "0");
    return String(k + 1).padStart(dim.id === "tab" ? 2 : 3, "0");
  };
  const digits = (i: number, out: number[]) => {
    let r = i;
    for (let d = dims.length - 1; d >= 0; d--) {
      out[d] = r % dims[d].size;
      r = Math.floor(r / dims[d].size);
    }
    return out;
  };
  const valueText = (i: number) => {
    if (full.markerEvery > 0 && i % full.markerEvery === full.markerEvery - 1)
      return MARKERS[Math.floor(i / full.markerEvery) % MARKERS.length];
    if (full.numericMarkerEvery > 0 && i % full.numericMarkerEvery === full.numericMarkerEvery - 1)
      return "0";
    // xorshift-style hash: deterministic, spread out, a few decimals
    let h = (i + 1) * 2654435761 + full.seed * 97;
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
    const n = (h >>> 0) % 10_000_000;
    return i % 3 === 0 ? String(n) : (n / 10).toFixed(1);
  };
  return { spec: full, total, codeOf, digits, valueText, notes };
}

/** JSON string literal with every non-ASCII character escaped as \uXXXX (upper-case hex), as e-Stat sends. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0"),
  );
}
