import { AppError } from "../errors/AppError";
import { compareByLaw } from "./compareByLaw";
import { normalizeName } from "./normalizeName";
import { type BasisName, resolveBasis, resolveIndustry, smallRuleFor, smeRuleFor } from "./smeDefinitions";

/**
 * 資本金: yen; null when the cell is blank (unknown); "individual" for a 個人事業主,
 * whom the laws judge by employees alone (「…以下の会社並びに…従業員の数が…以下の会社及び個人」).
 */
export type Capital = number | "individual" | null;

const INDIVIDUAL_WORDS = new Set(
  ["個人", "個人事業主", "個人事業者", "individual", "soleproprietor"].map(normalizeName),
);

/** Whether a capital cell's text marks a sole proprietor rather than a missing or bad number. */
export function isIndividualWord(text: string): boolean {
  return INDIVIDUAL_WORDS.has(normalizeName(text));
}

export const SME_BASES: readonly BasisName[] = ["基本法", "経営強化法"];
export const SMALL_BASES: readonly BasisName[] = ["基本法", "小規模事業者支援法"];

function missing(arg: string): AppError {
  return new AppError("ARG_MISSING", `${arg} is blank`, { kind: "notAvailable", params: { arg } });
}

function notNegative(value: number | null, arg: string): void {
  if (value !== null && value < 0)
    throw new AppError("ARG_NEGATIVE", `${arg} is negative`, { params: { arg, value } });
}

function smeUnder(
  industryText: string,
  capital: Capital,
  employees: number | null,
  basis: BasisName,
): boolean {
  if (typeof capital === "number") notNegative(capital, "capital_yen");
  notNegative(employees, "employees");
  const rule = smeRuleFor(resolveIndustry(industryText, basis), basis);
  const byEmployees = employees === null ? null : compareByLaw(employees, rule.comparator, rule.employees);
  if (capital === "individual") {
    if (byEmployees === null) throw missing("employees");
    return byEmployees;
  }
  const byCapital = capital === null ? null : compareByLaw(capital, rule.comparator, rule.capitalYen);
  // Either test suffices (資本金 又は 従業員): one pass decides; a blank can only leave it open.
  if (byCapital === true || byEmployees === true) return true;
  if (byCapital === null && byEmployees === null) throw missing("capital_yen, employees");
  if (byCapital === null) throw missing("capital_yen");
  if (byEmployees === null) throw missing("employees");
  return false;
}

function smallUnder(industryText: string, employees: number | null, basis: BasisName): boolean {
  notNegative(employees, "employees");
  const rule = smallRuleFor(resolveIndustry(industryText, basis), basis);
  if (employees === null) throw missing("employees");
  return compareByLaw(employees, rule.comparator, rule.employees);
}

/**
 * 中小企業者: 資本金 ≤ limit or 常時使用する従業員 ≤ limit for the industry.
 * basis 基本法 (default, 中小企業基本法 第2条) or 経営強化法 (with the 政令 special industries).
 */
export function isSme(
  industry: string,
  capital: Capital,
  employees: number | null,
  basis: string | null = null,
): boolean {
  return smeUnder(industry, capital, employees, resolveBasis(basis, SME_BASES));
}

/**
 * 小規模企業者: 従業員 ≤ 20 (商業・サービス業 5). basis 基本法 (default, 第2条第5項) or
 * 小規模事業者支援法 (宿泊業・娯楽業 20, the 持続化補助金 test).
 */
export function isSmall(industry: string, employees: number | null, basis: string | null = null): boolean {
  return smallUnder(industry, employees, resolveBasis(basis, SMALL_BASES));
}

export type SmeClass = "小規模企業者" | "中小企業者" | "大企業";

/**
 * The most specific class. Every small-firm employee limit is at or below the
 * SME employee limit of the same industry, so a 小規模企業者 is always also a
 * 中小企業者 (a test checks this over the data). 大企業 here means "not a
 * 中小企業者 under this basis". Employees are always needed (they decide 小規模).
 */
export function smeClass(
  industry: string,
  capital: Capital,
  employees: number | null,
  basis: string | null = null,
): SmeClass {
  const b = resolveBasis(basis);
  if (typeof capital === "number") notNegative(capital, "capital_yen");
  resolveIndustry(industry, b);
  if (employees === null) throw missing("employees");
  if (smallUnder(industry, employees, b)) return "小規模企業者";
  return smeUnder(industry, capital, employees, b) ? "中小企業者" : "大企業";
}
