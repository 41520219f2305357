// Which round a family id means on a date, and what to tell the user about the round's 公募期間:
// the round whose 公募期間 contains the date; else the latest round published by then; else (a date
// before every round) the first round. ROUND_SELECTED says which round a family id picked;
// ROUND_CLOSED that the deadline has passed and no later round is known; ROUND_NOT_YET_OPEN that
// the date is before the round's 公募開始.
import { asOfText, currentAsOf, type AsOf } from "./asOf";
import { makeFinding, type Finding } from "./findings";
import { deadlineText, startText } from "./periodText";
import type { ProgramEntry } from "./registry";
import { isAfterDeadline, isBeforeStart, publishedOn } from "./roundStatus";

const periodOf = (e: ProgramEntry) => e.program.applicationPeriod;

/** A later round of the same family and frame has opened by `asOf`. */
export function supersededAt(e: ProgramEntry, candidates: readonly ProgramEntry[], asOf: AsOf): boolean {
  return candidates.some(
    (c) =>
      c.program.round.number > e.program.round.number &&
      publishedOn(periodOf(c), c.program.validity.from) <= asOf.date &&
      !isBeforeStart(periodOf(c), asOf),
  );
}

export function chooseRound(candidates: readonly ProgramEntry[], asOf: AsOf = currentAsOf()): ProgramEntry {
  const newestFirst = [...candidates].sort((a, b) => b.program.round.number - a.program.round.number);
  const contains = (e: ProgramEntry) => {
    const p = periodOf(e);
    if (isBeforeStart(p, asOf) || isAfterDeadline(p, asOf)) return false;
    if (p.from === null && !p.rolling) return false;
    // an unknown deadline: open until a later round opens
    return p.to !== null || p.rolling === true || !supersededAt(e, candidates, asOf);
  };
  const open = newestFirst.find(contains);
  if (open) return open;
  const published = newestFirst.find((e) => publishedOn(periodOf(e), e.program.validity.from) <= asOf.date);
  return published ?? newestFirst[newestFirst.length - 1];
}

/** The findings about the chosen round on `asOf`; `family` is set when a family id chose it. */
export function roundFindings(
  e: ProgramEntry,
  candidates: readonly ProgramEntry[],
  asOf: AsOf = currentAsOf(),
  family: string | null,
): Finding[] {
  const p = periodOf(e);
  const out: Finding[] = [];
  const when = asOfText(asOf);
  if (family !== null) {
    out.push(
      makeFinding(
        "ROUND_SELECTED",
        "info",
        { family, program: e.id, round: e.program.round.label, asOf: when },
        e.program,
        p,
      ),
    );
  }
  if (isBeforeStart(p, asOf)) {
    out.push(
      makeFinding(
        "ROUND_NOT_YET_OPEN",
        "info",
        { program: e.id, start: startText(p), asOf: when },
        e.program,
        p,
      ),
    );
  } else if (
    isAfterDeadline(p, asOf) &&
    !candidates.some((c) => c.program.round.number > e.program.round.number)
  ) {
    out.push(
      makeFinding(
        "ROUND_CLOSED",
        "info",
        { program: e.id, deadline: deadlineText(p), asOf: when },
        e.program,
        p,
      ),
    );
  }
  return out;
}
