// The arithmetic of 租税特別措置法 第42条の4 for one period and scheme, exactly: ratios and rates are
// signed fractions, yen are integers, and every rounding is named (the rate floored to 1/1000 as the
// law says; the cap and the credit floored to the yen, our choice, stated in docs/functions/rdtax.md).
import { toYen, type Yen } from "../money";
import { add, cmp, floorInt, floorTo, fromPair, max, min, mul, sub, ZERO, type Q } from "./q";
import type { RdTaxPeriod, RdTaxScheme, ValueRule } from "./schema";
import type { SchemeId } from "./scheme";

const v = (r: ValueRule): Q => fromPair(r.value);

/** What the rate and cap depend on: null increase = 設立事業年度 / 比較試験研究費 0; null intensity = not given. */
export interface RatioInput {
  /** 増減試験研究費割合 (−1 … ∞), or null for the 比較試験研究費 0 case. */
  increase: Q | null;
  /** 試験研究費割合 (試験研究費 ÷ 平均売上金額), or null when unknown (no 控除割増, no cap addition). */
  intensity: Q | null;
}

export interface RateResult {
  rate: Q;
  /** The rate before truncation and the cap. */
  exact: Q;
  curve: "zeroComparison" | "below" | "base" | "above";
  atFloor: boolean;
  atCap: boolean;
  /** 控除割増率 applied (0 when none). */
  bonus: Q;
  bonusCapped: boolean;
}

export function scheme(period: RdTaxPeriod, id: SchemeId): RdTaxScheme {
  return id === "general" ? period.general : period.sme;
}

/** 税額控除割合 (第1項・第2項 / 第4項・第5項). */
export function creditRate(period: RdTaxPeriod, s: RdTaxScheme, input: RatioInput): RateResult {
  const c = s.rate;
  let r: Q;
  let curve: RateResult["curve"];
  let atFloor = false;
  const inc = input.increase;
  if (inc === null) {
    r = v(c.zeroComparison);
    curve = "zeroComparison";
  } else if (cmp(inc, v(c.pivot)) > 0 && c.above) {
    r = add(v(c.base), mul(sub(inc, v(c.pivot)), v(c.above.slope)));
    curve = "above";
  } else if (cmp(inc, v(c.pivot)) < 0 && c.below) {
    const raw = sub(v(c.base), mul(sub(v(c.pivot), inc), v(c.below.slope)));
    atFloor = cmp(raw, v(c.below.floor)) <= 0;
    r = max(raw, v(c.below.floor));
    curve = "below";
  } else {
    r = v(c.base);
    curve = "base";
  }
  let bonus = ZERO;
  let bonusCapped = false;
  const it = s.intensity;
  if (it && input.intensity !== null && cmp(input.intensity, v(it.threshold)) > 0) {
    const raw = mul(sub(input.intensity, v(it.threshold)), v(it.factor));
    bonusCapped = cmp(raw, v(it.max)) >= 0;
    bonus = min(raw, v(it.max));
    r = add(r, mul(r, bonus));
  }
  const exact = r;
  const truncated = floorTo(r, period.truncation.den);
  const atCap = cmp(truncated, v(c.cap)) >= 0;
  return { rate: min(truncated, v(c.cap)), exact, curve, atFloor, atCap, bonus, bonusCapped };
}

export interface CapResult {
  /** 控除上限額 ÷ 調整前法人税額. */
  capRate: Q;
  /** Signed variable adjustment (一般型, 令和5年度改正), 0 when none. */
  variable: Q;
  /** 中小: the addition for an increase above the threshold, 0 when none. */
  increaseAdd: Q;
  /** The addition for 試験研究費割合 above 10 %, 0 when none. */
  intensityAdd: Q;
  /** Which addition the cap uses: the larger one. */
  used: "none" | "variable" | "increase" | "intensity";
}

/** 控除上限額 as a share of 調整前法人税額 (第1項・第3項 / 第4項・第6項). */
export function capRate(s: RdTaxScheme, input: RatioInput): CapResult {
  const t = s.taxCap;
  const inc = input.increase;
  let variable = ZERO;
  if (t.variable && inc !== null) {
    if (cmp(inc, v(t.variable.upper)) > 0)
      variable = min(mul(sub(inc, v(t.variable.upper)), v(t.variable.slope)), v(t.variable.max));
    else if (cmp(inc, sub(ZERO, v(t.variable.lower))) < 0)
      variable = sub(
        ZERO,
        min(mul(sub(sub(ZERO, v(t.variable.lower)), inc), v(t.variable.slope)), v(t.variable.max)),
      );
  }
  const increaseAdd =
    t.increase && inc !== null && cmp(inc, v(t.increase.threshold)) > 0 ? v(t.increase.add) : ZERO;
  let intensityAdd = ZERO;
  if (t.intensity && input.intensity !== null && cmp(input.intensity, v(t.intensity.threshold)) > 0)
    intensityAdd = min(
      mul(sub(input.intensity, v(t.intensity.threshold)), v(t.intensity.factor)),
      v(t.intensity.max),
    );
  // The additions are alternatives: the larger one applies. A reduction (negative variable) applies
  // only when no addition does (a year with 試験研究費割合 > 10 % is not reduced).
  const hasIntensity = cmp(intensityAdd, ZERO) > 0;
  let adj = variable;
  let used: CapResult["used"] = cmp(variable, ZERO) !== 0 ? "variable" : "none";
  if (cmp(increaseAdd, ZERO) > 0 && cmp(increaseAdd, adj) > 0) [adj, used] = [increaseAdd, "increase"];
  if (hasIntensity && cmp(intensityAdd, adj) > 0) [adj, used] = [intensityAdd, "intensity"];
  const rate = max(add(v(t.base), adj), ZERO);
  return { capRate: rate, variable, increaseAdd, intensityAdd, used };
}

/**
 * floor(amount × rate) in yen. The rate's denominator can pass 2^53 (a cap rate built from an
 * average of three years), so this stays in bigint rather than going through money's Rate.
 */
export function yenTimes(amount: Yen, rate: Q): Yen {
  return toYen(floorInt({ n: BigInt(amount) * rate.n, d: rate.d }), "amount × rate");
}

/** floor(x) for a non-negative fraction of yen (the comparison amount may be an average). */
export function floorYen(x: Q): Yen {
  return floorInt(x);
}

/** 増減試験研究費割合 = (試験研究費 − 比較試験研究費) ÷ 比較試験研究費; null when the comparison is 0. */
export function increaseRatio(rd: Q, comparison: Q): Q | null {
  if (cmp(comparison, ZERO) <= 0) return null;
  return { n: rd.n * comparison.d - comparison.n * rd.d, d: rd.d * comparison.n };
}

/** 試験研究費割合 = 試験研究費 ÷ 平均売上金額; null when sales are unknown or 0. */
export function intensityRatio(rd: Q, averageSales: Q | null): Q | null {
  if (averageSales === null || cmp(averageSales, ZERO) <= 0) return null;
  return { n: rd.n * averageSales.d, d: rd.d * averageSales.n };
}
