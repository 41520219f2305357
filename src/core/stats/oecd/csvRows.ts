/**
 * Splits RFC 4180 CSV text into rows of fields. SDMX-CSV from sdmx.oecd.org uses CRLF,
 * quotes fields that hold commas (STRUCTURE_NAME, attribute texts), and one test reports a
 * UTF-8 BOM, so all three are handled. A blank last line is dropped.
 */
export function parseCsvRows(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c === '"' && field === "") {
      // Quoted field: "" inside is one quote; it ends at a lone quote.
      i++;
      let start = i;
      let quoted = "";
      for (;;) {
        const q = s.indexOf('"', i);
        if (q === -1) {
          quoted += s.slice(start);
          i = n;
          break;
        }
        if (s[q + 1] === '"') {
          quoted += s.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        quoted += s.slice(start, q);
        i = q + 1;
        break;
      }
      field = quoted;
      // Text after the closing quote up to the separator is kept (lenient).
      while (i < n && s[i] !== "," && s[i] !== "\n" && s[i] !== "\r") field += s[i++];
      continue;
    }
    if (c === ",") {
      row.push(field);
      field = "";
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += c === "\r" && s[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    // Plain run of characters up to the next separator.
    let j = i;
    while (j < n && s[j] !== "," && s[j] !== "\r" && s[j] !== "\n") j++;
    field += s.slice(i, j);
    i = j;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}
