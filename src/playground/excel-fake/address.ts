// A1 references: parse "A1", "$B$2:C10", "A:C", "3:5", "Sheet1!A1", "'My Sheet'!A1:B2"; format them back.
import type { Rect } from "./types";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "Sheet!A1" into sheet and reference; the sheet may be quoted ('It''s'!A1). */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function parsePart(part: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const cell = CELL.exec(part);
  if (cell) {
    const r = Number(cell[2]) - 1;
    const c = columnIndex(cell[1]);
    return { r0: r, c0: c, r1: r, c1: c };
  }
  const col = COLS.exec(part);
  if (col) {
    const c = columnIndex(col[1]);
    return { r0: 0, c0: c, r1: MAX_ROWS - 1, c1: c };
  }
  const row = ROWS.exec(part);
  if (row) {
    const r = Number(row[1]) - 1;
    return { r0: r, c0: 0, r1: r, c1: MAX_COLS - 1 };
  }
  return null;
}

/** Parses the reference part of an address; null when it is not a valid A1 reference. */
export function parseRef(ref: string): Rect | null {
  const parts = ref.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePart(parts[0]);
  const b = parts.length === 2 ? parsePart(parts[1]) : a;
  if (!a || !b) return null;
  const rect = {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) return null;
  return rect;
}

/** Excel quotes names with spaces or punctuation, or that read as a reference; letters of any script are fine. */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && parseRef(name) === null && !/^[RrCc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatRef(rect: Rect): string {
  const a = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${columnLetters(rect.c1)}${rect.r1 + 1}`;
}

/** "Sheet1!A1:B2", as Range.address returns it. */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRef(rect)}`;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}
export function rectCols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}
export function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}
