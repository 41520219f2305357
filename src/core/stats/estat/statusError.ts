import { AppError } from "../../errors/AppError";
import { scrubSecrets } from "../http/redactUrl";

/** Which user message (and so which hint) an e-Stat RESULT.STATUS gets. Table from the manual, see
 *  domain/estat-oecd-api.md §1.10 (codes above 100 are [V3]: transcription only). */
export function statusCodeFor(status: number): string {
  if (status === 100) return "ESTAT_STATUS_AUTH";
  if (status >= 101 && status <= 105) return "ESTAT_STATUS_PARAM";
  if (status === 300) return "ESTAT_STATUS_NOT_FOUND";
  if (status === 400) return "ESTAT_STATUS_TOO_MANY";
  if ((status >= 200 && status <= 299) || status === 303 || status === 401) return "ESTAT_STATUS_SERVER";
  return "ESTAT_STATUS";
}

/**
 * RESULT.STATUS >= 100. `errorMsg` is e-Stat's ERROR_MSG verbatim (with any appId scrubbed); the user
 * message adds a hint chosen by status (100 → check the application ID). Test with
 * `e instanceof EstatStatusError` or `e.code.startsWith("ESTAT_STATUS")`.
 */
export class EstatStatusError extends AppError {
  readonly status: number;
  readonly errorMsg: string;
  readonly httpStatus?: number;

  constructor(status: number, errorMsg: string, options: { httpStatus?: number; secrets?: string[] } = {}) {
    const msg = scrubSecrets(errorMsg, options.secrets ?? []);
    super(statusCodeFor(status), `e-Stat STATUS ${status}: ${msg}`, {
      kind: status === 100 ? "invalidValue" : "notAvailable",
      params: { status, errorMsg: msg },
    });
    this.status = status;
    this.errorMsg = msg;
    this.httpStatus = options.httpStatus;
  }
}

export function isEstatStatusError(e: unknown): e is EstatStatusError {
  return e instanceof EstatStatusError;
}
