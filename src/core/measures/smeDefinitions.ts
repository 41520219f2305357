// Lookups over data/sme-definitions.json: which basis (law), which industry, which threshold row.
// The numbers live in the data file with law, article, comparator, source and status; none here.
import raw from "../../../data/sme-definitions.json";
import { type Citation, formatCitation, weakestCitationStatus } from "../citations/citation";
import { AppError } from "../errors/AppError";
import { normalizeName } from "./normalizeName";
import type { SmallRule, SmeDefinitions, SmeRule, Status } from "./smeDefinitions.schema";

export const smeDefinitions = raw as unknown as SmeDefinitions;

export type BasisName = "基本法" | "経営強化法" | "小規模事業者支援法";
export const ALL_BASES: readonly BasisName[] = ["基本法", "経営強化法", "小規模事業者支援法"];
export const DEFAULT_BASIS: BasisName = "基本法";

export type Industry = SmeDefinitions["industries"][number];

const basisByName = new Map<string, BasisName>();
for (const [name, b] of Object.entries(smeDefinitions.bases)) {
  for (const alias of [name, ...b.aliases]) basisByName.set(normalizeName(alias), name as BasisName);
}

const industryByName = new Map<string, Industry>();
for (const industry of smeDefinitions.industries) industryByName.set(normalizeName(industry.name), industry);

/** The basis named by `text` (blank → 基本法), which must be one of `allowed`. */
export function resolveBasis(text: string | null, allowed: readonly BasisName[] = ALL_BASES): BasisName {
  if (text === null || text.trim() === "") return DEFAULT_BASIS;
  const basis = basisByName.get(normalizeName(text));
  if (basis === undefined || !allowed.includes(basis)) {
    throw new AppError("BASIS_UNKNOWN", `unknown basis ${text}`, {
      params: { value: text, accepted: allowed.join(", ") },
    });
  }
  return basis;
}

/** The accepted industry names, in the data file's order (Japanese first, then English aliases). */
export function industryNames(): string[] {
  return smeDefinitions.industries.map((i) => i.name);
}

/**
 * The industry named by `text` under `basis`. Unknown names list what is
 * accepted; names the law splits under this basis (情報通信業; 宿泊業 under
 * 経営強化法) list the finer names to use instead.
 */
export function resolveIndustry(text: string, basis: BasisName): Industry & { category: string } {
  const industry = industryByName.get(normalizeName(text));
  if (industry === undefined) {
    const listed = smeDefinitions.industries.filter((i) => i.listed);
    throw new AppError("INDUSTRY_UNKNOWN", `unknown industry ${text}`, {
      params: { value: text, accepted: listed.map((i) => i.name).join(", ") },
    });
  }
  if (industry.ambiguousUnder?.includes(basis) || industry.category === undefined) {
    throw new AppError("INDUSTRY_AMBIGUOUS", `industry ${text} is split under ${basis}`, {
      params: { value: text, basis, choices: (industry.choices ?? []).join(", ") },
    });
  }
  return industry as Industry & { category: string };
}

/** The English name of a category ("manufacturing, construction, transport and others"), if the data has one. */
export function categoryNameEn(name: string): string | undefined {
  return (smeDefinitions.categories[name] as { nameEn?: string } | undefined)?.nameEn;
}

function category(industry: Industry & { category: string }) {
  const c = smeDefinitions.categories[industry.category];
  if (c === undefined) throw new Error(`sme-definitions: no category ${industry.category}`);
  return c;
}

/** The 中小企業者 threshold row that applies to `industry` under `basis`. */
export function smeRuleFor(industry: Industry & { category: string }, basis: BasisName): SmeRule {
  const key = category(industry).sme[smeDefinitions.bases[basis].sme];
  const rule = key === undefined ? undefined : smeDefinitions.smeRules[key];
  if (rule === undefined) throw new Error(`sme-definitions: no SME rule for ${industry.name} under ${basis}`);
  return rule;
}

/** The 小規模企業者 threshold row that applies to `industry` under `basis`. */
export function smallRuleFor(industry: Industry & { category: string }, basis: BasisName): SmallRule {
  const key = category(industry).small[smeDefinitions.bases[basis].small];
  const rule = key === undefined ? undefined : smeDefinitions.smallRules[key];
  if (rule === undefined)
    throw new Error(`sme-definitions: no small-firm rule for ${industry.name} under ${basis}`);
  return rule;
}

/** The least certain of several statuses: a row is only as sure as its weakest part. */
export function weakestStatus(...statuses: Status[]): Status {
  return weakestCitationStatus(...statuses);
}

type SourceRef = { doc: string; section?: string };

/** The official document a source reference names, with the rule's status (never a page we checked). */
export function citationOf(ref: SourceRef, status: Status): Citation {
  const doc = smeDefinitions.documents[ref.doc];
  if (doc === undefined) throw new Error(`sme-definitions: no document ${ref.doc}`);
  return { ...doc, section: ref.section ?? doc.section, status };
}

/** A rule's source for findings and cells: publisher, document, section, official URL and status. */
export function ruleCitation(rule: { source: SourceRef; status: Status }): {
  publisher: string;
  document: string;
  section: string;
  url: string;
  status: Status;
} {
  const c = citationOf(rule.source, rule.status);
  return {
    publisher: c.publisher,
    document: c.title,
    section: c.section ?? "",
    url: c.url,
    status: c.status,
  };
}

/**
 * The official sources of several rules as one cell's text: one 「publisher「title」section URL（status phrase）」
 * per distinct citation, joined by " ; ".
 */
export function citationText(
  rules: readonly { source: SourceRef; status: Status }[],
  lang: "ja" | "en" = "ja",
): string {
  const cites = rules.map((r) => citationOf(r.source, r.status));
  // 「第2条」 adds nothing next to 「第2条第1項第1号」 of the same document.
  const kept = cites.filter(
    (c) =>
      !cites.some(
        (d) =>
          d !== c &&
          d.url === c.url &&
          d.section !== c.section &&
          (d.section ?? "").startsWith(c.section ?? ""),
      ),
  );
  return [...new Set(kept.map((c) => formatCitation(c, lang)))].join(" ; ");
}
