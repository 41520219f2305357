// Custom functions of the subsidy area: thin wrappers over src/core/subsidy (see docs/ARCHITECTURE.md).
// Blank cells: Excel desktop passes 0 and the web passes null; both mean "none" for optional
// arguments (flags, taxable_income, planned_investment, round, min_grant, tier_*), and 0 yen for costs.
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-function parameters must be any[][] so every argument accepts a range */
import { AppError } from "../core/errors/AppError";
import { rateFromNumber, rateFromText, rateToNumber, Rate } from "../core/money";
import { cappedGrant } from "../core/subsidy/cappedGrant";
import type { GoTechInput } from "../core/subsidy";
import {
  Arg,
  asMatrix,
  Cell,
  isBlank,
  isBlankText,
  mapCells,
  readNumber,
  readText,
  readYen,
  scalarOf,
} from "./shared/args";
import { findingRows, optionalText } from "./shared/findingRows";
import { readLanguage } from "./shared/language";
import { readAsOf, readRound } from "./subsidyDates";
import { lazyModule } from "./shared/lazy";
import { guard, toExcelMatrix } from "./shared/toExcel";

// The rules engine and every programme's data load on the first call (src/functions/shared/lazy.ts);
// SME.CAPPEDGRANT needs no programme data and stays in functions.js.
const engine = lazyModule(() => import(/* webpackChunkName: "fn-subsidy" */ "../core/subsidy"));

function blankOrZero(cell: Cell): boolean {
  return isBlank(cell) || cell === 0;
}

/** An exact rate from 0.5, =2/3 (0.666…), "2/3" or "50%"; at most 1 (10/10). */
function readRate(cell: Cell, arg: string): Rate {
  if (isBlank(cell))
    throw new AppError("ARG_MISSING", `${arg} is blank`, { kind: "notAvailable", params: { arg } });
  if (typeof cell === "boolean")
    throw new AppError("ARG_NOT_NUMBER", `${arg} is boolean`, { params: { arg, value: String(cell) } });
  const rate = typeof cell === "number" ? rateFromNumber(cell) : rateFromText(String(cell));
  if (rate.num > rate.den)
    throw new AppError("RATE_INVALID", `${arg} above 1`, { params: { value: String(cell) } });
  return rate;
}

/** Every non-blank text of a range (flags): 0 from a blank desktop cell is skipped. */
function texts(arg: Arg | undefined): string[] {
  if (arg === undefined || arg === null) return [];
  return asMatrix(arg)
    .flat()
    .filter((c) => !blankOrZero(c))
    .map((c) => String(c));
}

/** The Go-Tech input from the worksheet arguments (rows with a blank type and no cost are skipped). */
function goTechInput(
  frame: Arg,
  participant_types: Arg,
  costs: Arg,
  taxable_income?: Arg,
  planned_investment?: Arg,
  round?: Arg,
): GoTechInput {
  const types = asMatrix(participant_types);
  const costRows = asMatrix(costs);
  if (types[0].length !== 1 || types.length !== costRows.length) {
    throw new AppError("ARG_SHAPE_MISMATCH", "participant_types must be n×1 beside costs n×Y", {
      params: {
        a: `participant_types ${types.length}×${types[0].length}`,
        b: `costs ${costRows.length}×${costRows[0].length}`,
      },
    });
  }
  const income = taxable_income === undefined || taxable_income === null ? null : asMatrix(taxable_income);
  if (
    income !== null &&
    !(income.length === 1 && income[0].length === 1 && isBlank(income[0][0])) &&
    income.length !== types.length
  ) {
    throw new AppError("ARG_SHAPE_MISMATCH", "taxable_income rows", {
      params: {
        a: `participant_types ${types.length}×1`,
        b: `taxable_income ${income.length}×${income[0].length}`,
      },
    });
  }
  const participants: GoTechInput["participants"][number][] = [];
  types.forEach((row, i) => {
    const yearCells = costRows[i];
    if (isBlankText(row[0]) && yearCells.every(blankOrZero)) return;
    const incomeRow = income && income.length === types.length ? income[i].filter((c) => !isBlank(c)) : [];
    participants.push({
      name: `参加者${i + 1}`,
      type: readText(row[0], "participant_types"),
      costs: yearCells.map((c) => readYen(c, "costs", 0)),
      taxableIncome: incomeRow.map((c) => readNumber(c, "taxable_income")),
    });
  });
  const inv =
    planned_investment === undefined || planned_investment === null
      ? null
      : scalarOf(planned_investment, "planned_investment");
  return {
    frame: readText(scalarOf(frame, "frame"), "frame"),
    round: readRound(round),
    participants,
    plannedInvestment: inv === null || isBlank(inv) ? null : readYen(inv, "planned_investment"),
  };
}

