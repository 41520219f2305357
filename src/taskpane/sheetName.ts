// Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or
// ending with an apostrophe, and not "History" (reserved by Excel).
const FORBIDDEN = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;

export function isValidSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    [...name].length <= MAX_SHEET_NAME &&
    !/[:\\/?*[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history"
  );
}

/** A valid sheet name made from a table title (e-Stat titles are long and contain ／ and ：). */
export function sheetNameFor(title: string, fallback = "Table"): string {
  const cleaned = title
    .normalize("NFKC")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  // Count code points, not UTF-16 units, so a surrogate pair is never cut in half.
  const cut = [...cleaned].slice(0, MAX_SHEET_NAME).join("").trim();
  return isValidSheetName(cut) ? cut : fallback;
}
