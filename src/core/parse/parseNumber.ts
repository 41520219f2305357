/**
 * Reads numbers the way Japanese spreadsheets hold them as text: thousands
 * separators ("1,234"), full-width digits and signs ("１２３４", "－５"),
 * the accounting minus signs △ and ▲ used in 決算書, and surrounding spaces.
 * Returns null for anything else, so callers decide what "not a number" means.
 */
export function parseLenientNumber(text: string): number | null {
  let s = text.normalize("NFKC").trim();
  if (s === "") return null;
  let negative = false;
  if (/^[△▲]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/[\u2212\u2012\u2013\u2014]/g, "-");
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/.test(s) || !/\d/.test(s)) return null;
  const n = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}
