import { AppError } from "../errors/AppError";
import { finiteResult } from "./finite";

/**
 * 労働生産性 = 付加価値額 ÷ 従業員数 (中小企業白書). With `officers`, the
 * denominator is 従業員数 + 役員数, as 法人企業統計 tables per 人員 use it.
 * Head counts may be period averages (MOF converts temporary staff by hours), so
 * fractions are allowed; negative counts are not.
 */
export function laborProductivity(valueAdded: number, employees: number, officers = 0): number {
  if (employees < 0) throw negative("employees", employees);
  if (officers < 0) throw negative("officers", officers);
  const heads = employees + officers;
  if (heads === 0) throw new AppError("HEADCOUNT_ZERO", "no employees", { kind: "divisionByZero" });
  return finiteResult(valueAdded / heads, "labor_productivity");
}

function negative(arg: string, value: number): AppError {
  return new AppError("ARG_NEGATIVE", `${arg} is negative`, { params: { arg, value } });
}
