// Names Excel accepts, made unique against what the workbook already has.

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

/**
 * The first `units` UTF-16 code units of s, never splitting a surrogate pair. Excel's 31-character limit
 * counts code units (a character outside the BMP, e.g. 𠮷, counts as two), so slicing by code points could
 * leave a name of up to 62 units that Excel rejects.
 */
function cutUnits(s: string, units: number): string {
  if (s.length <= units) return s;
  const high = s.charCodeAt(units - 1);
  return s.slice(0, high >= 0xd800 && high <= 0xdbff ? units - 1 : units);
}

/** Cutting can expose an apostrophe or space at the end; Excel rejects a name ending with an apostrophe. */
const tidyEnd = (s: string) => s.replace(/['\s]+$/u, "");

/**
 * A valid worksheet name, unique case-insensitively. Rules from Microsoft's "Rename a worksheet"
 * (support.microsoft.com/office/3f1f7148-ee83-404d-8ef0-9ff99fbad1f9): not blank, ≤ 31 characters, none
 * of \ / ? * [ ] :, not beginning or ending with an apostrophe, not "History".
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  let base = tidyEnd(
    cutUnits(
      wanted
        .replace(INVALID_SHEET_CHARS, "_")
        .replace(/^'+|'+$/g, "")
        .trim(),
      31,
    ),
  ).replace(/^'+/, "");
  if (base === "" || base.toLowerCase() === "history") base = "Data";
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = tidyEnd(cutUnits(base, 31 - suffix.length)) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A valid table name (letters, digits, _ and .; not a cell reference), unique case-insensitively. */
export function uniqueTableName(wanted: string, existing: readonly string[]): string {
  let base = wanted.replace(/[^A-Za-z0-9_.\u0080-\uffff]/g, "_").slice(0, 240);
  if (!/^[A-Za-z_\u0080-\uffff]/.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base))
    base = `T_${base}`;
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toLowerCase())) return `${base}_${n}`;
}

/**
 * The header names Excel gives a new table: a blank header becomes "Column" + its position (Column1,
 * Column2, …) and a repeated name gets a number (年, 年2, 年3), compared case-insensitively (Microsoft
 * support, "Overview of Excel tables" / "Create and format tables": default names Column1, Column2;
 * header names are unique). Writing these names ourselves means Excel renames nothing, so what we compare
 * and store later is what the sheet shows.
 */
export function excelTableHeaders(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((h, j) => {
    const shown = h.trim() === "" ? `Column${j + 1}` : h;
    let name = shown;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${shown}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
