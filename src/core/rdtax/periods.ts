// The law periods of 研究開発税制, from the generated static-import index of data/rdtax/*.json
// (validated in the build and in validatePeriods.test.ts, so the runtime trusts the shape).
// Its own module so the functions bundle can load the rules lazily.
import { AppError } from "../errors/AppError";
import { RDTAX_FILES } from "./periodIndex.generated";
import type { RdTaxPeriod } from "./schema";

export const RDTAX_PERIODS: readonly RdTaxPeriod[] = (RDTAX_FILES as RdTaxPeriod[])
  .slice()
  .sort((a, b) => a.fiscalYearStart.from.localeCompare(b.fiscalYearStart.from));

/** "2021-04-01〜2029-03-31": the 事業年度開始日 the data covers, for messages. */
export function coveredRange(periods: readonly RdTaxPeriod[] = RDTAX_PERIODS): string {
  return `${periods[0].fiscalYearStart.from}〜${periods[periods.length - 1].fiscalYearStart.to}`;
}

/** The period whose 事業年度開始日 range contains `fiscalYearStart` (YYYY-MM-DD); #N/A outside every one. */
export function periodFor(
  fiscalYearStart: string,
  periods: readonly RdTaxPeriod[] = RDTAX_PERIODS,
): RdTaxPeriod {
  const p = periods.find(
    (x) => x.fiscalYearStart.from <= fiscalYearStart && fiscalYearStart <= x.fiscalYearStart.to,
  );
  if (!p)
    throw new AppError(
      "RDTAX_PERIOD_UNKNOWN",
      `no R&D tax period for a fiscal year starting ${fiscalYearStart}`,
      {
        kind: "notAvailable",
        params: { value: fiscalYearStart, range: coveredRange(periods) },
      },
    );
  return p;
}

/**
 * A blank 事業年度開始日: the fiscal year containing `today`, taken as the one starting on the latest
 * 1 April on or before it (most Japanese companies close in March). The CHECK function says so.
 */
export function defaultFiscalYearStart(today: string): string {
  const [y, m] = today.split("-").map(Number);
  return `${m >= 4 ? y : y - 1}-04-01`;
}
