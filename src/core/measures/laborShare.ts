import { AppError } from "../errors/AppError";
import { finiteResult } from "./finite";

/**
 * A share of value added (付加価値額) as a ratio: the denominator of
 * 労働分配率 and 営業純益比率. A value added of 0 has no share (#DIV/0!); a
 * negative value added makes the ratio meaningless (#NUM!) rather than a
 * misleading negative percentage.
 */
export function shareOfValueAdded(part: number, valueAdded: number, what: string): number {
  if (valueAdded === 0)
    throw new AppError("VALUE_ADDED_ZERO", "value added is zero", { kind: "divisionByZero" });
  if (valueAdded < 0) {
    throw new AppError("VALUE_ADDED_NEGATIVE", "value added is negative", {
      kind: "invalidNumber",
      params: { value: valueAdded },
    });
  }
  return finiteResult(part / valueAdded, what);
}

/** 労働分配率 = 人件費 ÷ 付加価値額 (財務省「法人企業統計調査」の定義). */
export function laborShare(personnelCost: number, valueAdded: number): number {
  return shareOfValueAdded(personnelCost, valueAdded, "labor_share");
}
