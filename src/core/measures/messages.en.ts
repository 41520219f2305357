import type { measuresJa } from "./messages.ja";

export const measuresEn: Record<keyof typeof measuresJa, string> = {
  VALUE_ADDED_ZERO: "Value added is zero, so the ratio cannot be computed.",
  VALUE_ADDED_NEGATIVE: "Value added is negative ({value}); this ratio is not meaningful.",
  RESULT_TOO_LARGE: "The result of {what} is too large to represent.",
  HEADCOUNT_ZERO: "Employees (and officers) are zero, so labour productivity cannot be computed.",
  YEARS_NOT_POSITIVE: "Years must be greater than 0: {value}",
  CAGR_START_ZERO: "The start value is zero, so no growth rate can be computed.",
  CAGR_NEGATIVE:
    "The start or end value is negative ({start} → {end}); the compound growth rate is undefined.",
  BASIS_UNKNOWN: "Basis '{value}' is not accepted. Use one of: {accepted}",
  INDUSTRY_UNKNOWN:
    "Industry '{value}' is not recognised. Accepted (main names): {accepted}. Full list: =SME.INDUSTRIES()",
  INDUSTRY_AMBIGUOUS: "Industry '{value}' has different thresholds under {basis}. Enter one of: {choices}",
  UNIT_UNKNOWN: "Unit '{value}' is not accepted. Use 円, 千円 or 百万円 (yen, thousand, million).",
  SHARE_OUT_OF_RANGE: "Argument '{arg}' must be a share between 0 and 1 (e.g. 0.5, 50%, 1/2): {value}",
  SHARE_INCONSISTENT:
    "The largest large-company holder ({largest}) exceeds all large companies together ({total}).",
};
