// The generic capped grant: round(min(cost × rate [second tier], cap)), 0 below the minimum.
import { divideRounded, Rate, Rounding, toYen, Yen } from "../money";
import { AppError } from "../errors/AppError";

export interface Tier {
  /** Where the second tier starts: a subsidy amount (basis "subsidy", default) or a cost amount. */
  threshold: Yen;
  /** The rate of the part above the threshold. */
  rate: Rate;
  /** @default "subsidy" */
  basis?: "subsidy" | "cost";
}

export interface CappedGrantInput {
  cost: Yen;
  rate: Rate;
  cap: Yen;
  /** Grants below this are 0 (下限額: a grant equal to it passes). @default 0 */
  minGrant?: Yen;
  tier?: Tier | null;
  /** @default "floor" */
  rounding?: Rounding;
}

export interface CappedGrantResult {
  grant: Yen;
  /** cost × rate (with the tier), rounded, before the cap. */
  uncapped: Yen;
  capBinding: boolean;
  tierApplied: boolean;
  belowMinimum: boolean;
}

function nonNegative(value: Yen, arg: string): Yen {
  const y = toYen(value, arg);
  if (y < 0) {
    throw new AppError("ARG_NEGATIVE", `${arg} is negative`, {
      kind: "invalidNumber",
      params: { arg, value: y },
    });
  }
  return y;
}

/**
 * The exact subsidy before the cap as a fraction n/d. With a subsidy-basis tier
 * and cost × rate above T, it is T + (cost × rate − T) × tierRate / rate: the cost
 * that earns T at the base rate, and the rest of the cost at the tier rate.
 */
function exactSubsidy(
  cost: bigint,
  rate: Rate,
  tier: Tier | null | undefined,
): { n: bigint; d: bigint; tier: boolean } {
  const rn = BigInt(rate.num);
  const rd = BigInt(rate.den);
  if (tier) {
    const t = BigInt(tier.threshold);
    const tn = BigInt(tier.rate.num);
    const td = BigInt(tier.rate.den);
    if ((tier.basis ?? "subsidy") === "subsidy") {
      if (rn > 0n && cost * rn > t * rd) {
        return { n: t * td * rn + (cost * rn - t * rd) * tn, d: td * rn, tier: true };
      }
    } else if (cost > t) {
      return { n: t * rn * td + (cost - t) * tn * rd, d: rd * td, tier: true };
    }
  }
  return { n: cost * rn, d: rd, tier: false };
}

export function cappedGrant(input: CappedGrantInput): CappedGrantResult {
  const cost = nonNegative(input.cost, "cost");
  const cap = nonNegative(input.cap, "cap");
  const minGrant = nonNegative(input.minGrant ?? 0, "min_grant");
  if (input.tier) nonNegative(input.tier.threshold, "tier_threshold");
  const exact = exactSubsidy(BigInt(cost), input.rate, input.tier);
  const uncapped = toYen(divideRounded(exact.n, exact.d, input.rounding ?? "floor"), "subsidy");
  const capped = Math.min(uncapped, cap);
  const belowMinimum = capped < minGrant;
  return {
    grant: belowMinimum ? 0 : capped,
    uncapped,
    capBinding: uncapped > cap,
    tierApplied: exact.tier,
    belowMinimum,
  };
}
