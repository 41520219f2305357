import type { TableMeta, TidyTable } from "../table/types";
import { stripAppId } from "./queryKey";

/**
 * A string column as a dictionary plus either run-lengths (`r`: index, count, index, count…) or
 * one index per row (`i`), whichever is shorter. Tidy tables repeat codes in long runs (the outer
 * dimensions) and markers/units are mostly one value, so 100,000 rows of six dimensions become a
 * few hundred kilobytes instead of megabytes of repeated strings.
 */
interface EncodedColumn {
  d: (string | null)[];
  r?: number[];
  i?: number[];
}

interface EncodedTable {
  v: 1;
  meta: TableMeta;
  dimensions: TidyTable["dimensions"];
  n: number;
  codes: EncodedColumn[];
  values: (number | null)[];
  markers: EncodedColumn;
  units: EncodedColumn;
  annotations?: EncodedColumn;
}

function encodeColumn(col: readonly (string | null)[]): EncodedColumn {
  const dict: (string | null)[] = [];
  const index = new Map<string | null, number>();
  const idx = new Array<number>(col.length);
  let runs = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    let k = index.get(v);
    if (k === undefined) {
      k = dict.length;
      dict.push(v);
      index.set(v, k);
    }
    idx[i] = k;
    if (i === 0 || idx[i - 1] !== k) runs++;
  }
  if (runs * 2 >= col.length) return { d: dict, i: idx };
  const r: number[] = [];
  for (let i = 0; i < idx.length;) {
    let j = i + 1;
    while (j < idx.length && idx[j] === idx[i]) j++;
    r.push(idx[i], j - i);
    i = j;
  }
  return { d: dict, r };
}

function decodeColumn<T extends string | null>(c: EncodedColumn, n: number): T[] {
  const out = new Array<T>(n);
  if (c.i) {
    for (let k = 0; k < n; k++) out[k] = c.d[c.i[k]] as T;
    return out;
  }
  const r = c.r ?? [];
  let at = 0;
  for (let k = 0; k < r.length; k += 2) {
    const v = c.d[r[k]] as T;
    out.fill(v, at, at + r[k + 1]);
    at += r[k + 1];
  }
  if (at !== n) throw new Error(`column has ${at} rows, expected ${n}`);
  return out;
}

function safeMeta(meta: TableMeta): TableMeta {
  return {
    ...meta,
    ...(meta.sourceUrl ? { sourceUrl: stripAppId(meta.sourceUrl) } : {}),
    ...(meta.query ? { query: stripAppId(meta.query) } : {}),
  };
}

/** TidyTable → compact JSON text (the appId is stripped from meta URLs if a caller left one in). */
export function encodeTable(t: TidyTable): string {
  const e: EncodedTable = {
    v: 1,
    meta: safeMeta(t.meta),
    dimensions: t.dimensions,
    n: t.rowCount,
    codes: t.codes.map(encodeColumn),
    values: t.values,
    markers: encodeColumn(t.markers),
    units: encodeColumn(t.units),
    ...(t.annotations ? { annotations: encodeColumn(t.annotations) } : {}),
  };
  return JSON.stringify(e);
}

/** The inverse of encodeTable; throws on anything that is not a well-formed encoded table. */
export function decodeTable(text: string): TidyTable {
  const e = JSON.parse(text) as EncodedTable;
  if (
    e?.v !== 1 ||
    !Array.isArray(e.values) ||
    e.values.length !== e.n ||
    e.codes.length !== e.dimensions.length
  ) {
    throw new Error("not an encoded table");
  }
  return {
    meta: e.meta,
    dimensions: e.dimensions,
    rowCount: e.n,
    codes: e.codes.map((c) => decodeColumn<string>(c, e.n)),
    values: e.values,
    markers: decodeColumn<string | null>(e.markers, e.n),
    units: decodeColumn<string | null>(e.units, e.n),
    ...(e.annotations ? { annotations: decodeColumn<string | null>(e.annotations, e.n) } : {}),
  };
}
