import type { CodeItem, DimensionMeta } from "./types";

export type LabelLang = "ja" | "en";

/** code → CodeItem for one dimension. Labels repeat across hierarchy levels, so lookups are by code only. */
export function codeIndex(dim: DimensionMeta): Map<string, CodeItem> {
  const m = new Map<string, CodeItem>();
  for (const c of dim.codes) if (!m.has(c.code)) m.set(c.code, c);
  return m;
}

/** code → position in the dimension's code list (the source's order, which is also its hierarchy order). */
export function codeOrder(dim: DimensionMeta): Map<string, number> {
  const m = new Map<string, number>();
  dim.codes.forEach((c, i) => {
    if (!m.has(c.code)) m.set(c.code, i);
  });
  return m;
}

export function itemLabel(item: CodeItem | undefined, code: string, lang: LabelLang): string {
  if (!item) return code;
  return lang === "en" ? (item.labelEn ?? item.label) : item.label;
}

export function dimensionName(dim: DimensionMeta, lang: LabelLang): string {
  return (lang === "en" ? (dim.nameEn ?? dim.name) : dim.name) || dim.id;
}

/** Full-width spaces, one per level below the top: the indentation Japanese statistical tables use. */
export function indentLabel(label: string, level: number | undefined): string {
  return level && level > 1 ? "\u3000".repeat(Math.min(level - 1, 20)) + label : label;
}
