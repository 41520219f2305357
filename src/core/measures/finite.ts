import { AppError } from "../errors/AppError";

/**
 * A computed result, or RESULT_TOO_LARGE (#NUM!, as Excel shows overflow) when
 * doubles overflowed: Excel must never receive NaN or Infinity. −0 becomes 0.
 */
export function finiteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw new AppError("RESULT_TOO_LARGE", `${what} overflowed`, { kind: "invalidNumber", params: { what } });
  }
  return value + 0;
}
