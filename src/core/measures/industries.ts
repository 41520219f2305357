import {
  type BasisName,
  resolveBasis,
  smallRuleFor,
  smeDefinitions,
  smeRuleFor,
  citationText,
  weakestStatus,
} from "./smeDefinitions";

export const INDUSTRY_TABLE_HEADER = [
  "業種 / industry",
  "区分 / category",
  "資本金上限(円) / capital limit (yen)",
  "従業員上限(人) / employee limit",
  "小規模 従業員上限(人) / small-firm employee limit",
  "比較 / comparator",
  "中小企業者の根拠 / SME rule",
  "小規模の根拠 / small-firm rule",
  "状態 / status",
  "出典 / sources",
] as const;

/**
 * One row per industry name accepted under `basis` (names the law splits under
 * that basis are left out, so the list can feed a drop-down), with its
 * thresholds, the law and article of each, the weakest status and the sources.
 */
export function industryTable(basisText: string | null): (string | number)[][] {
  const basis: BasisName = resolveBasis(basisText);
  const rows: (string | number)[][] = [[...INDUSTRY_TABLE_HEADER]];
  for (const industry of smeDefinitions.industries) {
    if (industry.category === undefined || industry.ambiguousUnder?.includes(basis)) continue;
    const named = industry as typeof industry & { category: string };
    const sme = smeRuleFor(named, basis);
    const small = smallRuleFor(named, basis);
    rows.push([
      industry.name,
      industry.category,
      sme.capitalYen,
      sme.employees,
      small.employees,
      sme.comparator === small.comparator ? sme.comparator : `${sme.comparator} / ${small.comparator}`,
      `${sme.law} ${sme.article}`,
      `${small.law} ${small.article}`,
      weakestStatus(industry.status, sme.status, small.status),
      citationText([...industry.sources.map((source) => ({ source, status: industry.status })), sme, small]),
    ]);
  }
  return rows;
}
