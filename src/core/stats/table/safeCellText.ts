// Remote text is data. Excel (and LibreOffice, Google Sheets) read text that starts with = + - @ as a
// formula when it is typed, pasted, set through Range.values, or opened from CSV ("CSV injection", OWASP).
// Tab and CR are on OWASP's list too; the full-width forms are included because the Japanese IME turns
// ＝ into = when the cell is edited.

const GUARDED_FIRST = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/** True when `s` would be taken as a formula (or a signed number) if written to a cell as plain text. */
export function needsTextGuard(s: string): boolean {
  return s.length > 0 && GUARDED_FIRST.has(s[0]);
}

/** The invisible prefix `toSafeCellText` adds: U+200B ZERO WIDTH SPACE. */
export const TEXT_GUARD_PREFIX = "\u200B";

/**
 * A form of `s` that no spreadsheet reads as a formula, for outputs that cannot carry a cell type (CSV/TSV).
 *
 * Decision: prefix U+200B (zero width space) instead of the common apostrophe. Excel shows a CSV
 * apostrophe as a visible character (it is only a prefix when typed), whereas U+200B is invisible and
 * still makes the first character a non-formula one. The table model keeps the exact text; only writers
 * call this. Writers that can type a cell keep the exact text instead: the Excel adapter sets
 * `numberFormat "@"` on such cells before writing values, and the xlsx writer stores a string cell (exceljs
 * never turns a string into a formula). `fromSafeCellText` undoes it when reading our own CSV back.
 */
export function toSafeCellText(s: string): string {
  return needsTextGuard(s) ? TEXT_GUARD_PREFIX + s : s;
}

/** Removes the guard `toSafeCellText` added (only when the rest would need one), so CSV round-trips. */
export function fromSafeCellText(s: string): string {
  return s.startsWith(TEXT_GUARD_PREFIX) && needsTextGuard(s.slice(1)) ? s.slice(1) : s;
}
