// Finds the one value a selection names in a tidy table. Per dimension a posting list (code → rows) is
// built once per table and kept beside it, so 1,000 cells over a 100,000-row table cost 1,000 short
// intersections, not 1,000 scans.
import { AppError } from "../../core/errors/AppError";
import type { TidyTable } from "../../core/stats/table/types";
import { describeSelection, type Selection } from "./selectors";

type Postings = Map<string, number[]>;
const postingsOf = new WeakMap<TidyTable, Map<number, Postings>>();

function postings(table: TidyTable, d: number): Postings {
  let perTable = postingsOf.get(table);
  if (!perTable) postingsOf.set(table, (perTable = new Map()));
  let p = perTable.get(d);
  if (!p) {
    p = new Map();
    const col = table.codes[d];
    for (let i = 0; i < table.rowCount; i++) {
      const c = col[i];
      const list = p.get(c);
      if (list) list.push(i);
      else p.set(c, [i]);
    }
    perTable.set(d, p);
  }
  return p;
}

export interface LookupHit {
  value: number;
  row: number;
}

/**
 * The value of the single row matching `sel`. A marked cell without a number → DATA_VALUE_MARKED (#N/A with
 * the marker's meaning); a numeric marker (労働力調査's 0) keeps its number. No row / several rows → #N/A
 * saying which code is unknown or which dimension still varies.
 */
export function lookupValue(table: TidyTable, sel: Selection): LookupHit {
  const id = table.meta.id;
  const selection = describeSelection(sel);
  const picked: { d: number; code: string; rows: number[] }[] = [];
  for (const [dimId, code] of sel) {
    const d = table.dimensions.findIndex((x) => x.id === dimId);
    if (d < 0) {
      throw new AppError("TABLE_UNKNOWN_DIMENSION", `no dimension ${dimId}`, {
        params: { dimension: dimId, available: table.dimensions.map((x) => x.id).join(", ") },
      });
    }
    const rows = postings(table, d).get(code);
    if (!rows) {
      const examples = [...postings(table, d).keys()].slice(0, 5).join(", ");
      throw new AppError("DATA_CODE_NOT_IN_TABLE", `${dimId}=${code} not in ${id}`, {
        kind: "notAvailable",
        params: { id, dimension: dimId, code, examples: examples || "-" },
      });
    }
    picked.push({ d, code, rows });
  }
  let matches: number[];
  if (picked.length === 0) matches = Array.from({ length: table.rowCount }, (_, i) => i);
  else {
    picked.sort((a, b) => a.rows.length - b.rows.length);
    const [first, ...rest] = picked;
    matches = first.rows.filter((i) => rest.every((p) => table.codes[p.d][i] === p.code));
  }
  if (matches.length === 0) {
    throw new AppError("DATA_VALUE_NOT_FOUND", `no row for ${selection}`, {
      kind: "notAvailable",
      params: { id, selection },
    });
  }
  if (matches.length > 1) {
    const varying = table.dimensions
      .map((dim, d) => ({ dim, d }))
      .filter(({ d }) => {
        const first = table.codes[d][matches[0]];
        return matches.some((i) => table.codes[d][i] !== first);
      })
      .map(({ dim }) => dim.id);
    throw new AppError("DATA_VALUE_AMBIGUOUS", `${matches.length} rows for ${selection}`, {
      kind: "notAvailable",
      params: { id, selection, count: matches.length, dimensions: varying.join(", ") || "-" },
    });
  }
  const row = matches[0];
  const value = table.values[row];
  if (value === null) {
    const marker = table.markers[row];
    if (marker !== null) {
      const meaning = table.meta.markers?.find((m) => m.marker === marker)?.meaning ?? marker;
      throw new AppError("DATA_VALUE_MARKED", `marker ${marker}`, {
        kind: "notAvailable",
        params: { marker, meaning, selection },
      });
    }
    throw new AppError("DATA_VALUE_MISSING", "blank value", { kind: "notAvailable", params: { selection } });
  }
  return { value, row };
}
