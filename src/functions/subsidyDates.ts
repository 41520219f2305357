// Dates in the subsidy functions' arguments: `as_of` and a date given as Go-Tech's `round`.
// Excel passes a date cell as its serial number (1900 date system; see asOfFromSerial) and a
// blank as 0 (desktop) or null (web): blank means "today in Japan" (the core's clock).
import { AppError } from "../core/errors/AppError";
import { asOfFromSerial, asOfFromText, type AsOf } from "../core/subsidy/asOf";
import { Arg, isBlank, scalarOf } from "./shared/args";

/** `as_of`: an Excel date serial or ISO text; undefined (today) when blank or 0. */
export function readAsOf(arg: Arg | undefined): AsOf | undefined {
  if (arg === undefined || arg === null) return undefined;
  const c = scalarOf(arg, "as_of");
  if (isBlank(c) || c === 0) return undefined;
  if (typeof c === "number") return asOfFromSerial(c);
  if (typeof c === "boolean")
    throw new AppError("AS_OF_INVALID", "as_of is boolean", { params: { value: String(c) } });
  return asOfFromText(String(c));
}

/**
 * Go-Tech's `round`: a label (R7, 令和7年度, 2025 …) or a date. Numbers from 10000 on (1927-05-18
 * and later) are date serials; smaller numbers are labels, so 2025 stays the 2025 round.
 */
export function readRound(arg: Arg | undefined): string | AsOf | null {
  if (arg === undefined || arg === null) return null;
  const c = scalarOf(arg, "round");
  if (isBlank(c) || c === 0) return null;
  if (typeof c === "number" && c >= 10000) return asOfFromSerial(c);
  const text = String(c).trim();
  return /^\d{4}[-/]\d{1,2}[-/]\d{1,2}/.test(text) ? asOfFromText(text) : text;
}
