import { AppError } from "../../core/errors/AppError";
import { bilingualMessage, describeError } from "../../core/errors/messages";
import { noteInvocation } from "./runtimeProbe";

type Scalar = number | string | boolean;

const codeOf: Record<AppError["kind"], CustomFunctions.ErrorCode> = {
  invalidValue: "#VALUE!" as CustomFunctions.ErrorCode,
  notAvailable: "#N/A" as CustomFunctions.ErrorCode,
  divisionByZero: "#DIV/0!" as CustomFunctions.ErrorCode,
  invalidNumber: "#NUM!" as CustomFunctions.ErrorCode,
};

/**
 * An Excel error for any thrown value. Excel shows custom messages only for
 * #VALUE! and #N/A, so other codes are created without one. Anything that is
 * not an AppError is a bug of ours: it becomes #VALUE! with the detail, never
 * an unhandled exception.
 */
export function toCustomFunctionError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (e instanceof AppError) {
    const code = codeOf[e.kind];
    const withMessage = e.kind === "invalidValue" || e.kind === "notAvailable";
    return withMessage
      ? new CustomFunctions.Error(code, bilingualMessage(e.code, e.params))
      : new CustomFunctions.Error(code);
  }
  return new CustomFunctions.Error(codeOf.invalidValue, describeError(e));
}

function cellOut(v: unknown): Scalar | CustomFunctions.Error {
  // Numbers first: a spilled range of results is mostly numbers.
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : new CustomFunctions.Error("#NUM!" as CustomFunctions.ErrorCode);
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof AppError || v instanceof Error) return toCustomFunctionError(v);
  if (v === null || v === undefined) return ""; // null would show as 0 (office-js#1503)
  return v as Scalar;
}

/**
 * The value a matrix-returning custom function hands to Excel. A 1×1 error is
 * thrown so the cell shows the error with its message; larger results keep
 * per-cell errors in place.
 */
export function toExcelMatrix(m: unknown[][]): (Scalar | CustomFunctions.Error)[][] {
  if (m.length === 1 && m[0].length === 1) {
    const v = cellOut(m[0][0]);
    if (v instanceof CustomFunctions.Error) throw v;
    return [[v]];
  }
  // Copy on write: a row of plain finite numbers, text and booleans (the usual result) is handed to
  // Excel as it is, so a 100,000-row result is not allocated a second time.
  let out: (Scalar | CustomFunctions.Error)[][] | null = null;
  for (let r = 0; r < m.length; r++) {
    const row = m[r];
    let converted: (Scalar | CustomFunctions.Error)[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isPlain(v)) continue;
      converted ??= row.slice() as (Scalar | CustomFunctions.Error)[];
      converted[c] = cellOut(v);
    }
    if (converted !== null) {
      out ??= m.slice() as (Scalar | CustomFunctions.Error)[][];
      out[r] = converted;
    }
  }
  return out ?? (m as (Scalar | CustomFunctions.Error)[][]);
}

function isPlain(v: unknown): boolean {
  return (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean";
}

/** Runs a custom function body and turns every failure into a CustomFunctions.Error. */
export function guard<T>(body: () => T): T {
  noteInvocation();
  try {
    return body();
  } catch (e) {
    throw toCustomFunctionError(e);
  }
}

/** The async form of guard, for functions that fetch. */
export async function guardAsync<T>(body: () => Promise<T>): Promise<T> {
  noteInvocation();
  try {
    return await body();
  } catch (e) {
    throw toCustomFunctionError(e);
  }
}
