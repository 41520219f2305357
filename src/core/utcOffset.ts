/** An offset in minutes east of UTC as "UTC+09:00" / "UTC-05:00" / "UTC+05:30". */
export function utcOffset(offset: number): string {
  const m = Math.abs(offset);
  const hh = String(Math.floor(m / 60)).padStart(2, "0");
  const mm = String(m % 60).padStart(2, "0");
  return `UTC${offset < 0 ? "-" : "+"}${hh}:${mm}`;
}