/**
 * Lists the subsidy programmes this add-in knows, one row per round and frame: id (for SME.GRANT), Japanese name, round, frame, 公募開始, 申請締切 (Japan time), 受付状況 (受付中 / 締切済 / 公募前 / 未確認 on as_of), the official source, and the status (the least certain rule: verified / official-summary / secondary / assumption).
 * @customfunction PROGRAMS
 * @helpurl https://localhost:3000/docs/functions.html#programs
 * @param [filter] Optional text: only rows whose id, name, round or frame contain it (e.g. "MONO", "持続化").
 * @param [as_of] Date for the 受付状況 column: an Excel date or text such as 2025-10-01. Blank = today (Japan time).
 * @returns A table with a header row.
 */
export function programsFn(filter?: any[][], as_of?: any[][]): any[][] {
  return engine.run(({ listPrograms }) =>
    guard(() => {
      const rows = listPrograms(optionalText(filter, "filter"), readAsOf(as_of));
      return toExcelMatrix([
        ["ID", "名称", "回", "枠", "公募開始", "申請締切", "受付状況", "出典", "状態"],
        ...rows.map((r) => [
          r.id,
          r.nameJa,
          r.round,
          r.frameNameJa,
          r.start,
          r.deadline,
          r.roundStatusJa,
          r.source,
          r.status,
        ]),
      ]);
    }),
  );
}

/**
 * Go-Tech (成長型中小企業等研究開発支援事業): the consortium's subsidy per fiscal year after the per-year and total caps, then the total. Rates 2/3 (SME), 1/2 (SME with average taxable income over 1.5 billion yen), fixed 10/10 (universities); amounts floored per participant and year.
 * @customfunction GOTECH
 * @helpurl https://localhost:3000/docs/functions.html#gotech
 * @param frame 通常枠 or 出資獲得枠.
 * @param participant_types One column, one row per participant: 中小企業者等, 大学・公設試等, 事業管理機関, アドバイザー, 大企業.
 * @param costs Eligible cost in yen, one row per participant and one column per fiscal year (1–3). Blank = 0.
 * @param [taxable_income] Per participant: the three-year average (one column) or the three years (three columns). Blank for non-SMEs.
 * @param [planned_investment] 出資獲得枠: the funds' planned investment in yen (the total is capped at twice this).
 * @param [round] R7, R6, 令和7年度 …, or a date (Excel date or text such as 2025-03-01): the round whose 公募期間 contains it, else the latest published by then. Blank = by today's date.
 * @returns One row: the subsidy of each fiscal year, then the total.
 */
export function goTechFn(
  frame: any[][],
  participant_types: any[][],
  costs: any[][],
  taxable_income?: any[][],
  planned_investment?: any[][],
  round?: any[][],
): any[][] {
  return engine.run(({ computeGoTech }) =>
    guard(() => {
      const r = computeGoTech(
        goTechInput(frame, participant_types, costs, taxable_income, planned_investment, round),
      );
      return toExcelMatrix([[...r.byYear, r.total]]);
    }),
  );
}

/**
 * Go-Tech checks: spills the findings (code, severity, Japanese message, rule source, status) — SME share at least 2/3, university fixed amount at most 1/6, binding caps, reduced rates. A single OK row when nothing is found.
 * @customfunction GOTECHCHECK
 * @helpurl https://localhost:3000/docs/functions.html#gotechcheck
 * @param frame 通常枠 or 出資獲得枠.
 * @param participant_types One column, one row per participant: 中小企業者等, 大学・公設試等, 事業管理機関, アドバイザー, 大企業.
 * @param costs Eligible cost in yen, one row per participant and one column per fiscal year (1–3). Blank = 0.
 * @param [taxable_income] Per participant: the three-year average (one column) or the three years (three columns). Blank for non-SMEs.
 * @param [planned_investment] 出資獲得枠: the funds' planned investment in yen.
 * @param [round] R7, R6, 令和7年度 …, or a date (Excel date or text such as 2025-03-01): the round whose 公募期間 contains it, else the latest published by then. Blank = by today's date.
 * @param [language] "ja" or "en": severity and status as words (エラー, 二次資料で確認) and the message in that language. Blank = codes (error, secondary) and Japanese messages.
 * @returns Rows of code, severity, message, source, status.
 */
export function goTechCheckFn(
  frame: any[][],
  participant_types: any[][],
  costs: any[][],
  taxable_income?: any[][],
  planned_investment?: any[][],
  round?: any[][],
  language?: any[][],
): any[][] {
  return engine.run(({ computeGoTech }) =>
    guard(() => {
      const lang = readLanguage(language);
      const r = computeGoTech(
        goTechInput(frame, participant_types, costs, taxable_income, planned_investment, round),
      );
      return toExcelMatrix(findingRows(r.findings, lang));
    }),
  );
}

