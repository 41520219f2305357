// One R&D tax credit calculation (研究開発税制, 租税特別措置法 第42条の4): the period from the
// 事業年度開始日, the rate, the cap and the credit, with findings that cite the rule behind each step.
import { currentAsOf } from "../subsidy/asOf";
import type { Finding } from "../subsidy/findings";
import type { Yen } from "../money";
import { capRate, creditRate, floorYen, increaseRatio, intensityRatio, scheme, yenTimes } from "./compute";
import { rdTaxFindings } from "./findings";
import { defaultFiscalYearStart, periodFor } from "./periods";
import { q, type Q } from "./q";
import type { RdTaxPeriod } from "./schema";
import type { SchemeId } from "./scheme";

export interface RdTaxInput {
  scheme: SchemeId;
  /** 試験研究費の額 (this year), yen. */
  rdExpenses: Yen;
  /** 比較試験研究費の額: the average of the previous three years (may be a fraction of a yen); 0 = none. */
  comparison: Q;
  /** 調整前法人税額, yen. */
  corporateTax: Yen;
  /** 平均売上金額, or null when not given. */
  averageSales: Q | null;
  /** 事業年度開始日 YYYY-MM-DD, or null for the April-start year containing today. */
  fiscalYearStart: string | null;
}

export interface RdTaxResult {
  period: RdTaxPeriod;
  fiscalYearStart: string;
  increase: Q | null;
  intensity: Q | null;
  rate: Q;
  capRate: Q;
  /** 控除上限額. */
  cap: Yen;
  /** 税額控除限度額 = floor(試験研究費 × 税額控除割合). */
  limit: Yen;
  /** 税額控除額 = min(limit, cap). */
  credit: Yen;
  findings: Finding[];
}

/** The 事業年度開始日 to use: the given one, or the April-start year containing today (Japan time). */
export function resolveFiscalYearStart(given: string | null): { date: string; defaulted: boolean } {
  return given
    ? { date: given, defaulted: false }
    : { date: defaultFiscalYearStart(currentAsOf().date), defaulted: true };
}

/** The calculation; `findings: false` skips the findings (SME.RDTAXCREDIT over a long range needs only the credit). */
export function computeRdTax(input: RdTaxInput, opts: { findings?: boolean } = {}): RdTaxResult {
  const fy = resolveFiscalYearStart(input.fiscalYearStart);
  const period = periodFor(fy.date);
  const s = scheme(period, input.scheme);
  const rd = q(input.rdExpenses);
  const increase = increaseRatio(rd, input.comparison);
  const intensity = intensityRatio(rd, input.averageSales);
  const r = creditRate(period, s, { increase, intensity });
  const c = capRate(s, { increase, intensity });
  const cap = yenTimes(input.corporateTax, c.capRate);
  const limit = yenTimes(input.rdExpenses, r.rate);
  const credit = Math.min(limit, cap);
  const amounts = {
    period,
    fiscalYearStart: fy.date,
    increase,
    intensity,
    rate: r.rate,
    capRate: c.capRate,
    cap,
    limit,
    credit,
  };
  if (opts.findings === false) return { ...amounts, findings: [] };
  const findings = rdTaxFindings({
    period,
    s,
    isSme: input.scheme === "sme",
    fiscalYearStart: fy.date,
    defaulted: fy.defaulted,
    comparison: floorYen(input.comparison),
    increase,
    intensity,
    r,
    c,
    rd: input.rdExpenses,
    tax: input.corporateTax,
    cap,
    limit,
    credit,
  });
  return { ...amounts, findings };
}
