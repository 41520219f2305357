import type { CellModel } from "./excel-fake";

/**
 * What the playground grid shows for a cell: a small subset of Excel's number formats
 * (General, #,##0 with decimals, 0.0%, 0.000, "@"), enough to read the add-in's output.
 */
export function formatCell(cell: CellModel | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "number") return String(v);
  const fmt = cell.numberFormat ?? "General";
  const decimals = (f: string) => /\.(0+)/.exec(f)?.[1].length ?? 0;
  if (/%/.test(fmt)) return `${(v * 100).toFixed(decimals(fmt))}%`;
  if (/#,##0/.test(fmt)) {
    const d = decimals(fmt);
    return v.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  }
  if (/^0(\.0+)?$/.test(fmt)) return v.toFixed(decimals(fmt));
  // General: up to 10 significant digits, as Excel shows in a normal-width column.
  return Number.isInteger(v) && Math.abs(v) < 1e11 ? String(v) : String(Number(v.toPrecision(10)));
}
