// The SME.* subsidy functions as Excel calls them: matrices in, matrices or CustomFunctions.Error out.
import fc from "fast-check";
import { setClock } from "../../src/core/subsidy/asOf";
import {
  cappedGrantFn,
  goTechCheckFn,
  goTechFn,
  grantCapFn,
  grantCheckFn,
  grantFn,
  grantRateFn,
  programsFn,
} from "../../src/functions/subsidy";

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any[][] */
const excelError = (code: string, message?: RegExp) =>
  expect.objectContaining({
    name: "CustomFunctions.Error",
    code,
    ...(message ? { message: expect.stringMatching(message) } : {}),
  });

describe("SME.PROGRAMS", () => {
  it("spills a header and one row per round and frame, with period, source and status", () => {
    const rows = programsFn(null as any);
    expect(rows[0]).toEqual(["ID", "名称", "回", "枠", "公募開始", "申請締切", "受付状況", "出典", "状態"]);
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids).toEqual(
      expect.arrayContaining([
        "GOTECH-R7:通常枠",
        "GOTECH-R6:出資獲得枠",
        "MONO-19:グローバル枠",
        "JIZOKU-17:通常枠",
        "SHORYOKU-CAT-1:カタログ注文型",
      ]),
    );
    const r7 = rows.find((r) => r[0] === "GOTECH-R7:通常枠")!;
    expect(r7.slice(4, 6)).toEqual(["2025-02-17", "2025-04-23 17:00"]);
    expect(r7[7]).toMatch(/^中小企業庁「令和7年度 .*公募要領」 .* https:\/\/www\.chusho\.meti\.go\.jp/);
    expect(["verified", "official-summary", "secondary", "assumption"]).toContain(r7[8]);
  });

  it("shows 受付中 / 締切済 / 公募前 on as_of, given as ISO text or an Excel date serial", () => {
    const statusOn = (asOf: any) =>
      programsFn([["GOTECH-R7:通常枠"]], [[asOf]])
        .slice(1)
        .map((r) => r[6]);
    expect(statusOn("2025-02-16")).toEqual(["公募前"]);
    expect(statusOn("2025-02-17")).toEqual(["受付中"]);
    expect(statusOn("2025-04-23 17:00")).toEqual(["受付中"]);
    expect(statusOn("2025-04-23 17:01")).toEqual(["締切済"]);
    expect(statusOn(45770)).toEqual(["受付中"]); // 2025-04-23 as a date cell
    expect(statusOn(45770 + 17 / 24 + 1 / 1440)).toEqual(["締切済"]); // 17:01 that day
  });

  it("uses today in Japan for a blank as_of (the clock is injectable)", () => {
    try {
      setClock(() => Date.UTC(2025, 3, 23, 8, 0)); // 17:00 JST on the deadline day
      expect(programsFn([["GOTECH-R7:通常枠"]]).slice(1)[0][6]).toBe("受付中");
      setClock(() => Date.UTC(2025, 3, 23, 8, 1));
      expect(programsFn([["GOTECH-R7:通常枠"]], [[0]]).slice(1)[0][6]).toBe("締切済");
    } finally {
      setClock();
    }
  });

  it("gives #VALUE! for an as_of that is not a date (serial 60 is Excel's 1900-02-29)", () => {
    expect(() => programsFn(null as any, [["令和7年"]])).toThrow(excelError("#VALUE!", /基準日/));
    expect(() => programsFn(null as any, [[60]])).toThrow(excelError("#VALUE!"));
  });

  it("filters by text and gives #N/A when nothing matches", () => {
    expect(
      programsFn([["持続化"]])
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      "JIZOKU-17:通常枠",
      "JIZOKU-18:通常枠",
      "JIZOKU-19:通常枠",
      "JIZOKU-20:通常枠",
      "JIZOKU-SOGYO-1:創業型",
      "JIZOKU-SOGYO-2:創業型",
      "JIZOKU-SOGYO-3:創業型",
      "JIZOKU-SOGYO-4:創業型",
    ]);
    expect(() => programsFn([["IT導入"]])).toThrow(excelError("#N/A"));
  });
});

