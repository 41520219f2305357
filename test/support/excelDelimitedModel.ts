// How Excel reads a CSV/TSV file, modelled from documented rules, to test what our writers produce.
//
// 1. Splitting into records and fields: RFC 4180 §2 (https://www.rfc-editor.org/rfc/rfc4180#section-2):
//    records end with CRLF (Excel also accepts a bare LF/CR); a field may be enclosed in double quotes
//    (rule 5); a quoted field may hold the delimiter, CR and LF (rule 6); a double quote inside a quoted
//    field is written twice (rule 7). Excel applies the same rules with TAB as the delimiter when it opens a
//    tab-separated file (Text Import: "Delimited", text qualifier `"`, the default). Excel's known
//    leniencies are modelled too: a quote in the middle of an unquoted field is a literal character, and
//    characters after a closing quote are appended to the field.
// 2. What a field becomes: the unquoted text is then entered as if typed into a General cell, so text
//    that begins with `=`, `+`, `-` or `@` is taken as a formula (OWASP "CSV Injection",
//    https://owasp.org/www-community/attacks/CSV_Injection — which also lists TAB and CR as leading
//    characters to neutralise, and ASVS 5.0 V1.2.10 adds NUL), whether or not the field was quoted.
//    Full-width ＝＋－＠ are included because the Japanese IME converts them when the cell is edited.
//    A field that reads as a decimal number is a number.

export type ExcelCell =
  | { kind: "formula"; text: string }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "blank" };

export function splitDelimited(text: string, sep: "," | "\t"): string[][] {
  const s = text.replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = s.length;
  if (n === 0) return records;
  for (;;) {
    let field = "";
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) break; // unterminated: Excel takes the rest of the file
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += s[i++];
      }
      // characters after the closing quote are appended (Excel leniency)
      while (i < n && s[i] !== sep && s[i] !== "\r" && s[i] !== "\n") field += s[i++];
    } else {
      while (i < n && s[i] !== sep && s[i] !== "\r" && s[i] !== "\n") field += s[i++];
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      return records;
    }
    if (s[i] === sep) {
      i++;
      continue;
    }
    // end of record
    if (s[i] === "\r" && s[i + 1] === "\n") i += 2;
    else i++;
    records.push(record);
    record = [];
    if (i >= n) return records;
  }
}

const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "\0", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/** What Excel makes of one (already unquoted) field. Leading spaces are skipped before the check. */
export function excelCellOf(field: string): ExcelCell {
  if (field === "") return { kind: "blank" };
  const t = field.replace(/^[ \u3000\u00A0\n]+/, "");
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(field)) return { kind: "number", value: Number(field) };
  if (t.length > 0 && FORMULA_START.has(t[0])) return { kind: "formula", text: field };
  return { kind: "text", text: field };
}

export function readAsExcel(text: string, sep: "," | "\t"): ExcelCell[][] {
  return splitDelimited(text, sep).map((r) => r.map(excelCellOf));
}
