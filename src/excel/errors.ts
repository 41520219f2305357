// Excel errors become AppErrors with our codes; the Office error stays as `cause`.
import { AppError } from "../core/errors/AppError";
import type { excelJa } from "../core/errors/excel.ja";

export type ExcelErrorCode = keyof typeof excelJa;

export function excelError(
  code: ExcelErrorCode,
  message: string,
  params: Record<string, string | number> = {},
  cause?: unknown,
): AppError {
  return new AppError(code, message, { params, cause });
}

/** Office errors carry `code` (e.g. RequestPayloadSizeLimitExceeded); show it, not a stack. */
export function describeOfficeError(e: unknown): string {
  if (e instanceof AppError) return e.code;
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  return typeof code === "string" ? `${code}: ${message.slice(0, 200)}` : message.slice(0, 200);
}

export function cancelled(): AppError {
  return excelError("EXCEL_CANCELLED", "The write was cancelled before it completed.");
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}
