/**
 * The one error base of the product. `code` selects the user-facing text in
 * messages.ja.ts / messages.en.ts; `message` is English for developers.
 * `kind` says which Excel error a custom function should show for it.
 */
export type ErrorKind = "invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber";

export interface AppErrorOptions {
  kind?: ErrorKind;
  /** Values substituted into `{name}` placeholders of the user message. */
  params?: Record<string, string | number>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly params: Record<string, string | number>;

  constructor(code: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.kind = options.kind ?? "invalidValue";
    this.params = options.params ?? {};
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
