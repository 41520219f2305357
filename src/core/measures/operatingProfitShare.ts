import { shareOfValueAdded } from "./laborShare";

/**
 * 営業純益 ÷ 付加価値額: the part of value added left as operating profit after
 * interest. With 労働分配率 and the interest, rent and tax shares it sums to 1.
 */
export function operatingProfitShare(netOperatingProfit: number, valueAdded: number): number {
  return shareOfValueAdded(netOperatingProfit, valueAdded, "operating_profit_share");
}