describe("round by date: as_of and a date as Go-Tech's round", () => {
  it("picks the Go-Tech round whose 公募期間 contains the date given as round", () => {
    const args = (round: any) => [
      [["通常枠"]],
      [["中小企業者等"]],
      [[30_000_000, 30_000_000]],
      null,
      null,
      [[round]],
    ];
    const selected = (round: any) =>
      (goTechCheckFn as any)(...args(round)).find((r: any[]) => r[0] === "ROUND_SELECTED")?.[2];
    expect(selected("2024-03-01")).toMatch(/GOTECH-R6:通常枠/);
    expect(selected(45717)).toMatch(/GOTECH-R7:通常枠/); // 2025-03-01
    expect(selected("R6")).toBeUndefined(); // a named round is not chosen by date
    // after R7's deadline and before R8 was published: still R7, and no ROUND_CLOSED (a later round is known)
    expect(selected("2025-06-01")).toMatch(/GOTECH-R7:通常枠/);
    const rows = (goTechCheckFn as any)(...args("2025-06-01")) as any[][];
    expect(rows.map((r) => r[0])).not.toContain("ROUND_CLOSED");
  });

  it("takes as_of as the last argument of GRANT, GRANTCAP, GRANTRATE and GRANTCHECK", () => {
    const id = [["SHORYOKU:一般型"]];
    expect(grantFn(id, [[60_000_000]], [[60]], [["製造業"]], null as any, [["2025-10-01"]])).toEqual([
      [25_000_000],
    ]);
    expect(grantCapFn(id, [[60]], [["製造業"]], null as any, [[45931]])).toEqual([[50_000_000]]);
    expect(grantRateFn(id, [[60]], [["製造業"]], null as any, [["2025-10-01"]])).toEqual([[0.5]]);
    const rows = grantCheckFn(id, [[60_000_000]], [[60]], [["製造業"]], null as any, [["2025-10-01"]]);
    expect(rows[0][0]).toBe("ROUND_SELECTED");
    expect(rows[0][2]).toContain("SHORYOKU-4:一般型");
    expect(() => grantFn(id, [[1]], [[60]], [["製造業"]], null as any, [[true]])).toThrow(
      excelError("#VALUE!"),
    );
  });
});

describe("SME.GRANT, GRANTCAP, GRANTRATE", () => {
  it("spills one grant per row of costs and employees", () => {
    expect(
      grantFn(
        [["MONO-19:高付加価値化枠"]],
        [[40_000_000], [12_000_000], [1_400_000]],
        [[30], [15], [30]],
        [["製造業"]],
      ),
    ).toEqual([[15_000_000], [8_000_000], [0]]);
  });

  it("reads flags from a text list or a range, skipping blanks and desktop zeros", () => {
    const args: [any[][], any[][], any[][], any[][]] = [
      [["JIZOKU-18:通常枠"]],
      [[3_000_000]],
      [[3]],
      [["小売業"]],
    ];
    expect(grantFn(...args, [["インボイス特例、賃金引上げ特例,赤字"]])).toEqual([[2_250_000]]);
    expect(grantFn(...args, [["インボイス特例"], ["賃金引上げ特例"], ["赤字"], [null], [0]] as any)).toEqual([
      [2_250_000],
    ]);
    expect(grantCapFn(args[0], args[2], args[3], [["インボイス特例"]])).toEqual([[1_000_000]]);
    expect(grantRateFn(args[0], args[2], args[3], null as any)).toEqual([[2 / 3]]);
  });

  it("gives #VALUE! listing the accepted flags for an unknown flag", () => {
    expect(() => grantFn([["JIZOKU-18:通常枠"]], [[1]], [[3]], [["小売業"]], [["創業特例"]])).toThrow(
      excelError("#VALUE!", /創業特例/),
    );
    // every accepted flag is listed (in programme-file order, which is not part of the contract)
    try {
      grantFn([["JIZOKU-18:通常枠"]], [[1]], [[3]], [["小売業"]], [["創業特例"]]);
    } catch (e) {
      for (const flag of [
        "小規模",
        "再生事業者",
        "大幅賃上げ特例",
        "インボイス特例",
        "賃金引上げ特例",
        "赤字",
      ])
        expect((e as Error).message).toContain(flag);
    }
  });

  it("gives #VALUE! saying 併用不可 when 大幅賃上げ特例 and 最低賃金特例 are combined (ものづくり)", () => {
    const both = [["大幅賃上げ特例、最低賃金特例"]];
    for (const fn of [grantFn, grantCapFn, grantRateFn] as any[]) {
      const args =
        fn === grantFn
          ? [[["MONO-19:高付加価値化枠"]], [[30_000_000]], [[30]], [["製造業"]], both]
          : [[["MONO-19:高付加価値化枠"]], [[30]], [["製造業"]], both];
      expect(() => fn(...args)).toThrow(excelError("#VALUE!", /併用できません.*cannot be combined|併用/));
    }
    // SME.GRANTCHECK explains it as an error row instead
    const rows = grantCheckFn([["MONO-19:高付加価値化枠"]], [[30_000_000]], [[30]], [["製造業"]], both);
    expect(rows.find((r) => r[0] === "FLAGS_EXCLUSIVE")?.[1]).toBe("error");
  });

  it("gives #VALUE! naming the closest programme for an unknown id", () => {
    expect(() => grantFn([["MONO-19:高付加価値枠"]], [[1]], [[3]], [["製造業"]])).toThrow(
      excelError("#VALUE!", /MONO-19:高付加価値化枠/),
    );
  });

  it("gives #VALUE! for fractional yen and #N/A when the industry is needed but blank", () => {
    expect(() => grantFn([["MONO-19:高付加価値化枠"]], [[1000.5]], [[3]], [["製造業"]])).toThrow(
      excelError("#VALUE!", /円単位の整数/),
    );
    expect(() => grantRateFn([["MONO-19:高付加価値化枠"]], [[30]], [[null]])).toThrow(
      excelError("#N/A", /業種/),
    );
    expect(grantCapFn([["MONO-19:高付加価値化枠"]], [[30]], [[null]])).toEqual([[15_000_000]]);
  });

  it("treats 0 in a text argument as blank: Excel desktop passes a blank industry cell as 0", () => {
    expect(() => grantRateFn([["MONO-19:高付加価値化枠"]], [[30]], [[0]])).toThrow(
      excelError("#N/A", /業種/),
    );
    expect(grantCapFn([["MONO-19:高付加価値化枠"]], [[30]], [[0]])).toEqual([[15_000_000]]);
  });
});

