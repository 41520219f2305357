// A getStatsData body split in two (issue 15): the envelope (RESULT, TABLE_INF, CLASS_INF, NOTE — small)
// goes through JSON.parse with DATA_INF.VALUE replaced by a random marker string, and the VALUE array
// (nearly all of the text) is left as text for TidyBuilder.writeText to read straight into columns.
//
// Why this gives the same body as JSON.parse of the whole text: the marker replaces exactly the characters
// from the array's `[` to its `]`, right after a `:`; when the envelope parses and the marker (which the
// text cannot contain: it is random) is what readStatsDataEnvelope finds as VALUE, the array stood at
// exactly that place, and once the scanner has validated it as one JSON array the whole text parses to the
// envelope with the array in the marker's place. Anything else (no such key, XML, JSONP, a BOM, a repeated
// VALUE key, bad JSON anywhere) is left to the ordinary path.
import { parseBody } from "./normalize";

export interface StatsDataText {
  readonly kind: "estat-stats-data-text";
  readonly text: string;
  /** The body parsed with the VALUE array replaced by `marker`. */
  readonly body: unknown;
  readonly marker: string;
  /** Index of the VALUE array's `[` and of the last `]` of the text (where the array must end). */
  readonly start: number;
  readonly end: number;
  /**
   * The whole text parsed the ordinary way, for when the scanner gives up. The CLI passes its own, which
   * reports malformed JSON with the file's name, line and column.
   */
  parse(): unknown;
}

export function isStatsDataText(x: unknown): x is StatsDataText {
  return typeof x === "object" && x !== null && (x as StatsDataText).kind === "estat-stats-data-text";
}

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The split body, or undefined when the text does not look like a JSON getStatsData body with a VALUE array. */
export function splitStatsDataText(
  text: string,
  parse: () => unknown = () => parseBody(text),
): StatsDataText | undefined {
  let p = 0;
  while (isJsonSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 123) return undefined;
  const key = text.indexOf('"VALUE"', p);
  if (key < 0) return undefined;
  p = key + 7;
  while (isJsonSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 58) return undefined;
  p++;
  while (isJsonSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 91) return undefined;
  const start = p;
  const end = text.lastIndexOf("]");
  if (end <= start) return undefined;
  const marker = `sme-values-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  if (text.lastIndexOf(marker, start) >= 0 || text.indexOf(marker, end) >= 0) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(`${text.slice(0, start)}"${marker}"${text.slice(end + 1)}`);
  } catch {
    return undefined;
  }
  return { kind: "estat-stats-data-text", text, body, marker, start, end, parse };
}
