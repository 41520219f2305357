import { AppError } from "../../errors/AppError";
import type { DimensionMeta, TidyTable } from "./types";

/**
 * Appends tables with the same dimensions (matched by id, in the first table's order), e.g. the parts of
 * an e-Stat request that was split because a code list had more than 100 codes. Code lists are merged by
 * code. Each output column is allocated once at its final length.
 */
export function concatTables(tables: TidyTable[]): TidyTable {
  if (tables.length === 0)
    throw new AppError("TABLE_BAD_LONG_ROWS", "nothing to concatenate", { params: { detail: "no tables" } });
  if (tables.length === 1) return tables[0];
  const first = tables[0];
  const ids = first.dimensions.map((d) => d.id);
  const total = tables.reduce((s, t) => s + t.rowCount, 0);
  const codes: string[][] = ids.map(() => new Array<string>(total));
  const values: (number | null)[] = new Array(total);
  const markers: (string | null)[] = new Array(total);
  const units: (string | null)[] = new Array(total);
  const anyAnnotations = tables.some((t) => t.annotations);
  const annotations: (string | null)[] | undefined = anyAnnotations ? new Array(total) : undefined;
  const dims: DimensionMeta[] = first.dimensions.map((d) => ({ ...d, codes: d.codes.slice() }));
  const known = dims.map((d) => new Set(d.codes.map((c) => c.code)));
  let offset = 0;
  for (const t of tables) {
    const map = ids.map((id) => t.dimensions.findIndex((d) => d.id === id));
    if (map.some((k) => k < 0) || t.dimensions.length !== ids.length) {
      throw new AppError("TABLE_BAD_LONG_ROWS", "dimension mismatch", {
        params: {
          detail: `dimensions differ: ${ids.join(",")} vs ${t.dimensions.map((d) => d.id).join(",")}`,
        },
      });
    }
    map.forEach((k, d) => {
      for (const c of t.dimensions[k].codes) {
        if (known[d].has(c.code)) continue;
        known[d].add(c.code);
        dims[d].codes.push(c);
      }
      const src = t.codes[k];
      const dst = codes[d];
      for (let i = 0; i < t.rowCount; i++) dst[offset + i] = src[i];
    });
    for (let i = 0; i < t.rowCount; i++) {
      values[offset + i] = t.values[i];
      markers[offset + i] = t.markers[i];
      units[offset + i] = t.units[i];
      if (annotations) annotations[offset + i] = t.annotations ? t.annotations[i] : null;
    }
    offset += t.rowCount;
  }
  const markerList = new Map<string, string>();
  for (const t of tables)
    for (const m of t.meta.markers ?? []) if (!markerList.has(m.marker)) markerList.set(m.marker, m.meaning);
  const out: TidyTable = {
    meta: { ...first.meta, markers: [...markerList].map(([marker, meaning]) => ({ marker, meaning })) },
    dimensions: dims,
    rowCount: total,
    codes,
    values,
    markers,
    units,
  };
  if (annotations) out.annotations = annotations;
  return out;
}
