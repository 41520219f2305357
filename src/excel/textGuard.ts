// Writing text so Excel keeps it as text.
//
// Range.values parses strings like typed input: "=…", "+…", "-…" become formulas (@types/office-js,
// Range.values: "If the returned value starts with a plus, minus, or equal sign, Excel interprets this
// value as a formula"), "@…" is read as a formula in current Excel, and numeric or date-like text
// ("007", "2020-01", "1/2", "TRUE", "2020年1月" in ja-JP) is converted to numbers, dates or booleans.
// We prefix such strings with an apostrophe, Excel's text marker: the cell shows and returns the text
// without the apostrophe. We do not rely on numberFormat "@" instead: that it stops formula parsing
// through the API is undocumented (domain notes §2; OfficeCLI issue 410 reports it does not in one tool).
// Plain words (no digit, no special first character) are left as they are.
import type { SourceCell } from "./types";

const FORMULA_START = /^[=+\-@＝＋－]/;
const RISKY = /[0-9０-９]|^['#]|^\s|\s$/;

export function needsTextGuard(s: string): boolean {
  return FORMULA_START.test(s) || RISKY.test(s) || /^(true|false)$/i.test(s);
}

/** The value to put in Range.values for a source cell: numbers as numbers, null as blank, text guarded. */
export function toExcelValue(v: SourceCell | boolean): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v;
  return v !== "" && needsTextGuard(v) ? `'${v}` : v;
}

/**
 * "Total number of characters that a cell can contain: 32,767" (Microsoft, "Excel specifications and limits",
 * support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3), in UTF-16 code units (@types/office-js,
 * CalcErrorCellValueSubType.textOverflow: a surrogate character counts as more than one). Through the API the
 * outcome of a longer write is undocumented, so we never send one: the write stops first with a clear error.
 */
export const MAX_CELL_TEXT = 32_767;

/** The first cell of a rows×cols block whose text is longer than a cell holds (the text apostrophe not counted). */
export function findTooLongText(
  rows: number,
  cols: number,
  at: (i: number, j: number) => unknown,
): { i: number; j: number; length: number } | null {
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const v = at(i, j);
      if (typeof v !== "string" || v.length <= MAX_CELL_TEXT) continue;
      const length = v.startsWith("'") ? v.length - 1 : v.length;
      if (length > MAX_CELL_TEXT) return { i, j, length };
    }
  return null;
}
