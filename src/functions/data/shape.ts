// Turns a tidy table into the matrix a data formula spills: header row + rows, long or wide, as the task
// pane writes tables. Numbers stay numbers, a marked cell without a number is null (Excel shows ""), and
// any text a spreadsheet would read as a formula gets the table module's invisible guard.
import { AppError } from "../../core/errors/AppError";
import { toLongMatrix } from "../../core/stats/table/toLongMatrix";
import { toWideMatrix } from "../../core/stats/table/toWideMatrix";
import type { HierarchyMode, LabelMode } from "../../core/stats/table/cells";
import type { TidyTable } from "../../core/stats/table/types";
import { asMatrix, isBlank, scalarOf, type Arg, type Cell } from "../shared/args";

export type Layout = "long" | "wide";

export interface ShapeOptions {
  layout: Layout;
  labels: LabelMode;
  lang: "ja" | "en";
  hierarchy: HierarchyMode;
  /** Wide: the row dimensions; default every dimension except the column one that has more than one code. */
  rows?: string[];
  /** Wide: the column dimension; default time (else the last dimension). */
  cols?: string;
  header: boolean;
}

/** Excel's sheet height less the header row. */
export const MAX_SPILL_ROWS = 1_048_575;

const LAYOUTS: Record<string, Layout> = {
  long: "long",
  tidy: "long",
  縦: "long",
  縦持ち: "long",
  wide: "wide",
  横: "wide",
  横持ち: "wide",
};

export function parseLayout(arg: Arg): Layout {
  const c = scalarOf(arg, "layout");
  if (isBlank(c) || c === 0) return "long"; // 0: a blank cell on Excel desktop
  if (typeof c === "object" && c !== null) throw c;
  const l = LAYOUTS[String(c).trim().toLowerCase()];
  if (!l) throw new AppError("DATA_BAD_LAYOUT", "bad layout", { params: { value: String(c).slice(0, 40) } });
  return l;
}

function badOption(part: string): AppError {
  return new AppError("DATA_BAD_OPTION", `bad option ${part}`, { params: { part: part.slice(0, 80) } });
}

const DIM_ID = /^[A-Za-z0-9_@.-]{1,64}$/;

function dimList(v: string, part: string): string[] {
  const list = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.some((d) => !DIM_ID.test(d))) throw badOption(part);
  return list;
}

function applyOption(o: ShapeOptions, name: string, value: string, part: string): void {
  const v = value.trim();
  const lower = v.toLowerCase();
  switch (name.trim().toLowerCase()) {
    case "labels":
      if (lower !== "label" && lower !== "code" && lower !== "both") throw badOption(part);
      o.labels = lower;
      return;
    case "lang":
      if (lower !== "ja" && lower !== "en") throw badOption(part);
      o.lang = lower;
      return;
    case "hierarchy":
      if (lower !== "none" && lower !== "level" && lower !== "indent") throw badOption(part);
      o.hierarchy = lower;
      return;
    case "rows":
      o.rows = dimList(v, part);
      return;
    case "cols":
    case "columns": {
      const l = dimList(v, part);
      if (l.length !== 1) throw badOption(part);
      o.cols = l[0];
      return;
    }
    case "header":
      if (["true", "1", "yes", "はい"].includes(lower)) o.header = true;
      else if (["false", "0", "no", "いいえ"].includes(lower)) o.header = false;
      else throw badOption(part);
      return;
    default:
      throw badOption(part);
  }
}

function cellText(c: Cell): string {
  if (typeof c === "object" && c !== null) throw c;
  return isBlank(c) || c === 0 ? "" : String(c);
}

/** The layout and options arguments → shape options. Options: `labels=code;lang=en;rows=cat01,area;cols=time`. */
export function parseShape(layout: Arg, options: Arg): ShapeOptions {
  const o: ShapeOptions = {
    layout: parseLayout(layout),
    labels: "both",
    lang: "ja",
    hierarchy: "none",
    header: true,
  };
  const m = asMatrix(options);
  for (const row of m) {
    if (row.length === 2 && !cellText(row[0]).includes("=") && cellText(row[0]).trim() !== "") {
      applyOption(o, cellText(row[0]), cellText(row[1]), `${cellText(row[0])}=${cellText(row[1])}`);
      continue;
    }
    for (const c of row) {
      for (const part of cellText(c).split(/[;&\n\r]+/)) {
        if (part.trim() === "") continue;
        const eq = part.indexOf("=");
        if (eq <= 0) throw badOption(part);
        applyOption(o, part.slice(0, eq), part.slice(eq + 1), part);
      }
    }
  }
  return o;
}

/** The spilled matrix. An empty table is #N/A (a header alone would look like a result). */
export function shapeTable(table: TidyTable, o: ShapeOptions): (string | number | null)[][] {
  if (table.rowCount === 0) {
    throw new AppError("DATA_EMPTY", "no rows", { kind: "notAvailable", params: { id: table.meta.id } });
  }
  let header: string[];
  let rows: (string | number | null)[][];
  if (o.layout === "long") {
    ({ header, rows } = toLongMatrix(table, { labels: o.labels, lang: o.lang, hierarchy: o.hierarchy }));
  } else {
    const colDim =
      o.cols ??
      (table.dimensions.find((d) => d.role === "time") ?? table.dimensions[table.dimensions.length - 1]).id;
    const rowDims =
      o.rows ??
      table.dimensions
        .map((d, k) => ({ id: d.id, k }))
        .filter(({ id, k }) => id !== colDim && new Set(table.codes[k]).size > 1)
        .map(({ id }) => id);
    const w = toWideMatrix(table, {
      rowDims,
      colDim,
      labels: o.labels,
      lang: o.lang,
      hierarchy: o.hierarchy,
      markerCells: "blank",
    });
    header = w.header;
    rows = w.rows;
  }
  if (rows.length > MAX_SPILL_ROWS) {
    throw new AppError("DATA_TOO_MANY_ROWS", "too many rows", {
      kind: "notAvailable",
      params: { rows: rows.length, max: MAX_SPILL_ROWS },
    });
  }
  const out: (string | number | null)[][] = new Array(rows.length + (o.header ? 1 : 0));
  let k = 0;
  // Text exactly as the source has it: Excel never parses a custom function's result as a formula, so a
  // guard here would only corrupt data (=A1="-" failing); cells the add-in writes are guarded in src/excel.
  if (o.header) out[k++] = header;
  for (const r of rows) out[k++] = r;
  return out;
}
