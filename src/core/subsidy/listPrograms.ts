// The known programmes, one row per (round, frame), for SME.PROGRAMS and the task pane's picker.
import { AppError } from "../errors/AppError";
import { currentAsOf, type AsOf } from "./asOf";
import { deadlineText, periodText, startText } from "./periodText";
import { ROUND_STATUS_LABEL, roundStatus, type RoundStatus } from "./roundStatus";
import { chooseRound, supersededAt } from "./selectRound";
import { formatSource, resolveSource, type RuleMeta } from "./findings";
import { normalizeKey } from "./normalize";
import { allEntries, roundsOf, statusesIn, weakestStatus } from "./registry";
import type { Status } from "./schema";

export interface ProgramSummary {
  /** What SME.GRANT / SME.GOTECH accept, e.g. MONO-19:高付加価値化枠. */
  id: string;
  kind: "capped" | "gotech";
  nameJa: string;
  nameEn: string;
  round: string;
  /** The family id of this round's frame, e.g. SHORYOKU:一般型 (what resolves by date). */
  familyId: string;
  /** True for the round the family id picks on `asOf`. */
  current: boolean;
  frame: string;
  frameNameJa: string;
  /** 「2025-02-14〜2025-04-25 17:00」; 「未確認」 where a date was not found (JST). */
  period: string;
  /** 公募開始 「2026-11-05」 (with 「 HH:MM」 when the 公募要領 gives a time), or 「未確認」. */
  start: string;
  /** 申請締切 「2026-12-15 17:00」, 「随時受付」 or 「未確認」. */
  deadline: string;
  /** Where `asOf` stands in the 公募期間. */
  roundStatus: RoundStatus;
  /** 受付中 / 締切済 / 公募前 / 未確認. */
  roundStatusJa: string;
  latest: boolean;
  source: string;
  /** The weakest status among the frame's rules: "verified" only when every rule is. */
  status: Status;
}

/** The programmes, with each round's status on `asOf` (default: now in Japan). */
export function listPrograms(filter: string | null = null, asOf: AsOf = currentAsOf()): ProgramSummary[] {
  const rows = allEntries().map((e): ProgramSummary => {
    const p = e.program;
    const frame = p.frames.find((f) => f.id === e.frameId)!;
    const main =
      p.kind === "capped" ? (frame as { cap: RuleMeta }).cap : (frame as { perYearCap: RuleMeta }).perYearCap;
    const rounds = roundsOf(p.family, e.frameId);
    const status = roundStatus(p.applicationPeriod, asOf, supersededAt(e, rounds, asOf));
    return {
      id: e.id,
      kind: p.kind,
      nameJa: p.nameJa,
      nameEn: p.nameEn,
      round: p.round.label,
      familyId: `${p.family}:${frame.id}`,
      current: chooseRound(rounds, asOf).id === e.id,
      frame: frame.id,
      frameNameJa: frame.nameJa,
      period: periodText(p.applicationPeriod),
      start: startText(p.applicationPeriod),
      deadline: deadlineText(p.applicationPeriod),
      roundStatus: status,
      roundStatusJa: ROUND_STATUS_LABEL[status].ja,
      latest: e.latest,
      source: formatSource(resolveSource(p, main.source, main.status)),
      status: weakestStatus([
        ...statusesIn(frame),
        p.applicationPeriod.status,
        ...(p.kind === "gotech"
          ? statusesIn([p.participantTypes, p.checks, p.settings, p.projectYears])
          : []),
      ]),
    };
  });
  if (filter === null || filter.trim() === "") return rows;
  const key = normalizeKey(filter);
  const hits = rows.filter((r) =>
    [r.id, r.nameJa, r.nameEn, r.round, r.frame, r.frameNameJa].some((t) => normalizeKey(t).includes(key)),
  );
  if (hits.length === 0)
    throw new AppError("PROGRAM_FILTER_NO_MATCH", `no programme matches ${filter}`, {
      kind: "notAvailable",
      params: { value: filter },
    });
  return hits;
}
