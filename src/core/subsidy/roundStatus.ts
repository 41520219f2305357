// Where a date stands in a round's 公募期間 (JST). A date without a time compares by day: the
// deadline day counts as open all day; with a time (the clock, or a serial with a fraction),
// a deadline at 17:00 is closed at 17:01. A missing time means 00:00 for the start, 23:59 for
// the deadline.
import type { AsOf } from "./asOf";
import type { ApplicationPeriod } from "./schema";

/** open 受付中, closed 締切済, upcoming 公募前, unknown 未確認 (a date needed for the answer is not known). */
export type RoundStatus = "open" | "closed" | "upcoming" | "unknown";

export const ROUND_STATUS_LABEL: Record<RoundStatus, { ja: string; en: string }> = {
  open: { ja: "受付中", en: "open" },
  closed: { ja: "締切済", en: "closed" },
  upcoming: { ja: "公募前", en: "not yet open" },
  unknown: { ja: "未確認", en: "unknown" },
};

function cmp(a: AsOf, date: string, time: string): number {
  if (a.time === undefined) return a.date < date ? -1 : a.date > date ? 1 : 0;
  const x = `${a.date}T${a.time}`;
  const y = `${date}T${time}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isBeforeStart(p: ApplicationPeriod, a: AsOf): boolean {
  return p.from !== null && cmp(a, p.from, p.fromTime ?? "00:00") < 0;
}

export function isAfterDeadline(p: ApplicationPeriod, a: AsOf): boolean {
  return p.to !== null && cmp(a, p.to, p.toTime ?? "23:59") > 0;
}

/** The day the round became known: the 公募要領's publication, else its opening. */
export function publishedOn(p: ApplicationPeriod, validFrom: string): string {
  return p.published ?? p.from ?? validFrom;
}

/**
 * The status of a round on a date. `superseded`: a later round of the same family and frame has
 * opened by then (a round with an unknown deadline is then taken as closed).
 */
export function roundStatus(p: ApplicationPeriod, a: AsOf, superseded = false): RoundStatus {
  if (isBeforeStart(p, a)) return "upcoming";
  if (isAfterDeadline(p, a)) return "closed";
  if (p.to !== null) return p.from !== null ? "open" : "unknown";
  if (superseded) return "closed";
  return p.rolling ? "open" : "unknown";
}
