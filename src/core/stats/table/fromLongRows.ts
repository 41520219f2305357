import { AppError } from "../../errors/AppError";
import { parseLenientNumber } from "../../parse/parseNumber";
import { LONG_COLUMNS, type Cell } from "./cells";
import type { CodeItem, DimensionMeta, MarkerInfo, TableIssue, TableMeta, TidyTable } from "./types";

export interface FromLongOptions {
  /** Known dimensions (code lists with labels, levels). Otherwise they are built from the code/label columns. */
  dimensions?: DimensionMeta[];
  meta?: TableMeta;
}

/**
 * Reads a long matrix (as written by `toLongMatrix` with code columns, or an e-Stat style CSV) back into a
 * tidy table. Every dimension needs its `<id>_code` column: rows are joined by code, never by label,
 * because labels repeat across hierarchy levels. A label column directly after a code column fills the
 * code list's labels when no `dimensions` are given.
 */
export function fromLongRows(
  header: string[],
  rows: Cell[][],
  options: FromLongOptions = {},
): { table: TidyTable; issues: TableIssue[] } {
  const issues: TableIssue[] = [];
  const codeCols: { id: string; col: number; labelCol: number; levelCol: number }[] = [];
  header.forEach((h, col) => {
    const m = /^(.+)_code$/.exec(h);
    if (!m) return;
    const id = m[1];
    const next = header[col + 1];
    const labelCol =
      next !== undefined && !next.endsWith("_code") && !isFixedColumn(next) && next !== `${id}_level`
        ? col + 1
        : -1;
    codeCols.push({ id, col, labelCol, levelCol: header.indexOf(`${id}_level`) });
  });
  if (codeCols.length === 0) {
    throw new AppError("TABLE_BAD_LONG_ROWS", "no <dim>_code column", {
      params: { detail: "no <dimension>_code column; rows are joined by code, so export with codes" },
    });
  }
  const at = (name: string) => header.indexOf(name);
  const unitCol = at(LONG_COLUMNS.unit);
  const valueCol = at(LONG_COLUMNS.value);
  const markerCol = at(LONG_COLUMNS.marker);
  const meaningCol = at(LONG_COLUMNS.markerMeaning);
  const annotationCol = at(LONG_COLUMNS.annotation);
  if (valueCol < 0)
    throw new AppError("TABLE_BAD_LONG_ROWS", "no value column", { params: { detail: "no 'value' column" } });

  const given = new Map((options.dimensions ?? []).map((d) => [d.id, d]));
  const built = codeCols.map((c) => ({ items: new Map<string, CodeItem>(), ...c }));
  const codes: string[][] = codeCols.map(() => new Array<string>(rows.length));
  const values: (number | null)[] = new Array(rows.length);
  const markers: (string | null)[] = new Array(rows.length);
  const units: (string | null)[] = new Array(rows.length);
  const annotations: (string | null)[] | undefined = annotationCol >= 0 ? new Array(rows.length) : undefined;
  const markerMeanings = new Map<string, string>();
  const text = (v: Cell | undefined): string | null =>
    v === null || v === undefined || v === "" ? null : String(v);

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    built.forEach((b, k) => {
      const code = String(row[b.col] ?? "");
      codes[k][i] = code;
      if (!given.has(b.id) && !b.items.has(code)) {
        const label = b.labelCol >= 0 ? text(row[b.labelCol]) : null;
        const level = b.levelCol >= 0 ? Number(row[b.levelCol]) : NaN;
        b.items.set(code, {
          code,
          label: (label ?? code).replace(/^\u3000+/, ""),
          ...(Number.isFinite(level) && level > 0 ? { level } : {}),
        });
      }
    });
    const raw = row[valueCol];
    let marker = markerCol >= 0 ? text(row[markerCol]) : null;
    let value: number | null = null;
    if (typeof raw === "number") value = Number.isFinite(raw) ? raw : null;
    else if (raw !== null && raw !== undefined && raw !== "") {
      value = parseLenientNumber(String(raw));
      // e-Stat CSV has no marker column: a "-" or "***" in the value column is the marker itself
      if (value === null && marker === null) marker = String(raw);
      else if (value === null) {
        issues.push({
          code: "TABLE_BAD_VALUE",
          row: i,
          column: LONG_COLUMNS.value,
          message: `not a number: ${String(raw)}`,
        });
      }
    }
    values[i] = value;
    markers[i] = marker;
    units[i] = unitCol >= 0 ? text(row[unitCol]) : null;
    if (annotations) annotations[i] = text(row[annotationCol]);
    if (marker !== null && meaningCol >= 0) {
      const meaning = text(row[meaningCol]);
      if (meaning !== null && !markerMeanings.has(marker)) markerMeanings.set(marker, meaning);
    }
  }
  const dimensions: DimensionMeta[] = built.map(
    (b) =>
      given.get(b.id) ?? {
        id: b.id,
        name: b.labelCol >= 0 ? header[b.labelCol] : b.id,
        role: roleOf(b.id),
        codes: [...b.items.values()],
      },
  );
  const metaMarkers: MarkerInfo[] = [...markerMeanings].map(([marker, meaning]) => ({ marker, meaning }));
  const meta: TableMeta = options.meta ?? {
    source: "offline",
    id: "",
    title: "",
    fetchedAt: new Date(0).toISOString(),
    markers: metaMarkers,
  };
  const table: TidyTable = { meta, dimensions, rowCount: rows.length, codes, values, markers, units };
  if (annotations) table.annotations = annotations;
  return { table, issues };
}

function isFixedColumn(name: string): boolean {
  return (Object.values(LONG_COLUMNS) as string[]).includes(name);
}

function roleOf(id: string): DimensionMeta["role"] {
  if (id === "tab") return "tab";
  if (id === "time" || id === "TIME_PERIOD") return "time";
  if (id === "area" || id === "REF_AREA") return "area";
  if (/^cat\d\d$/.test(id)) return "category";
  return "other";
}
