// 小規模 from employees and industry, through the SME definitions of src/core/measures
// (data/sme-definitions.json): the programme file names the basis (基本法 or 小規模事業者支援法).
import {
  categoryNameEn,
  resolveBasis,
  resolveIndustry,
  ruleCitation,
  smallRuleFor,
} from "../measures/smeDefinitions";
import { meets } from "./compare";
import type { SourceText } from "./findings";
import type { Status } from "./schema";

/**
 * The statute's own words for a category whose key is shorthand: 中小企業基本法 第2条第1項第1号 reads
 * 「製造業、建設業、運輸業その他の業種（次号から第四号までに掲げる業種を除く。）」.
 */
const CATEGORY_WORDING: Record<string, { ja: string; en: string }> = {
  製造業その他: {
    ja: "製造業、建設業、運輸業その他の業種",
    en: "manufacturing, construction, transport and other industries",
  },
};

/**
 * How a finding names the applicant's industry: 「小売業（小売業）」 and 「製造業その他（製造業その他）」
 * said the same word twice, so the category follows in brackets only when it adds something.
 */
export function industryWording(industry: string, category: string, categoryEn?: string) {
  const cat = CATEGORY_WORDING[category] ?? { ja: category, en: categoryEn ?? category };
  const same = industry === category;
  return {
    ja: same ? cat.ja : `${industry}（${cat.ja}）`,
    en: same ? cat.en : `${industry} (${cat.en})`,
  };
}

export interface SmallBusinessVerdict {
  small: boolean;
  industry: string;
  category: string;
  /** industryWording() of industry and category */
  wording: { ja: string; en: string };
  law: string;
  article: string;
  threshold: number;
  comparator: string;
  source: SourceText | null;
  status: Status;
}

export function judgeSmallBusiness(
  employees: number,
  industryText: string,
  basisText: string,
): SmallBusinessVerdict {
  const basis = resolveBasis(basisText);
  const industry = resolveIndustry(industryText, basis);
  const rule = smallRuleFor(industry, basis);
  const cite = ruleCitation(rule);
  return {
    small: meets(employees, rule.comparator, rule.employees),
    industry: industry.name,
    category: industry.category,
    wording: industryWording(industry.name, industry.category, categoryNameEn(industry.category)),
    law: rule.law,
    article: rule.article,
    threshold: rule.employees,
    comparator: rule.comparator,
    // The statute on e-Gov (never the page we read it on), with the rule's status.
    source: {
      publisher: cite.publisher,
      document: cite.document,
      section: `${rule.law} ${rule.article}`,
      url: cite.url,
      status: cite.status,
    },
    status: cite.status,
  };
}
