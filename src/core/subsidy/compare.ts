import type { Comparator } from "./schema";

/** value (comparator) threshold, with the comparator in the law's words: 以下 ≤, 未満 <, 以上 ≥, 超 >. */
export function meets(value: number | bigint, comparator: Comparator, threshold: number | bigint): boolean {
  switch (comparator) {
    case "以下":
      return value <= threshold;
    case "未満":
      return value < threshold;
    case "以上":
      return value >= threshold;
    case "超":
      return value > threshold;
  }
}
