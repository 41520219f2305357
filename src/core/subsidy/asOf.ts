// The date (and optional time) a calculation is "as of", in Japan time: the 公募要領 give their
// deadlines in JST (「12月15日（月）17:00締切」), so "today" is the calendar day in Asia/Tokyo
// (UTC+9, no daylight saving), whatever the computer's own time zone.
import { AppError } from "../errors/AppError";

export interface AsOf {
  /** YYYY-MM-DD (JST). */
  date: string;
  /** HH:MM (JST) when known: from the clock or a serial with a time part; absent for a plain date. */
  time?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Now, in Japan time, from a clock reading (ms since the epoch). */
export function asOfFromClock(nowMs: number): AsOf {
  const d = new Date(nowMs + 9 * 3600_000);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

function invalid(value: string | number): AppError {
  return new AppError("AS_OF_INVALID", `not a date: ${value}`, { params: { value: String(value) } });
}

/**
 * An Excel date serial in the 1900 date system, as Excel shows it. Excel counts 1900-02-29, a day
 * that does not exist (serial 60), to stay compatible with Lotus 1-2-3 ("Excel incorrectly assumes
 * that the year 1900 is a leap year", Microsoft Learn, support article 214326 / "Date systems in
 * Excel"): serials 1–59 are 1900-01-01…1900-02-28, 61 onwards are day 61 = 1900-03-01, so from 61 the
 * date is 1899-12-30 + serial days. Serial 60 has no real date and is refused. The fraction is the
 * time of day. The 1904 date system (old Mac workbooks) is not handled: such workbooks must pass ISO text.
 */
export function asOfFromSerial(serial: number): AsOf {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466 || serial === 60) throw invalid(serial);
  const day = Math.floor(serial);
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + day * 86_400_000);
  const minutes = Math.round((serial - day) * 1440);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (serial === day) return { date };
  const m = Math.min(minutes, 1439);
  return { date, time: `${pad(Math.floor(m / 60))}:${pad(m % 60)}` };
}

/** ISO text: 2025-10-01, 2025/10/01, or 2025-10-01 17:00 / 2025-10-01T17:00 (JST). */
export function asOfFromText(text: string): AsOf {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?\s*$/.exec(text);
  if (!m) throw invalid(text);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    throw invalid(text);
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return { date };
  const [h, mi] = [Number(m[4]), Number(m[5])];
  if (h > 23 || mi > 59) throw invalid(text);
  return { date, time: `${pad(h)}:${pad(mi)}` };
}

/** "2025-10-01" or "2025-10-01 17:00", for messages. */
export function asOfText(a: AsOf): string {
  return a.time ? `${a.date} ${a.time}` : a.date;
}

let clock: () => number = () => Date.now();

/** Today (and now) in Japan time, from the injectable clock. */
export function currentAsOf(): AsOf {
  return asOfFromClock(clock());
}

/** Tests set a fixed clock (ms since the epoch); call with no argument to restore the real one. */
export function setClock(now?: () => number): void {
  clock = now ?? (() => Date.now());
}
