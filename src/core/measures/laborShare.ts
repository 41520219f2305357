import { AppError } from "../errors/AppError";

/**
 * 労働分配率 = 人件費 ÷ 付加価値額 (財務省「法人企業統計調査」の定義).
 * A value added of 0 has no share (#DIV/0!); a negative value added makes the
 * ratio meaningless (#NUM!) rather than a misleading negative percentage.
 */
export function laborShare(personnelCost: number, valueAdded: number): number {
  if (valueAdded === 0) throw new AppError("VALUE_ADDED_ZERO", "value added is zero", { kind: "divisionByZero" });
  if (valueAdded < 0) {
    throw new AppError("VALUE_ADDED_NEGATIVE", "value added is negative", {
      kind: "invalidNumber",
      params: { value: valueAdded },
    });
  }
  return personnelCost / valueAdded;
}
