/** An offset in minutes east of UTC as "UTC+09:00" / "UTC-05:00" / "UTC+05:30". */
export function utcOffset(offset: number): string {
  const m = Math.abs(offset);
  const hh = String(Math.floor(m / 60)).padStart(2, "0");
  const mm = String(m % 60).padStart(2, "0");
  return `UTC${offset < 0 ? "-" : "+"}${hh}:${mm}`;
}

/**
 * An ISO time with a time of day ("2026-12-07T04:24:17.785Z") as the wall clock at `offsetMinutes` east of
 * UTC (default: this machine's offset at that time): `clock` is read with its getUTC* methods. Undefined
 * for anything else (a plain date, "2024-09", text), which callers show as the source wrote it.
 */
export function wallClock(iso: string, offsetMinutes?: number): { clock: Date; offset: number } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return undefined;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  const offset = offsetMinutes ?? -new Date(t).getTimezoneOffset();
  return { clock: new Date(t + offset * 60_000), offset };
}
