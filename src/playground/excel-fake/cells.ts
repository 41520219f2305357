// How Excel reads what is written to Range.values / formulas, and how a value displays (Range.text).
import { invalidArgument } from "./errors";
import type { CellModel, CellValue } from "./types";

export type CellInput =
  | { kind: "skip" }
  | { kind: "blank" }
  | { kind: "value"; value: CellValue; textPrefix?: boolean }
  | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Excel parses strings written through Range.values like typed input: "=…" is a formula,
 * "+…"/"-…"/"@…" that are not numbers become formulas too (the Range.values docs: "If the returned value
 * starts with a plus, minus, or equal sign, Excel interprets this value as a formula"), numeric text
 * becomes a number, TRUE/FALSE become booleans, and a leading apostrophe marks text (the apostrophe
 * is not part of the value). null leaves the cell unchanged. Date-like text ("2020-01", "1/2") is also
 * converted by real Excel; the fake does not model dates, so adapters must guard such text themselves.
 * The text number format "@" is deliberately not honoured: that it stops formula parsing through the
 * API is undocumented (see domain notes §2), so code must not rely on it.
 */
export function interpretInput(x: unknown): CellInput {
  if (x === null || x === undefined) return { kind: "skip" };
  if (x === "") return { kind: "blank" };
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw invalidArgument(`Cannot write the number ${x} to a cell.`);
    return { kind: "value", value: x };
  }
  if (typeof x === "boolean") return { kind: "value", value: x };
  if (typeof x !== "string") throw invalidArgument(`Cannot write a value of type ${typeof x} to a cell.`);
  if (x.startsWith("'")) return { kind: "value", value: x.slice(1), textPrefix: true };
  if (x.startsWith("=") && x.length > 1) return { kind: "formula", formula: x };
  const trimmed = x.trim();
  if (NUMBER.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toUpperCase() === "TRUE" };
  if (/^[+\-@]/.test(x) && x.length > 1) return { kind: "formula", formula: `=${x}` };
  return { kind: "value", value: x };
}

export function isEmptyCell(cell: CellModel | undefined): boolean {
  return cell === undefined || (cell.value === "" && cell.formula === undefined);
}

export function hasFormat(cell: CellModel | undefined): boolean {
  if (cell === undefined) return false;
  return (
    (cell.numberFormat !== undefined && cell.numberFormat !== "General") ||
    cell.bold !== undefined ||
    cell.italic !== undefined ||
    cell.fontColor !== undefined ||
    cell.fillColor !== undefined ||
    cell.horizontalAlignment !== undefined ||
    cell.wrapText !== undefined
  );
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function valueType(cell: CellModel | undefined): ValueType {
  if (cell === undefined || cell.value === "") return "Empty";
  if (
    cell.errorMessage !== undefined ||
    (typeof cell.value === "string" && isErrorCode(cell.value) && cell.formula)
  )
    return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

export function isErrorCode(s: string): boolean {
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|BUSY!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/.test(
    s,
  );
}

const SIMPLE_FORMAT = /^(#,##)?0(\.(0+))?(%)?$/;

/** Range.text: the value as displayed. Handles General, "@" and simple 0 / #,##0.00 / 0.0% formats. */
export function displayText(cell: CellModel | undefined): string {
  if (cell === undefined) return "";
  const v = cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = cell.numberFormat ?? "General";
  const m = SIMPLE_FORMAT.exec(fmt);
  if (m) {
    const decimals = m[3]?.length ?? 0;
    const scaled = m[4] ? v * 100 : v;
    const s = scaled.toLocaleString("en-US", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: m[1] !== undefined,
    });
    return m[4] ? `${s}%` : s;
  }
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(10)));
}
