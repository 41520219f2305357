// 小規模 from employees and industry, through the SME definitions of src/core/measures
// (data/sme-definitions.json): the programme file names the basis (基本法 or 小規模事業者支援法).
import { resolveBasis, resolveIndustry, ruleCitation, smallRuleFor } from "../measures/smeDefinitions";
import { meets } from "./compare";
import type { SourceText } from "./findings";
import type { Status } from "./schema";

export interface SmallBusinessVerdict {
  small: boolean;
  industry: string;
  category: string;
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
