// The 研究開発税制 calculator's form: text as typed → the engine's input (or the fields to fix), and
// the calculation itself, which is pure (src/core/rdtax) and needs no workbook.
import {
  computeRdTax,
  defaultFiscalYearStart,
  percentText,
  q,
  type Q,
  type SchemeId,
} from "../../core/rdtax";
import { paneFinding } from "../paneFinding";
import type { Finding, RdTaxSheetInput } from "../actions";
import { readAmount } from "./subsidyForm";

/** A field to fix: its dictionary key, what is wrong, and the text as typed. */
export interface RdTaxProblem {
  field: string;
  kind: "amount" | "ambiguous" | "date";
  value: string;
}

export interface RdTaxDraft {
  scheme: SchemeId;
  /** YYYY-MM-DD as the date input gives it. */
  fiscalYearStart: string;
  /** 試験研究費: this year, then the previous three years (blank = the year did not exist). */
  rd: [string, string, string, string];
  averageSales: string;
  corporateTax: string;
}

export function emptyRdTaxDraft(today: string): RdTaxDraft {
  return {
    scheme: "general",
    fiscalYearStart: defaultFiscalYearStart(today),
    rd: ["", "", "", ""],
    averageSales: "",
    corporateTax: "",
  };
}

/** Field names (message keys of the pane's dictionaries) for problems. */
export const RD_FIELDS = ["rdtaxThisYear", "rdtaxPrev1", "rdtaxPrev2", "rdtaxPrev3"] as const;

/**
 * 比較試験研究費: the average over the previous years that are filled in (the law averages the fiscal
 * years that started in the previous three years, so a company two years old averages two). 0 when none.
 */
export function comparisonOf(prior: readonly (number | undefined)[]): Q {
  const given = prior.filter((v): v is number => v !== undefined);
  if (given.length === 0) return q(0);
  return q(
    given.reduce((a, b) => a + b, 0),
    given.length,
  );
}

export function toRdTaxInput(draft: RdTaxDraft): { input: RdTaxSheetInput } | { problems: RdTaxProblem[] } {
  const problems: RdTaxProblem[] = [];
  const read = (text: string, field: string, required: boolean): number | undefined => {
    const v = readAmount(text);
    if (v === "ambiguous") problems.push({ field, kind: "ambiguous", value: text });
    else if (v === null || (required && v === undefined))
      problems.push({ field, kind: "amount", value: text });
    return typeof v === "number" ? v : undefined;
  };
  const rd = draft.rd.map((text, i) => read(text, RD_FIELDS[i], i === 0));
  const averageSales = read(draft.averageSales, "rdtaxAverageSales", false);
  const corporateTax = read(draft.corporateTax, "rdtaxCorporateTax", true);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.fiscalYearStart))
    problems.push({ field: "rdtaxFiscalYearStart", kind: "date", value: draft.fiscalYearStart });
  if (problems.length) return { problems };
  return {
    input: {
      scheme: draft.scheme,
      fiscalYearStart: draft.fiscalYearStart,
      rdExpenses: rd[0]!,
      priorYears: rd.slice(1).map((v) => v ?? null),
      averageSales: averageSales ?? null,
      corporateTax: corporateTax!,
    },
  };
}

export interface RdTaxView {
  comparison: number;
  increase: string;
  intensity: string;
  rate: string;
  capRate: string;
  cap: number;
  limit: number;
  credit: number;
  period: string;
  findings: Finding[];
}

/** The calculation for the pane (throws an AppError for a fiscal year outside every period). */
export function calculateRdTax(input: RdTaxSheetInput): RdTaxView {
  const comparison = comparisonOf(input.priorYears.map((v) => v ?? undefined));
  const r = computeRdTax({
    scheme: input.scheme,
    rdExpenses: input.rdExpenses,
    comparison,
    corporateTax: input.corporateTax,
    averageSales: input.averageSales === null ? null : q(input.averageSales),
    fiscalYearStart: input.fiscalYearStart,
  });
  const pct = (x: Q | null) => (x === null ? "—" : percentText(x));
  return {
    comparison: Number(comparison.n / comparison.d),
    increase: pct(r.increase),
    intensity: pct(r.intensity),
    rate: pct(r.rate),
    capRate: pct(r.capRate),
    cap: r.cap,
    limit: r.limit,
    credit: r.credit,
    period: r.period.labelJa,
    findings: r.findings.map(paneFinding),
  };
}
