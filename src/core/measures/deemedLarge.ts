import { AppError } from "../errors/AppError";
import { type Share, atLeast, checkShare, exceeds } from "./share";
import { smeDefinitions } from "./smeDefinitions";

/** The shares of one firm; null = blank cell. */
export interface OwnershipShares {
  /** The share held by the single largest large-company shareholder. */
  largest: Share | null;
  /** The share held by all large companies together. Blank: only the largest one. */
  total: Share | null;
  /** Officers who are officers or employees of a large company ÷ all officers. */
  officers: Share | null;
  /** The share held by SMEs that are themselves みなし大企業 (rule 4 needs all of it). */
  parentShare?: Share | null;
  /** Officers from such SMEs ÷ all officers (rule 5 needs all of them). */
  parentOfficers?: Share | null;
}

const ZERO: Share = { num: 0, den: 1 };
const rules = smeDefinitions.deemedLarge.rules;

/**
 * みなし大企業 (the standard list in METI subsidy guidelines; status in the data
 * file): a size-qualifying SME counts as large when any rule holds. Boundaries
 * are 以上 (1/2 and 2/3 themselves count). Blank shares are 0; all blank is #N/A.
 */
export function isDeemedLarge(shares: OwnershipShares): boolean {
  const given = [
    shares.largest,
    shares.total,
    shares.officers,
    shares.parentShare ?? null,
    shares.parentOfficers ?? null,
  ];
  if (given.every((s) => s === null)) {
    throw new AppError("ARG_MISSING", "no shares", {
      kind: "notAvailable",
      params: { arg: "largest_large_company_share, total_large_company_share, large_company_officer_share" },
    });
  }
  const largest = checkShare(shares.largest ?? ZERO, "largest_large_company_share");
  const total = checkShare(shares.total ?? largest, "total_large_company_share");
  const values: Record<(typeof rules)[number]["key"], Share> = {
    largest,
    total,
    officers: checkShare(shares.officers ?? ZERO, "large_company_officer_share"),
    parentShare: checkShare(shares.parentShare ?? ZERO, "deemed_large_parent_share"),
    parentOfficers: checkShare(shares.parentOfficers ?? ZERO, "deemed_large_parent_officer_share"),
  };
  if (exceeds(largest, total)) {
    throw new AppError("SHARE_INCONSISTENT", "largest holder exceeds the total", {
      params: { largest: String(largest.num / largest.den), total: String(total.num / total.den) },
    });
  }
  return rules.some((r) => {
    if (r.comparator !== "以上") throw new Error(`sme-definitions: deemedLarge comparator ${r.comparator}`);
    return atLeast(values[r.key], r.share);
  });
}
