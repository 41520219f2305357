// Round-specific ids and family ids by date on a controlled set: real files of the 2025 rounds plus
// fixture rounds (copies with a new code, round number and 公募期間), so the table does not move
// when the real round files change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asOfFromText } from "./asOf";

const DIR = join(__dirname, "../../../data/programs");
const load = (name: string) => JSON.parse(readFileSync(join(DIR, name), "utf8"));

function fixture(name: string, code: string, number: number, period: Record<string, unknown>) {
  const d = load(name);
  d.code = code;
  delete d.codeAliases;
  d.round = { ...d.round, label: `第${number}回`, number, aliases: [`第${number}回`] };
  d.applicationPeriod = { ...d.applicationPeriod, published: undefined, fromTime: undefined, ...period };
  return { name: `${code}.json`, data: d };
}

jest.mock("./programFiles", () => {
  const actual = jest.requireActual("./programFiles");
  return {
    programFiles: [
      ...actual.programFiles.filter((f: { name: string }) =>
        [
          "shoryokuka-ippan-4.json",
          "shoryokuka-catalog-1.json",
          "monozukuri-19.json",
          "gotech-r7.json",
          "jizokuka-18.json",
        ].includes(f.name),
      ),
      fixture("shoryokuka-ippan-4.json", "SHORYOKU-5", 5, {
        published: "2025-12-19",
        from: "2026-01-09",
        to: "2026-02-27",
        toTime: "17:00",
      }),
      fixture("monozukuri-19.json", "MONO-22", 22, { from: "2025-10-24", to: "2026-01-30", toTime: "17:00" }),
      fixture("gotech-r7.json", "GOTECH-R8", 8, { from: "2026-02-16", to: "2026-04-22", toTime: "12:00" }),
    ],
  };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { resolveProgram, resolveGoTech } = require("./registry") as typeof import("./registry");

describe("round-specific ids", () => {
  it.each([
    ["SHORYOKU-4:一般型", "SHORYOKU-4:一般型"],
    ["SHORYOKU-5:一般型", "SHORYOKU-5:一般型"],
    ["SHORYOKU-2025:一般型", "SHORYOKU-4:一般型"],
    ["MONO-22:高付加価値化枠", "MONO-22:高付加価値化枠"],
    ["GOTECH-R8:通常枠", "GOTECH-R8:通常枠"],
    ["JIZOKU-18:通常枠", "JIZOKU-18:通常枠"],
  ])("%s → %s whatever the date", (text, id) => {
    expect(resolveProgram(text, asOfFromText("2020-01-01")).id).toBe(id);
    expect(resolveProgram(text, asOfFromText("2030-01-01")).id).toBe(id);
  });
});

describe("family ids by date", () => {
  it.each([
    ["SHORYOKU:一般型", "2025-12-18", "SHORYOKU-4:一般型", []],
    ["SHORYOKU:一般型", "2025-12-19", "SHORYOKU-5:一般型", ["ROUND_SELECTED", "ROUND_NOT_YET_OPEN"]],
    ["SHORYOKU:一般型", "2026-01-09", "SHORYOKU-5:一般型", ["ROUND_SELECTED"]],
    ["SHORYOKU:一般型", "2026-02-27 17:01", "SHORYOKU-5:一般型", ["ROUND_SELECTED", "ROUND_CLOSED"]],
    ["MONO:グローバル枠", "2025-03-01", "MONO-19:グローバル枠", ["ROUND_SELECTED", "ROUND_NOT_YET_OPEN"]],
    ["MONO:グローバル枠", "2025-04-11 17:00", "MONO-19:グローバル枠", ["ROUND_SELECTED"]],
    ["MONO:グローバル枠", "2025-12-01", "MONO-22:グローバル枠", ["ROUND_SELECTED"]],
    [
      "ものづくり補助金 グローバル枠",
      "2026-12-07",
      "MONO-22:グローバル枠",
      ["ROUND_SELECTED", "ROUND_CLOSED"],
    ],
  ])("%s on %s is %s", (text, when, id, codes) => {
    const e = resolveProgram(text, asOfFromText(when));
    expect(e.id).toBe(id);
    const found = e.roundFindings.map((f) => f.code);
    for (const c of codes) expect(found).toContain(c);
    if (codes.length === 0) expect(found.filter((c) => c !== "ROUND_SELECTED")).toEqual([]);
  });

  it("picks the Go-Tech round by a date given as round", () => {
    expect(resolveGoTech("通常枠", asOfFromText("2026-03-01")).program.code).toBe("GOTECH-R8");
    expect(resolveGoTech("通常枠", asOfFromText("2025-03-01")).program.code).toBe("GOTECH-R7");
    expect(resolveGoTech("通常枠", "GOTECH-R8").program.code).toBe("GOTECH-R8");
  });
});
