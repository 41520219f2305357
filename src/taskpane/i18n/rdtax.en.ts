// The 研究開発税制 calculator's English text (rdtax.ja.ts says why it is a file of its own).
import type { rdtaxJa } from "./rdtax.ja";

export const rdtaxEn: Record<keyof typeof rdtaxJa, string> = {
  rdtaxHeading: "R&D tax credit (研究開発税制)",
  rdtaxIntro:
    "Computes the general-type and SME-scheme credits under the law for the fiscal year's start. The open-innovation and strategic-technology credits are not covered.",
  rdtaxSchemeLabel: "Scheme",
  rdtaxSchemeGeneral: "General type (一般型)",
  rdtaxSchemeSme: "SME scheme (中小企業技術基盤強化税制)",
  rdtaxSmeNote:
    "'SME' here is the tax law's definition (capital of at most ¥100 million and not a large company's subsidiary, average income of the last three years at most ¥1.5 billion, …), not the SME Basic Act one.",
  rdtaxFiscalYearStart: "Fiscal year start",
  rdtaxThisYear: "R&D expenses this year (yen)",
  rdtaxPrev1: "R&D expenses, previous year (yen)",
  rdtaxPrev2: "R&D expenses, two years before (yen)",
  rdtaxPrev3: "R&D expenses, three years before (yen)",
  rdtaxPriorHint:
    "A blank year is a year the company did not exist and is left out of the average; 0 is averaged as 0 yen.",
  rdtaxComparison: "Comparison R&D (average of the previous years): {amount}",
  rdtaxComparisonNone: "Comparison R&D: 0 (no previous year given; treated like a founding year)",
  rdtaxAverageSales: "Average sales (this and the previous three years, yen, optional)",
  rdtaxCorporateTax: "Corporate tax before credits (yen)",
  rdtaxCalculate: "Calculate credit",
  rdtaxWriteSheet: "Write credit sheet",
  rdtaxCredit: "Credit: {amount}",
  rdtaxRate: "Credit rate: {rate}",
  rdtaxCap: "Cap: {amount} (corporate tax × {rate})",
  rdtaxLimit: "Credit before the cap (R&D × rate): {amount}",
  rdtaxRatios: "Increase ratio {increase}, R&D-to-sales ratio {intensity}",
  rdtaxPeriod: "Period applied: {period}",
  rdtaxFindings: "Findings and sources",
  rdtaxCheckLaw: "Check against the law and the NTA guidance",
  rdtaxInvalidAmount: "Enter '{field}' as whole yen, 0 or more (e.g. 12,000,000 or 1200万). Entered: {value}",
  rdtaxAmbiguousAmount: "'{field}' reads two ways; enter digits only. Entered: {value}",
  rdtaxInvalidDate: "Enter a date for '{field}'.",
  rdtaxCalcFailed: "Could not compute the R&D tax credit",
  rdtaxWriteFailed: "Could not write the R&D tax calculation sheet",
  rdtaxSheetWritten: "Wrote the inputs and formulas to sheet '{sheet}'. Change an input and it recalculates.",
  rdtaxSheetDeclined: "Not written; the existing sheet is unchanged.",
  rdtaxSheetUnavailable: "This environment cannot write a calculation sheet.",
};
