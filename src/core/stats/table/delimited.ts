// CSV and TSV fields: one injection policy for both (issue 13 M3), following OWASP "CSV Injection"
// (https://owasp.org/www-community/attacks/CSV_Injection): wrap every text field in double quotes, double
// every quote inside, and neutralise a field that would start a formula. Numbers stay bare numbers.
//
// Why all of it: Excel unquotes a field first (RFC 4180 §2 rules 5–7) and then reads the text as if typed,
// so quoting alone does not stop `"=HYPERLINK(…)"` — and an unquoted TSV field that starts with `"` is
// unquoted by Excel too. Quoting every text field also keeps tabs, CR and LF inside a field (no lost data,
// no shifted cells) in both formats.
//
// Neutralising: formula starts are = + - @ TAB CR (OWASP), NUL (OWASP ASVS 5.0 V1.2.10) and the full-width
// ＝＋－＠ (the Japanese IME turns them into formulas when the cell is edited); leading spaces (ASCII,
// ideographic, no-break) and line breaks are looked through. OWASP's example neutraliser is an apostrophe;
// in a CSV opened by Excel the apostrophe stays visible as part of the text, so we prefix U+200B (zero width
// space) instead (see safeCellText.ts). fromDelimitedText removes it again when our own files are read back.
import type { Cell } from "./cells";
import { TEXT_GUARD_PREFIX } from "./safeCellText";

const FORMULA_START = new Set(
  ["=", "+", "-", "@", "\t", "\r", "\0", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"].map((c) => c.charCodeAt(0)),
);
/** Looked through before a formula start: ASCII and ideographic spaces, no-break space, line feed. */
const isLeadingSpace = (code: number) => code === 0x20 || code === 0x3000 || code === 0xa0 || code === 0x0a;

/** True when a spreadsheet opening a delimited file could read `s` as a formula. */
export function startsLikeFormula(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.charCodeAt(0);
  if (FORMULA_START.has(first)) return true;
  if (!isLeadingSpace(first)) return false; // the usual case: one look at the first character
  let i = 1;
  while (i < s.length && isLeadingSpace(s.charCodeAt(i))) i++;
  return i < s.length && FORMULA_START.has(s.charCodeAt(i));
}

// A table repeats few texts (labels, codes, units) on many rows: each is quoted once. Bounded so a table
// of distinct texts cannot grow it without limit.
const quoted = new Map<string, string>();
const QUOTED_MAX = 50_000;

function quote(c: string): string {
  let q = quoted.get(c);
  if (q === undefined) {
    const s = startsLikeFormula(c) ? TEXT_GUARD_PREFIX + c : c;
    q = `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`;
    if (quoted.size >= QUOTED_MAX) quoted.clear();
    quoted.set(c, q);
  }
  return q;
}

/** One field: a number bare (non-finite → empty), null empty, text quoted and neutralised. */
export function delimitedField(c: Cell): string {
  if (c === null) return "";
  if (typeof c === "number") return Number.isFinite(c) ? String(c) : "";
  return quote(c);
}

/** One record without its line end (CRLF between records, RFC 4180 rule 1). */
export function delimitedRecord(cells: readonly Cell[], sep: "," | "\t"): string {
  let out = cells.length > 0 ? delimitedField(cells[0]) : "";
  for (let i = 1; i < cells.length; i++) out += sep + delimitedField(cells[i]);
  return out;
}

/** Undoes the neutralising prefix of a field's (unquoted) text. */
export function fromDelimitedText(s: string): string {
  return s.startsWith(TEXT_GUARD_PREFIX) && startsLikeFormula(s.slice(1)) ? s.slice(1) : s;
}