describe("SME.GRANTCHECK", () => {
  it("spills code, severity, message, source and status", () => {
    const rows = grantCheckFn([["JIZOKU-18:通常枠"]], [[900_000]], [[6]], [["小売業"]]);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const notEligible = rows.find((r) => r[0] === "NOT_ELIGIBLE")!;
    expect(notEligible[1]).toBe("error");
    expect(notEligible[2]).toMatch(/小規模/);
    // the official 公募要領 (publisher, title, section) and how we know, never the consultant page we read
    expect(notEligible[3]).toMatch(
      /^日本商工会議所「小規模事業者持続化補助金.*第18回 公募要領.*」 .*（二次資料で確認）/,
    );
    expect(notEligible[3]).not.toMatch(/coco37/);
    expect(notEligible[4]).toBe("secondary");
  });

  it('with language "ja" or "en" gives severity and status as words and keeps the code (issue 14)', () => {
    const args = [[["JIZOKU-18:通常枠"]], [[900_000]], [[6]], [["小売業"]], null, null] as any[];
    const ja = grantCheckFn(...(args as [any, any, any, any, any, any]), [["ja"]]);
    const row = ja.find((r) => r[0] === "NOT_ELIGIBLE")!;
    expect(row.slice(0, 2)).toEqual(["NOT_ELIGIBLE", "エラー"]);
    expect(row[4]).toBe("二次資料で確認");
    expect(ja.flat()).not.toContain("info");
    const en = grantCheckFn(...(args as [any, any, any, any, any, any]), [["EN"]]);
    const enRow = en.find((r) => r[0] === "NOT_ELIGIBLE")!;
    expect(enRow[1]).toBe("Error");
    expect(enRow[2]).toMatch(/^JIZOKU-18:通常枠 .*small|^[A-Za-z]/);
    expect(enRow[4]).toBe("Checked in secondary sources");
    expect(() => grantCheckFn(...(args as [any, any, any, any, any, any]), [["fr"]])).toThrow(
      excelError("#VALUE!", /"ja"/),
    );
    // blank (web null, desktop 0) keeps the old output
    expect(grantCheckFn(...(args as [any, any, any, any, any, any]), [[0]])).toEqual(
      grantCheckFn(...(args as [any, any, any, any, any, any])),
    );
  });
});