const applicantNames = ["program", "employees", "industry"];

function applicant(employees: Cell, industry: Cell, flags: string[]) {
  return {
    employees: readNumber(employees, "employees"),
    industry: isBlankText(industry) ? null : String(industry),
    flags,
  };
}

/**
 * The grant in yen of a capped subsidy (ものづくり, 持続化, 省力化): eligible cost × rate, floored, tiered and capped; 0 below the programme's minimum grant or when not eligible. Ranges of costs, employees or industries spill one result per row.
 * @customfunction GRANT
 * @helpurl https://localhost:3000/docs/functions.html#grant
 * @param program Programme id from SME.PROGRAMS, e.g. "MONO-19:高付加価値化枠", "JIZOKU-18:通常枠", "SHORYOKU:一般型"; Japanese full names are accepted.
 * @param eligible_cost Eligible cost in yen, excluding consumption tax.
 * @param employees Full-time employees (常時使用する従業員).
 * @param industry Main industry, e.g. 製造業, 小売業, サービス業, 宿泊業 (decides 小規模).
 * @param [flags] Flags as a list separated by , or 、 or a range: 小規模, 再生事業者, 大幅賃上げ特例, 最低賃金特例, インボイス特例, 賃金引上げ特例, 赤字.
 * @param [as_of] Date that picks the round of a family id such as "SHORYOKU:一般型" (the round whose 公募期間 contains it, else the latest published by then): an Excel date or text such as 2025-10-01. Blank = today (Japan time).
 * @returns The grant in yen.
 */
export function grantFn(
  program: any[][],
  eligible_cost: any[][],
  employees: any[][],
  industry: any[][],
  flags?: any[][],
  as_of?: any[][],
): any[][] {
  return engine.run(({ computeGrant, throwOnExclusiveFlags }) =>
    guard(() => {
      const f = texts(flags);
      const asOf = readAsOf(as_of);
      return toExcelMatrix(
        mapCells(
          [program, eligible_cost, employees, industry],
          ["program", "eligible_cost", ...applicantNames.slice(1)],
          (p, c, e, i) =>
            throwOnExclusiveFlags(
              computeGrant(
                readText(p, "program"),
                {
                  eligibleCost: readYen(c, "eligible_cost"),
                  employees: readNumber(e, "employees"),
                  industry: isBlankText(i) ? null : String(i),
                  flags: f,
                },
                asOf,
              ),
            ).grant,
        ),
      );
    }),
  );
}

/**
 * The cap (補助上限額) in yen that applies to an applicant: by employee band, raised by special cases such as 大幅賃上げ特例 or added to by インボイス特例 and 賃金引上げ特例.
 * @customfunction GRANTCAP
 * @helpurl https://localhost:3000/docs/functions.html#grantcap
 * @param program Programme id from SME.PROGRAMS, e.g. "MONO-19:高付加価値化枠".
 * @param employees Full-time employees (常時使用する従業員).
 * @param industry Main industry, e.g. 製造業, 小売業 (blank is allowed when the cap does not depend on it).
 * @param [flags] Flags as a list separated by , or 、 or a range.
 * @param [as_of] Date that picks the round of a family id such as "SHORYOKU:一般型" (the round whose 公募期間 contains it, else the latest published by then): an Excel date or text such as 2025-10-01. Blank = today (Japan time).
 * @returns The cap in yen.
 */
export function grantCapFn(
  program: any[][],
  employees: any[][],
  industry: any[][],
  flags?: any[][],
  as_of?: any[][],
): any[][] {
  return engine.run(({ grantTerms, throwOnExclusiveFlags }) =>
    guard(() => {
      const f = texts(flags);
      const asOf = readAsOf(as_of);
      return toExcelMatrix(
        mapCells(
          [program, employees, industry],
          applicantNames,
          (p, e, i) =>
            throwOnExclusiveFlags(
              grantTerms(readText(p, "program"), applicant(e, i, f), { capOnly: true, asOf }),
            ).cap,
        ),
      );
    }),
  );
}

/**
 * The subsidy rate (補助率) that applies to an applicant, as a number (0.5, 0.6667 for 2/3); computed exactly inside.
 * @customfunction GRANTRATE
 * @helpurl https://localhost:3000/docs/functions.html#grantrate
 * @param program Programme id from SME.PROGRAMS, e.g. "MONO-19:高付加価値化枠".
 * @param employees Full-time employees (常時使用する従業員).
 * @param industry Main industry, e.g. 製造業, 小売業 (decides 小規模).
 * @param [flags] Flags as a list separated by , or 、 or a range.
 * @param [as_of] Date that picks the round of a family id such as "SHORYOKU:一般型" (the round whose 公募期間 contains it, else the latest published by then): an Excel date or text such as 2025-10-01. Blank = today (Japan time).
 * @returns The rate as a fraction of 1.
 */
