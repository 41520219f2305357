import { finiteResult } from "./finite";

/**
 * 人件費 (法人企業統計) = 役員給与 + 役員賞与 + 従業員給与 + 従業員賞与 + 福利厚生費.
 * 福利厚生費 includes 法定福利費, 厚生費, 福利施設負担額 and 退職給与引当金繰入 (MOF 用語).
 */
export function personnelCost(
  officerSalary: number,
  officerBonus: number,
  employeeSalary: number,
  employeeBonus: number,
  welfare: number,
): number {
  return finiteResult(
    officerSalary + officerBonus + employeeSalary + employeeBonus + welfare,
    "personnel_cost",
  );
}
