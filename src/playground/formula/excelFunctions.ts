// The Excel worksheet functions people combine with ours in the examples, for the playground only (real
// Excel has its own). Semantics follow Microsoft's function reference (support.microsoft.com):
// - SUM / AVERAGE / MIN / MAX: numbers in a reference count; text, logical values and empty cells in a
//   reference are ignored; typed-in arguments count logical values and numbers as text ("1"), and text
//   that is not a number is #VALUE!. Any error in an argument is the result. AVERAGE of no numbers is
//   #DIV/0!; MIN / MAX of no numbers is 0.
// - ROUND rounds half away from zero ("If num_digits is less than 0, the number is rounded to the left of
//   the decimal point"); ROUNDDOWN rounds toward zero. Both work on the 15 significant digits Excel keeps,
//   so ROUND(1.005, 2) is 1.01 as in Excel, not 1 as binary floating point would give.
// - IF(logical_test, [value_if_true], [value_if_false]): an omitted value_if_false is FALSE, an empty
//   value_if_true is 0; a number is TRUE unless 0; "TRUE"/"FALSE" text is read as a logical value. Only
//   the branch returned is evaluated (Excel short-circuits a scalar IF: a function in the other branch is
//   not called). Microsoft's IF reference does not say so; this is measured behaviour: a counting UDF by
//   Excel MVP C. Williams (fastexcel.wordpress.com, 2023-01-03) and the answer on Microsoft Tech Community
//   "AND short circuit?" (2023-05-13), both showing IF calls only the branch it returns.
// - DATE(year, month, day): a year 0–1899 is added to 1900; below 0 or from 10000 is #NUM!; months and
//   days beyond their range carry over; the serial number counts 1900-01-01 as 1 and, as Excel does for
//   Lotus compatibility, includes 1900-02-29.
import type { CellValue, ErrorResult } from "./evaluateFormula";

export type Arg = { value: CellValue | CellValue[][] | ErrorResult | null; ref: boolean };
type Result = CellValue | ErrorResult;

const err = (error: string, message?: string): ErrorResult => ({ error, ...(message ? { message } : {}) });
const isError = (v: unknown): v is ErrorResult =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;

