import type { Comparator } from "./smeDefinitions.schema";

/** `value` against `limit` with the comparator as the law words it (以下 ≤, 未満 <, 以上 ≥, 超 >). */
export function compareByLaw(value: number, comparator: Comparator, limit: number): boolean {
  switch (comparator) {
    case "以下":
      return value <= limit;
    case "未満":
      return value < limit;
    case "以上":
      return value >= limit;
    case "超":
      return value > limit;
  }
}
