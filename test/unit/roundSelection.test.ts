// Round selection on the real programme files: for each family, the day before, on and after each
// 公募開始 (or publication of the 公募要領) and 締切 → the round a family id picks and the findings about
// its 公募期間 (ROUND_SELECTED, which every family id gets, is left out). Dates are JST; a date without
// a time counts the whole day, so a 17:00 deadline is still open on its day and closed at 17:01.
// The periods are those of data/programs (docs/research/rounds-2026-12.md says where each was read).
import { asOfFromText } from "../../src/core/subsidy/asOf";
import { resolveProgram } from "../../src/core/subsidy/registry";

const pick = (id: string, when: string): [string, string] => {
  const e = resolveProgram(id, asOfFromText(when));
  const codes = e.roundFindings.map((f) => f.code).filter((c) => c !== "ROUND_SELECTED");
  return [e.program.code, codes.join(",")];
};

type Row = [when: string, code: string, findings: string, why: string];

const families: [string, Row[]][] = [
  [
    "MONO:高付加価値化枠",
    [
      ["2025-02-13", "MONO-19", "ROUND_NOT_YET_OPEN", "before every round: the first"],
      ["2025-02-14", "MONO-19", "ROUND_NOT_YET_OPEN", "第19次 公募要領 published; 電子申請 from 04-11 17:00"],
      ["2025-04-11 16:59", "MONO-19", "ROUND_NOT_YET_OPEN", "one minute before 受付開始"],
      ["2025-04-11 17:00", "MONO-19", "", "受付開始"],
      ["2025-04-25", "MONO-19", "", "締切日 (第20次 published the same day, not open)"],
      ["2025-04-25 17:01", "MONO-20", "ROUND_NOT_YET_OPEN", "19 closed, 20 published"],
      ["2025-07-01 17:00", "MONO-20", "", "第20次 受付開始"],
      ["2025-07-25 17:00", "MONO-20", "", "第20次 締切"],
      ["2025-07-26", "MONO-21", "ROUND_NOT_YET_OPEN", "第21次 published 07-25"],
      ["2025-10-03 17:00", "MONO-21", "", "第21次 受付開始"],
      ["2025-10-24", "MONO-21", "", "第21次 締切日"],
      ["2025-10-25", "MONO-22", "ROUND_NOT_YET_OPEN", "第22次 published 10-24"],
      ["2025-12-26 17:00", "MONO-22", "", "第22次 受付開始"],
      ["2026-01-30 17:00", "MONO-22", "", "第22次 締切"],
      ["2026-01-31", "MONO-22", "", "closed; 第23次 not yet published, a later round is known"],
      ["2026-02-06", "MONO-23", "ROUND_NOT_YET_OPEN", "第23次 published"],
      ["2026-04-03 17:00", "MONO-23", "", "第23次 受付開始"],
      ["2026-05-08 17:00", "MONO-23", "", "第23次 締切"],
      ["2026-05-08 17:01", "MONO-23", "ROUND_CLOSED", "the last round known"],
      ["2026-12-07", "MONO-23", "ROUND_CLOSED", "today"],
    ],
  ],
  [
    "SHORYOKU:一般型",
    [
      ["2025-01-29", "SHORYOKU-1", "", "before every round: the first (its 受付開始 is not known)"],
      ["2025-03-31", "SHORYOKU-1", "", "第1回 締切日"],
      ["2025-04-01", "SHORYOKU-1", "", "closed; 第2回 not yet published"],
      ["2025-04-14", "SHORYOKU-1", "", "the day before 第2回 公募開始"],
      ["2025-04-15", "SHORYOKU-2", "ROUND_NOT_YET_OPEN", "第2回 published; 受付 from 04-25"],
      ["2025-04-25", "SHORYOKU-2", "", "第2回 受付開始"],
      ["2025-05-30", "SHORYOKU-2", "", "第2回 締切日"],
      ["2025-06-26", "SHORYOKU-2", "", "closed; 第3回 published the next day"],
      ["2025-06-27", "SHORYOKU-3", "ROUND_NOT_YET_OPEN", "第3回 published"],
      ["2025-08-04", "SHORYOKU-3", "", "第3回 受付開始"],
      ["2025-08-29 17:01", "SHORYOKU-3", "", "closed; later rounds known"],
      ["2025-09-19", "SHORYOKU-4", "", "第4回 published (its 受付 dates are not known)"],
      ["2025-12-18", "SHORYOKU-4", "", "the day before 第5回 is published"],
      ["2025-12-19", "SHORYOKU-5", "ROUND_NOT_YET_OPEN", "第5回 published; 受付 from 2026-02-02"],
      ["2026-02-01", "SHORYOKU-5", "ROUND_NOT_YET_OPEN", "the day before 受付開始"],
      ["2026-02-02", "SHORYOKU-5", "", "第5回 受付開始"],
      ["2026-02-27 17:00", "SHORYOKU-5", "", "第5回 締切"],
      ["2026-02-27 17:01", "SHORYOKU-5", "", "closed; 第6回 known"],
      ["2026-03-25", "SHORYOKU-5", "", "the day before 第6回's documents are known to be out"],
      ["2026-03-26", "SHORYOKU-6", "", "第6回 documents out (its 受付 dates are not known)"],
      ["2026-06-04", "SHORYOKU-6", "", "the day before 第7回 is published"],
      ["2026-06-05", "SHORYOKU-7", "", "第7回 published (its 受付開始 day is not known)"],
      ["2026-07-31 17:00", "SHORYOKU-7", "", "第7回 締切"],
      ["2026-07-31 17:01", "SHORYOKU-7", "", "closed; 第8回 known"],
      ["2026-08-17", "SHORYOKU-7", "", "the day before 第8回 公募開始"],
      ["2026-08-18", "SHORYOKU-8", "ROUND_NOT_YET_OPEN", "第8回 published; 受付 from 09-18"],
      ["2026-09-17", "SHORYOKU-8", "ROUND_NOT_YET_OPEN", "the day before 受付開始"],
      ["2026-09-18", "SHORYOKU-8", "", "第8回 受付開始"],
      ["2026-10-16 17:00", "SHORYOKU-8", "", "第8回 締切"],
      ["2026-10-16 17:01", "SHORYOKU-8", "ROUND_CLOSED", "the last round known"],
      ["2026-12-07", "SHORYOKU-8", "ROUND_CLOSED", "today"],
    ],
  ],
  [
    "SHORYOKU:カタログ注文型",
    [
      ["2025-06-01", "SHORYOKU-CAT-1", "", "随時受付 before the revision"],
      ["2026-03-16 17:00", "SHORYOKU-CAT-1", "", "last application time before the revision"],
      ["2026-03-17", "SHORYOKU-CAT-1", "", "closed for the revision; the revised round is known"],
      ["2026-03-18", "SHORYOKU-CAT-1", "", "the day before 改定後申請開始"],
      ["2026-03-19", "SHORYOKU-CAT-2", "", "改定後申請開始"],
      ["2026-12-07", "SHORYOKU-CAT-2", "", "today: rolling, open"],
    ],
  ],
  [
    "JIZOKU:通常枠",
    [
      ["2025-04-30", "JIZOKU-17", "ROUND_NOT_YET_OPEN", "the day before 第17回 受付開始"],
      ["2025-05-01", "JIZOKU-17", "", "第17回 受付開始"],
      ["2025-06-13 17:00", "JIZOKU-17", "", "第17回 締切"],
      ["2025-06-14", "JIZOKU-17", "", "closed; 第18回 published 06-30"],
      ["2025-06-30", "JIZOKU-18", "ROUND_NOT_YET_OPEN", "第18回 published; 受付 from 10-03"],
      ["2025-10-02", "JIZOKU-18", "ROUND_NOT_YET_OPEN", "the day before 受付開始"],
      ["2025-10-03", "JIZOKU-18", "", "第18回 受付開始"],
      ["2025-11-28", "JIZOKU-18", "", "第18回 締切日"],
      ["2025-11-29", "JIZOKU-18", "", "closed; later rounds known"],
      ["2026-01-28", "JIZOKU-19", "ROUND_NOT_YET_OPEN", "第19回 published; 受付 from 03-06"],
      ["2026-03-06", "JIZOKU-19", "", "第19回 受付開始"],
      ["2026-04-30 17:01", "JIZOKU-19", "", "closed; 第20回 known"],
      ["2026-05-26", "JIZOKU-19", "", "the day before 第20回 公募要領"],
      ["2026-05-27", "JIZOKU-20", "ROUND_NOT_YET_OPEN", "第20回 公募要領 published; 受付 from 11-05"],
      ["2026-11-04", "JIZOKU-20", "ROUND_NOT_YET_OPEN", "the day before 第20回 受付開始"],
      ["2026-11-05", "JIZOKU-20", "", "第20回 受付開始"],
      ["2026-12-07", "JIZOKU-20", "", "today: open"],
      ["2026-12-15", "JIZOKU-20", "", "締切日 (a date without a time: the whole day)"],
      ["2026-12-15 17:00", "JIZOKU-20", "", "第20回 締切 17:00"],
      ["2026-12-15 17:01", "JIZOKU-20", "ROUND_CLOSED", "one minute after the deadline"],
      ["2026-12-16", "JIZOKU-20", "ROUND_CLOSED", "the day after"],
    ],
  ],
  [
    "JIZOKU:創業型",
    [
      ["2025-05-01", "JIZOKU-SOGYO-1", "", "創業型 第1回 受付開始"],
      ["2025-06-30", "JIZOKU-SOGYO-2", "", "第2回 公募要領 published (its window is not known)"],
      ["2026-01-28", "JIZOKU-SOGYO-3", "ROUND_NOT_YET_OPEN", "第3回 published"],
      ["2026-04-30 17:00", "JIZOKU-SOGYO-3", "", "第3回 締切"],
      [
        "2026-11-04",
        "JIZOKU-SOGYO-3",
        "",
        "closed; 第4回 known but, its publication date not found, it counts from its opening",
      ],
      ["2026-11-05", "JIZOKU-SOGYO-4", "", "第4回 受付開始 (as 一般型 第20回)"],
      ["2026-12-07", "JIZOKU-SOGYO-4", "", "today: open"],
      ["2026-12-15 17:01", "JIZOKU-SOGYO-4", "ROUND_CLOSED", "after its 17:00 deadline"],
    ],
  ],
  [
    "SHINMONO:革新的新製品・サービス枠",
    [
      ["2026-06-29", "SHINMONO-1", "ROUND_NOT_YET_OPEN", "before every round: the first"],
      ["2026-06-30", "SHINMONO-1", "ROUND_NOT_YET_OPEN", "第1回 公募要領 published; 受付 from 09-30"],
      ["2026-09-29", "SHINMONO-1", "ROUND_NOT_YET_OPEN", "the day before 受付開始"],
      ["2026-09-30", "SHINMONO-1", "", "第1回 受付開始"],
      ["2026-10-30 18:00", "SHINMONO-1", "", "第1回 締切 18:00"],
      ["2026-10-30 18:01", "SHINMONO-1", "ROUND_CLOSED", "the last round known"],
      ["2026-12-07", "SHINMONO-1", "ROUND_CLOSED", "today"],
    ],
  ],
  [
    "新事業進出・ものづくり補助金:新事業進出枠",
    [
      ["2026-10-01", "SHINMONO-1", "", "the issue's name for the programme, another frame"],
      ["2026-12-07", "SHINMONO-1", "ROUND_CLOSED", "today"],
    ],
  ],
  [
    "GOTECH:通常枠",
    [
      ["2025-02-16", "GOTECH-R6", "", "R6 closed, R7 opens the next day"],
      ["2025-02-17", "GOTECH-R7", "", "R7 公募開始"],
      ["2025-04-23 17:00", "GOTECH-R7", "", "R7 締切 (extended after the e-Rad outage)"],
      ["2025-04-23 17:01", "GOTECH-R7", "", "closed; R8 known"],
      ["2026-02-15", "GOTECH-R7", "", "the day before R8 公募開始"],
      ["2026-02-16", "GOTECH-R8", "", "R8 公募開始"],
      ["2026-04-17 17:00", "GOTECH-R8", "", "R8 締切"],
      ["2026-04-17 17:01", "GOTECH-R8", "ROUND_CLOSED", "the last round known"],
      ["2026-12-07", "GOTECH-R8", "ROUND_CLOSED", "today"],
    ],
  ],
  [
    "GOTECH:出資獲得枠",
    [["2026-02-16", "GOTECH-R7", "ROUND_CLOSED", "R8 has no 出資獲得枠: R7 is the last round offering it"]],
  ],
];

describe.each(families)("%s by date", (id, rows) => {
  it.each(rows)("on %s picks %s [%s] (%s)", (when, code, findings) => {
    expect(pick(id, when)).toEqual([code, findings]);
  });
});

describe("round-specific ids", () => {
  it("keep their round whatever the date, and say when it is closed", () => {
    expect(pick("SHORYOKU-4:一般型", "2026-12-07")).toEqual(["SHORYOKU-4", ""]);
    expect(pick("MONO-22:高付加価値化枠", "2025-10-23")).toEqual(["MONO-22", "ROUND_NOT_YET_OPEN"]);
    expect(pick("SHORYOKU-2025:一般型", "2026-12-07")[0]).toBe("SHORYOKU-4");
  });
});
