// The header a person reads above a loaded table. The machine names (time_code, unit, value, marker —
// e-Stat's CSV names, what scripts and the stored query rely on) become words in the reader's language:
// 時間軸（年次）コード, 単位, 値, 注記 / Time (code), Unit, Value, Marker. Label columns are already
// dimension names and stay as they are.
import { codeColumnName, levelColumnName, LONG_COLUMNS } from "./cells";
import { dimensionName } from "./labels";
import type { DimensionMeta } from "./types";

export type HeaderLang = "ja" | "en";

const FIXED: Record<string, Record<HeaderLang, string>> = {
  [LONG_COLUMNS.unit]: { ja: "単位", en: "Unit" },
  [LONG_COLUMNS.value]: { ja: "値", en: "Value" },
  [LONG_COLUMNS.marker]: { ja: "注記", en: "Marker" },
  [LONG_COLUMNS.markerMeaning]: { ja: "注記の意味", en: "Marker meaning" },
  [LONG_COLUMNS.annotation]: { ja: "備考", en: "Note" },
};

/** One machine column name in words, or the name itself when it is not one of ours. */
function readableName(name: string, dimensions: DimensionMeta[], lang: HeaderLang): string {
  const fixed = FIXED[name];
  if (fixed) return fixed[lang];
  for (const dim of dimensions) {
    const dimName = dimensionName(dim, lang);
    if (name === codeColumnName(dim.id)) return lang === "ja" ? `${dimName}コード` : `${dimName} (code)`;
    if (name === levelColumnName(dim.id)) return lang === "ja" ? `${dimName}の階層` : `${dimName} (level)`;
  }
  return name;
}

/**
 * `header` with our machine names in words. Excel needs a table's headers to be unique: a word that
 * repeats another header keeps its machine name in brackets ("値 (value)").
 */
export function readableHeader(header: string[], dimensions: DimensionMeta[], lang: HeaderLang): string[] {
  const words = header.map((h) => readableName(h, dimensions, lang));
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  return words.map((w, i) =>
    w !== header[i] && counts.get(w.toLowerCase())! > 1 ? `${w} (${header[i]})` : w,
  );
}

/**
 * The readable header for a refresh: columns the table had keep the words they were written with (so a
 * switch of the pane's language, or a renamed dimension, never renames a column under the user's
 * formulas); new columns get words in `lang`. Without `previous.headers` (a table loaded before headers
 * were translated) the machine names stay, as they were written.
 */
export function refreshedHeader(
  header: string[],
  dimensions: DimensionMeta[],
  lang: HeaderLang,
  previous: { columns?: string[]; headers?: string[] },
): string[] {
  if (!previous.headers) return header;
  const fresh = readableHeader(header, dimensions, lang);
  const out = header.map((h, i) => {
    const j = previous.columns?.indexOf(h) ?? -1;
    return j >= 0 && previous.headers![j] !== undefined ? previous.headers![j] : fresh[i];
  });
  // A kept word may now collide with a new column's word: the new one takes its machine name.
  const seen = new Set<string>();
  return out.map((w, i) => {
    const key = w.toLowerCase();
    const name = seen.has(key) ? `${w} (${header[i]})` : w;
    seen.add(name.toLowerCase());
    return name;
  });
}
