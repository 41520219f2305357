// Names Excel accepts, made unique against what the workbook already has.

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

/** A valid worksheet name (≤ 31 characters, none of \ / ? * [ ] :), unique case-insensitively. */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  let base = wanted
    .replace(INVALID_SHEET_CHARS, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "" || base.toLowerCase() === "history") base = "Data";
  base = [...base].slice(0, 31).join("");
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = [...base].slice(0, 31 - suffix.length).join("") + suffix;
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
