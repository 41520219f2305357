// A1 addresses for the adapters (zero-based rows and columns inside).

export interface CellRef {
  row: number;
  col: number;
}
export interface RangeRef extends CellRef {
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B3", "$B$3", "Sheet1!B3:C4" or "'My sheet'!B3" → top-left and size; null when not an A1 cell range. */
export function parseRangeAddress(address: string): RangeRef | null {
  const ref = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? col(m[3]) : c0;
  if (r0 < 0 || r1 < 0) return null;
  return {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rows: Math.abs(r1 - r0) + 1,
    cols: Math.abs(c1 - c0) + 1,
  };
}

export function formatRange(r: RangeRef): string {
  const a = `${columnLetters(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Excel quotes names with spaces or punctuation, or that read as a reference; letters of any script are fine. */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, r: RangeRef): string {
  return `${quoteSheet(sheet)}!${formatRange(r)}`;
}