describe("SME.GOTECH and SME.GOTECHCHECK", () => {
  const types = [["中小企業者等"], ["大学・公設試等"], [null]];
  const costs = [
    [45_000_000, 45_000_000, 30_000_000],
    [6_000_000, 6_000_000, 3_000_000],
    [null, null, null],
  ];

  it("skips blank rows, accepts a one-column average income and a round name", () => {
    expect(
      goTechFn([["通常枠"]], types, costs, [[100_000_000], [null], [null]], null as any, [["R6"]]),
    ).toEqual([[36_000_000, 36_000_000, 23_000_000, 95_000_000]]);
    // A desktop blank row: 0 as the type and 0 costs, still skipped.
    const desktopTypes = [["中小企業者等"], ["大学・公設試等"], [0]];
    const desktopCosts = costs.map((r) => r.map((c) => c ?? 0));
    expect(
      goTechFn([["通常枠"]], desktopTypes, desktopCosts, [[100_000_000], [0], [0]], null as any, [["R6"]]),
    ).toEqual([[36_000_000, 36_000_000, 23_000_000, 95_000_000]]);
  });

  it("gives #N/A for 出資獲得枠 without the planned investment and #VALUE! for an unknown type", () => {
    expect(() => goTechFn([["出資獲得枠"]], types, costs, null as any, null as any, [["R7"]])).toThrow(
      excelError("#N/A", /出資予定額/),
    );
    // R8 has no 出資獲得枠: the error names the frames it has
    expect(() => goTechFn([["出資獲得枠"]], types, costs, null as any, null as any, [["R8"]])).toThrow(
      excelError("#VALUE!", /通常枠, 大型研究開発枠/),
    );
    expect(() => goTechFn([["通常枠"]], [["個人事業主"]], [[1, 1]])).toThrow(
      excelError("#VALUE!", /中小企業者等, 大学・公設試等/),
    );
    expect(() => goTechFn([["通常枠"]], [["中小企業者等"], ["大学"]], [[1, 1]])).toThrow(
      excelError("#VALUE!"),
    );
  });

  it("lists RATE_HALF_TAXABLE_INCOME and the caps that bind", () => {
    const rows = goTechCheckFn(
      [["通常枠"]],
      [["中小企業者等"]],
      [[100_000_000, 100_000_000, 100_000_000]],
      [[1_600_000_000, 1_600_000_000, 1_600_000_000]],
    );
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(["RATE_HALF_TAXABLE_INCOME", "PER_YEAR_CAP_BINDING", "TOTAL_CAP_BINDING"]),
    );
  });
});

describe("SME.CAPPEDGRANT", () => {
  it("floors, caps, tiers and applies the minimum", () => {
    expect(cappedGrantFn([[900_000]], [[2 / 3]], [[500_000]])).toEqual([[500_000]]);
    expect(cappedGrantFn([[1_000_000]], [["2/3"]], [[10_000_000]])).toEqual([[666_666]]);
    expect(cappedGrantFn([[1_400_000]], [[0.5]], [[15_000_000]], [[1_000_000]])).toEqual([[0]]);
    expect(
      cappedGrantFn([[60_000_000]], [[0.5]], [[50_000_000]], [[null]], [[15_000_000]], [[1 / 3]]),
    ).toEqual([[25_000_000]]);
    expect(cappedGrantFn([[100], [200]], [[0.5]], [[1000]])).toEqual([[50], [100]]);
  });

  it("refuses a rate above 1 and a tier without its rate", () => {
    expect(() => cappedGrantFn([[1]], [[1.5]], [[1]])).toThrow(excelError("#VALUE!"));
    expect(() => cappedGrantFn([[1]], [[0.5]], [[1]], null as any, [[10]])).toThrow(
      excelError("#VALUE!", /tier_rate/),
    );
  });

  it("returns a number or an Excel error for any cell values, never NaN or another exception (property)", () => {
    const cell = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("2/3", "50%", 1e6, 0),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 6, maxLength: 6 }), (cells) => {
        try {
          const out = cappedGrantFn(...(cells.map((c) => [[c]]) as [any, any, any, any, any, any]));
          expect(Number.isSafeInteger(out[0][0])).toBe(true);
        } catch (e) {
          expect(e).toEqual(expect.objectContaining({ name: "CustomFunctions.Error" }));
        }
      }),
    );
  });

  it("returns a grant or an Excel error for any SME.GRANT arguments (property)", () => {
    const cell = fc.oneof(
      fc.integer({ min: -10, max: 10 ** 9 }),
      fc.double(),
      fc.string(),
      fc.constant(null),
      fc.constantFrom("製造業", "小売業", "MONO-19:高付加価値化枠", "JIZOKU-18:通常枠", "SHORYOKU:一般型"),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 5, maxLength: 5 }), (cells) => {
        try {
          const out = grantFn(...(cells.map((c) => [[c]]) as [any, any, any, any, any]));
          expect(Number.isSafeInteger(out[0][0])).toBe(true);
        } catch (e) {
          expect(e).toEqual(expect.objectContaining({ name: "CustomFunctions.Error" }));
        }
      }),
    );
  });
});
