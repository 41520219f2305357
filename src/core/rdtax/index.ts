export { computeRdTax, resolveFiscalYearStart, type RdTaxInput, type RdTaxResult } from "./rdtax";
export { capRate, creditRate, scheme, yenTimes, type RatioInput } from "./compute";
export { coveredRange, defaultFiscalYearStart, periodFor, RDTAX_PERIODS } from "./periods";
export { parseScheme, SCHEME_CHOICES, type SchemeId } from "./scheme";
export { q, toNumber, percentText, type Q } from "./q";
