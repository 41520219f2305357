import type { Cell } from "../table/cells";
import { fromLongRows } from "../table/fromLongRows";
import type { TableIssue, TidyTable } from "../table/types";
import { ESTAT_CREDIT } from "./credit";

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) → rows of strings. A BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * getSimpleStatsData CSV (sectionHeaderFlg=2: one header row `tab_code,表章項目,…,unit,value,annotation`)
 * → tidy table. With the section header (flag 1) the rows before the lone "VALUE" line are skipped.
 * The CSV has no NOTE, so a non-numeric value ("-", "***") becomes the marker with no meaning.
 */
export function parseSimpleStatsDataCsv(text: string): { table: TidyTable; issues: TableIssue[] } {
  let rows = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ""));
  const valueLine = rows.findIndex((r) => r.length === 1 && r[0] === "VALUE");
  if (valueLine >= 0) rows = rows.slice(valueLine + 1);
  const [header, ...body] = rows;
  const { table, issues } = fromLongRows(header ?? [], body as Cell[][]);
  table.meta = { ...table.meta, source: "e-Stat", credit: ESTAT_CREDIT };
  return { table, issues };
}
