/**
 * The form names are compared in: NFKC (full-width letters, digits and
 * brackets become half-width, half-width katakana become full-width), no
 * spaces, no 。, lower case. So 「ゴム製品製造業（…を除く。）」, "Retail " and
 * "ｓｅｒｖｉｃｅｓ" match the table's spelling.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s。]/g, "")
    .toLowerCase();
}
