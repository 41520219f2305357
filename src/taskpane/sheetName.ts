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

/** How far back from the 31-character limit a cut looks for a word boundary. */
const BOUNDARY_WINDOW = 8;
/** Characters a name is cut before: opening brackets, spaces, ・ and the _ e-Stat titles use as separators. */
const BOUNDARY = /[(（［【「『〈《〔<{\s・_]/u;
/** Separators and punctuation a cut name should not end with. */
const TRAILING = /[\s・_、,，.。\-–—:;]+$/u;

/**
 * The first `max` code points of `name`, cut before a bracket, space, ・ or _ when one lies in the last
 * few characters, so a name ends on a whole word ("…の業種", not "…の業種(原数"). Code points, not
 * UTF-16 units, so a surrogate pair is never cut in half.
 */
export function cutSheetName(name: string, max = MAX_SHEET_NAME): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  let end = max;
  // The character just past the limit starting a new word means the first `max` already end one.
  if (!BOUNDARY.test(chars[max])) {
    for (let i = max - 1; i >= Math.max(1, max - BOUNDARY_WINDOW); i--) {
      if (BOUNDARY.test(chars[i])) {
        end = i;
        break;
      }
    }
  }
  const cut = chars.slice(0, end).join("").replace(TRAILING, "").trim();
  return cut || chars.slice(0, max).join("").trim();
}

/**
 * A valid sheet name made from a table title (e-Stat titles are long and contain ／ and ：), cut at a
 * word boundary, and different from every name in `existing` (case-insensitively, as Excel compares):
 * "名前 (2)", "名前 (3)", … with the base cut again to leave room for the number.
 */
export function sheetNameFor(title: string, fallback = "Table", existing: readonly string[] = []): string {
  const cleaned = title
    .normalize("NFKC")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = cutSheetName(cleaned);
  const base = isValidSheetName(cut) ? cut : cutSheetName(fallback);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = cutSheetName(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
