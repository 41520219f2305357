import { finiteResult } from "./finite";

/**
 * 付加価値額 as 財務省「法人企業統計調査」 defines it:
 * 営業純益 + 人件費 + 支払利息等 + 動産・不動産賃借料 + 租税公課,
 * where 営業純益 = 営業利益 − 支払利息等. Any consistent unit.
 */
export function valueAdded(
  netOperatingProfit: number,
  personnelCost: number,
  interestExpense: number,
  rent: number,
  taxes: number,
): number {
  return finiteResult(netOperatingProfit + personnelCost + interestExpense + rent + taxes, "value_added");
}

/**
 * The same 付加価値額 from 営業利益: 支払利息等 is subtracted in 営業純益 and
 * added back, so it cancels: 営業利益 + 人件費 + 動産・不動産賃借料 + 租税公課.
 */
export function valueAddedFromOperatingProfit(
  operatingProfit: number,
  personnelCost: number,
  rent: number,
  taxes: number,
): number {
  return finiteResult(operatingProfit + personnelCost + rent + taxes, "value_added");
}