export function grantRateFn(
  program: any[][],
  employees: any[][],
  industry: any[][],
  flags?: any[][],
  as_of?: any[][],
): any[][] {
  return engine.run(({ grantTerms, throwOnExclusiveFlags }) =>
    guard(() => {
      const f = texts(flags);
      const asOf = readAsOf(as_of);
      return toExcelMatrix(
        mapCells([program, employees, industry], applicantNames, (p, e, i) =>
          rateToNumber(
            throwOnExclusiveFlags(grantTerms(readText(p, "program"), applicant(e, i, f), { asOf })).rate!,
          ),
        ),
      );
    }),
  );
}

/**
 * Explains a capped grant: spills the findings (eligibility, 小規模 or not, employee band, which cap and rate applied and why, cap binding, minimum not reached), each with code, severity, Japanese message, rule source and status.
 * @customfunction GRANTCHECK
 * @helpurl https://localhost:3000/docs/functions.html#grantcheck
 * @param program Programme id from SME.PROGRAMS, e.g. "JIZOKU-18:通常枠".
 * @param eligible_cost Eligible cost in yen, excluding consumption tax.
 * @param employees Full-time employees (常時使用する従業員).
 * @param industry Main industry, e.g. 製造業, 小売業.
 * @param [flags] Flags as a list separated by , or 、 or a range.
 * @param [as_of] Date that picks the round of a family id such as "SHORYOKU:一般型" (the round whose 公募期間 contains it, else the latest published by then): an Excel date or text such as 2025-10-01. Blank = today (Japan time).
 * @param [language] "ja" or "en": severity and status as words (エラー, 二次資料で確認) and the message in that language. Blank = codes (error, secondary) and Japanese messages.
 * @returns Rows of code, severity, message, source, status.
 */
export function grantCheckFn(
  program: any[][],
  eligible_cost: any[][],
  employees: any[][],
  industry: any[][],
  flags?: any[][],
  as_of?: any[][],
  language?: any[][],
): any[][] {
  return engine.run(({ computeGrant }) =>
    guard(() => {
      const lang = readLanguage(language);
      const ind = scalarOf(industry, "industry");
      const r = computeGrant(
        readText(scalarOf(program, "program"), "program"),
        {
          eligibleCost: readYen(scalarOf(eligible_cost, "eligible_cost"), "eligible_cost"),
          employees: readNumber(scalarOf(employees, "employees"), "employees"),
          industry: isBlankText(ind) ? null : String(ind),
          flags: texts(flags),
        },
        readAsOf(as_of),
      );
      return toExcelMatrix(findingRows(r.findings, lang));
    }),
  );
}

/**
 * Generic capped grant: floor(min(cost × rate, cap)), with an optional second tier (the part of the subsidy above tier_threshold at tier_rate), and 0 when the result is below min_grant.
 * @customfunction CAPPEDGRANT
 * @helpurl https://localhost:3000/docs/functions.html#cappedgrant
 * @param cost Eligible cost in yen.
 * @param rate Rate: 0.5, =2/3, "2/3" or "50%" (at most 1).
 * @param cap Cap on the grant in yen.
 * @param [min_grant] Minimum grant in yen; smaller results give 0. Blank = none.
 * @param [tier_threshold] Subsidy amount in yen above which tier_rate applies. Blank = no tier.
 * @param [tier_rate] Rate for the part above tier_threshold.
 * @returns The grant in yen.
 */
export function cappedGrantFn(
  cost: any[][],
  rate: any[][],
  cap: any[][],
  min_grant?: any[][],
  tier_threshold?: any[][],
  tier_rate?: any[][],
): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells(
        [cost, rate, cap, min_grant ?? null, tier_threshold ?? null, tier_rate ?? null],
        ["cost", "rate", "cap", "min_grant", "tier_threshold", "tier_rate"],
        (c, r, k, m, t, tr) => {
          const hasTier = !blankOrZero(t);
          if (hasTier && isBlank(tr)) throw new AppError("TIER_RATE_REQUIRED", "tier_rate missing");
          return cappedGrant({
            cost: readYen(c, "cost"),
            rate: readRate(r, "rate"),
            cap: readYen(k, "cap"),
            minGrant: readYen(m, "min_grant", 0),
            tier: hasTier
              ? { threshold: readYen(t, "tier_threshold"), rate: readRate(tr, "tier_rate") }
              : null,
          }).grant;
        },
      ),
    ),
  );
}
