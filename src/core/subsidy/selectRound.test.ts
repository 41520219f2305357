// Round selection by date on test fixtures: the day before, on and after each 公募開始 and 締切.
import { asOfFromText } from "./asOf";
import type { ProgramEntry } from "./registry";
import { roundStatus } from "./roundStatus";
import type { ApplicationPeriod, ProgramFile } from "./schema";
import { chooseRound, roundFindings } from "./selectRound";

const src = { source: { doc: "G", section: "公募期間" }, status: "assumption" as const };

function round(number: number, period: Partial<ApplicationPeriod>): ProgramEntry {
  const program = {
    family: "TEST",
    code: `TEST-${number}`,
    round: { label: `第${number}回`, number, aliases: [], guideline: "G" },
    applicationPeriod: { from: null, to: null, ...src, ...period },
    validity: { from: "2024-01-01", to: null, ...src },
    documents: {
      G: { publisher: "中小企業庁", title: `第${number}回 公募要領`, url: "https://www.chusho.meti.go.jp/" },
    },
  } as unknown as ProgramFile;
  return { id: `TEST-${number}:枠`, program, frameId: "枠", latest: false };
}

const rounds = [
  round(1, { published: "2025-01-10", from: "2025-01-20", to: "2025-03-31", toTime: "17:00" }),
  round(2, { from: "2025-06-01", to: "2025-07-31" }),
  round(3, {
    published: "2025-11-20",
    from: "2025-12-01",
    fromTime: "10:00",
    to: "2026-01-15",
    toTime: "17:00",
  }),
];

const pick = (when: string) => {
  const asOf = asOfFromText(when);
  const e = chooseRound(rounds, asOf);
  const codes = roundFindings(e, rounds, asOf, null).map((f) => f.code);
  return [e.program.code, codes.join(",")];
};

describe("chooseRound and roundFindings", () => {
  it.each([
    ["2025-01-09", "TEST-1", "ROUND_NOT_YET_OPEN"], // before any round: the first, not yet open
    ["2025-01-10", "TEST-1", "ROUND_NOT_YET_OPEN"], // 公募要領 published, not open
    ["2025-01-19", "TEST-1", "ROUND_NOT_YET_OPEN"],
    ["2025-01-20", "TEST-1", ""], // 公募開始
    ["2025-03-31", "TEST-1", ""], // deadline day (a date alone counts the whole day)
    ["2025-03-31 17:00", "TEST-1", ""],
    ["2025-03-31 17:01", "TEST-1", ""], // closed, but a later round is known: no ROUND_CLOSED
    ["2025-05-31", "TEST-1", ""],
    ["2025-06-01", "TEST-2", ""],
    ["2025-07-31", "TEST-2", ""],
    ["2025-08-01", "TEST-2", ""],
    ["2025-11-19", "TEST-2", ""],
    ["2025-11-20", "TEST-3", "ROUND_NOT_YET_OPEN"], // published 11-20, opens 12-01 10:00
    ["2025-12-01 09:59", "TEST-3", "ROUND_NOT_YET_OPEN"],
    ["2025-12-01 10:00", "TEST-3", ""],
    ["2026-01-15 17:00", "TEST-3", ""],
    ["2026-01-15 17:01", "TEST-3", "ROUND_CLOSED"], // the last round known
    ["2026-01-16", "TEST-3", "ROUND_CLOSED"],
  ])("on %s picks %s with [%s]", (when, code, findings) => {
    expect(pick(when)).toEqual([code, findings]);
  });

  it("names the deadline with its time in ROUND_CLOSED and the start in ROUND_NOT_YET_OPEN", () => {
    const closed = roundFindings(rounds[2], rounds, asOfFromText("2026-02-01"), null)[0];
    expect(closed.severity).toBe("info");
    expect(closed.messageJa).toContain("2026-01-15 17:00");
    expect(closed.messageEn).toContain("2026-01-15 17:00");
    expect(closed.source?.document).toBe("第3回 公募要領");
    const early = roundFindings(rounds[2], rounds, asOfFromText("2025-11-25"), null)[0];
    expect(early.messageJa).toContain("2025-12-01 10:00");
  });

  it("says which round a family id picked", () => {
    const asOf = asOfFromText("2025-06-15");
    const f = roundFindings(chooseRound(rounds, asOf), rounds, asOf, "TEST:枠")[0];
    expect(f.code).toBe("ROUND_SELECTED");
    expect(f.messageJa).toContain("TEST-2:枠");
  });

  it("keeps a round with an unknown deadline open until a later round opens", () => {
    const open = [round(1, { from: "2025-01-20", to: null }), round(2, { from: "2025-10-01", to: null })];
    expect(chooseRound(open, asOfFromText("2025-09-30")).program.code).toBe("TEST-1");
    expect(chooseRound(open, asOfFromText("2025-10-01")).program.code).toBe("TEST-2");
  });
});

describe("roundStatus", () => {
  const p = rounds[2].program.applicationPeriod;
  it.each([
    ["2025-11-30", "upcoming"],
    ["2025-12-01 09:59", "upcoming"],
    ["2025-12-01", "open"],
    ["2026-01-15", "open"],
    ["2026-01-15 17:01", "closed"],
  ])("on %s is %s", (when, status) => {
    expect(roundStatus(p, asOfFromText(when))).toBe(status);
  });

  it("is unknown without a deadline, closed once superseded, open when rolling", () => {
    const q = round(9, { from: "2025-01-01", to: null }).program.applicationPeriod;
    expect(roundStatus(q, asOfFromText("2026-01-01"))).toBe("unknown");
    expect(roundStatus(q, asOfFromText("2026-01-01"), true)).toBe("closed");
    expect(roundStatus({ ...q, from: null, rolling: true }, asOfFromText("2026-01-01"))).toBe("open");
  });
});