/** The numbers an aggregate sees, or the first error. */
function numbers(args: Arg[]): number[] | ErrorResult {
  const out: number[] = [];
  for (const a of args) {
    const v = a.value;
    if (isError(v)) return v;
    if (Array.isArray(v)) {
      for (const row of v)
        for (const c of row) {
          if (typeof c === "string" && /^#/.test(c) && a.ref) return err(c);
          if (typeof c === "number") out.push(c);
          else if (!a.ref && typeof c === "boolean") out.push(c ? 1 : 0);
        }
      continue;
    }
    if (v === null || v === "") continue;
    if (typeof v === "number") out.push(v);
    else if (typeof v === "boolean") out.push(v ? 1 : 0);
    else {
      const n = Number(v.trim());
      if (v.trim() === "" || !Number.isFinite(n))
        return err("#VALUE!", `「${v}」は数値ではありません / "${v}" is not a number`);
      out.push(n);
    }
  }
  return out;
}

function scalarNumber(a: Arg | undefined, fallback?: number): number | ErrorResult {
  const v = a?.value ?? null;
  if (isError(v)) return v;
  const s = Array.isArray(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : null) : v;
  if (Array.isArray(v) && s === null) return err("#VALUE!");
  if (s === null || s === "") return fallback ?? 0;
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  const n = Number(s.trim());
  return Number.isFinite(n) && s.trim() !== ""
    ? n
    : err("#VALUE!", `「${s}」は数値ではありません / "${s}" is not a number`);
}

/** `x` scaled by 10^digits at Excel's 15 significant digits, then rounded by `round` (on the magnitude). */
function roundTo(x: number, digits: number, round: (n: number) => number): number {
  const d = Math.trunc(digits);
  const scaled = d >= 0 ? Math.abs(x) * 10 ** d : Math.abs(x) / 10 ** -d;
  const r = round(Number(scaled.toPrecision(15)));
  const back = d >= 0 ? r / 10 ** d : r * 10 ** -d;
  return x < 0 ? -back : back;
}

function toLogical(a: Arg): boolean | ErrorResult {
  const v = Array.isArray(a.value) ? a.value[0]?.[0] : a.value;
  if (isError(v)) return v;
  if (v === null || v === undefined || v === "") return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const t = String(v).trim().toUpperCase();
  if (t === "TRUE") return true;
  if (t === "FALSE") return false;
  return err("#VALUE!", `「${v}」は TRUE/FALSE ではありません / "${v}" is not TRUE or FALSE`);
}

/** Days from 1899-12-31 (serial 1 = 1900-01-01), counting Excel's 1900-02-29. */
function dateSerial(year: number, month: number, day: number): number | ErrorResult {
  let y = Math.trunc(year);
  if (y < 0 || y >= 10000) return err("#NUM!");
  if (y < 1900) y += 1900;
  const utc = Date.UTC(y, Math.trunc(month) - 1, Math.trunc(day));
  const days = Math.round((utc - Date.UTC(1899, 11, 31)) / 86_400_000);
  const serial = days >= 60 ? days + 1 : days; // after 1900-02-28 Excel has one more day
  if (serial < 0 || new Date(utc).getUTCFullYear() > 9999) return err("#NUM!");
  return serial;
}

/** ROUND / ROUNDDOWN(number, num_digits): `round` applied to the magnitude at num_digits. */
function rounding(round: (n: number) => number): Builtin {
  return {
    min: 2,
    max: 2,
    fn: ([x, d]) => {
      const a = scalarNumber(x);
      const b = scalarNumber(d);
      if (isError(a)) return a;
      if (isError(b)) return b;
      return roundTo(a, b, round);
    },
  };
}

interface Builtin {
  min: number;
  max: number;
  fn: (args: Arg[]) => Result;
}

export const EXCEL_FUNCTIONS: Record<string, Builtin> = {
  SUM: {
    min: 1,
    max: 255,
    fn: (args) => {
      const n = numbers(args);
      return isError(n) ? n : n.reduce((s, x) => s + x, 0);
    },
  },
  AVERAGE: {
    min: 1,
    max: 255,
    fn: (args) => {
      const n = numbers(args);
      if (isError(n)) return n;
      return n.length ? n.reduce((s, x) => s + x, 0) / n.length : err("#DIV/0!");
    },
  },
  MIN: {
    min: 1,
    max: 255,
    fn: (args) => {
      const n = numbers(args);
      return isError(n) ? n : n.length ? Math.min(...n) : 0;
    },
  },
  MAX: {
    min: 1,
    max: 255,
    fn: (args) => {
      const n = numbers(args);
      return isError(n) ? n : n.length ? Math.max(...n) : 0;
    },
  },
  ROUND: rounding(Math.round),
  ROUNDDOWN: rounding(Math.trunc),
  IF: {
    min: 1,
    max: 3,
    fn: ([test, whenTrue, whenFalse]) => {
      const t = toLogical(test);
      if (isError(t)) return t;
      const pick = t ? whenTrue : whenFalse;
      if (pick === undefined) return t ? 0 : false;
      const v = pick.value;
      if (v === null) return 0;
      if (Array.isArray(v)) return v.length === 1 && v[0].length === 1 ? v[0][0] : err("#VALUE!");
      return v;
    },
  },
  DATE: {
    min: 3,
    max: 3,
    fn: ([y, m, d]) => {
      const parts = [scalarNumber(y), scalarNumber(m), scalarNumber(d)];
      const bad = parts.find(isError);
      if (bad) return bad;
      return dateSerial(...(parts as [number, number, number]));
    },
  },
};
