// The findings of one R&D tax credit calculation: each step, in both languages, citing the rule
// (law paragraph or 国税庁 page) it rests on, with that rule's status.
import { messageFor } from "../errors/messages";
import { makeFinding, resolveSource, yenText, type Finding, type RuleMeta } from "../subsidy/findings";
import type { Yen } from "../money";
import type { CapResult, RateResult } from "./compute";
import { percentText, q, toNumber, type Q } from "./q";
import type { RdTaxPeriod, RdTaxScheme, ValueRule } from "./schema";

export interface FindingInput {
  period: RdTaxPeriod;
  s: RdTaxScheme;
  isSme: boolean;
  fiscalYearStart: string;
  defaulted: boolean;
  comparison: Yen;
  increase: Q | null;
  intensity: Q | null;
  r: RateResult;
  c: CapResult;
  rd: Yen;
  tax: Yen;
  cap: Yen;
  limit: Yen;
  credit: Yen;
}

const pct = (x: Q | null): string => (x === null ? "—" : percentText(x));
const pv = (r: ValueRule): string => percentText(q(r.value[0], r.value[1]));
const xv = (r: ValueRule): string => String(toNumber(q(r.value[0], r.value[1])));

function formulaText(s: RdTaxScheme, curve: RateResult["curve"]): string {
  const c = s.rate;
  if (curve === "zeroComparison") return `比較試験研究費0: ${pv(c.zeroComparison)}`;
  if (curve === "above" && c.above)
    return `${pv(c.base)}＋(増減試験研究費割合−${pv(c.pivot)})×${xv(c.above.slope)}、上限 ${pv(c.cap)}`;
  if (curve === "below" && c.below)
    return `${pv(c.base)}−(${pv(c.pivot)}−増減試験研究費割合)×${xv(c.below.slope)}、下限 ${pv(c.below.floor)}`;
  return pv(c.base);
}

/** The cap finding: its adjustment clause is its own message, so each language gets its own text. */
function capFinding(i: FindingInput, rule: RuleMeta): Finding {
  const { c, s } = i;
  const t = s.taxCap;
  const code =
    c.used === "variable"
      ? c.variable.n > 0n
        ? "RDTAX_CAP_VARIABLE_ADD"
        : "RDTAX_CAP_VARIABLE_REDUCE"
      : c.used === "increase"
        ? "RDTAX_CAP_INCREASE_ADD"
        : c.used === "intensity"
          ? "RDTAX_CAP_INTENSITY_ADD"
          : null;
  const amount = c.used === "variable" ? c.variable : c.used === "increase" ? c.increaseAdd : c.intensityAdd;
  const adj = {
    add: pct(amount.n < 0n ? q(-amount.n, amount.d) : amount),
    threshold: t.increase ? pv(t.increase.threshold) : "",
  };
  const params = { cap: yenText(i.cap), tax: yenText(i.tax), capRate: pct(c.capRate), base: pv(t.base) };
  return {
    code: "RDTAX_CAP",
    severity: "info",
    messageJa: messageFor(
      "RDTAX_CAP",
      { ...params, adjustment: code ? messageFor(code, adj, "ja") : "" },
      "ja",
    ),
    messageEn: messageFor(
      "RDTAX_CAP",
      { ...params, adjustment: code ? messageFor(code, adj, "en") : "" },
      "en",
    ),
    source: resolveSource(i.period, rule.source, rule.status),
    status: rule.status,
    params,
  };
}

export function rdTaxFindings(i: FindingInput): Finding[] {
  const { period, s, r, c } = i;
  const t = s.taxCap;
  const f: Finding[] = [];
  const add = (
    code: string,
    severity: Finding["severity"],
    params: Record<string, string | number>,
    rule: RuleMeta | null,
  ) => f.push(makeFinding(code, severity, params, period, rule));
  add(
    "RDTAX_PERIOD",
    "info",
    { law: period.law.ja, label: period.labelJa, date: i.fiscalYearStart },
    period.law,
  );
  if (period.law.status === "assumption")
    add("RDTAX_PERIOD_ASSUMED", "warning", { note: period.law.ja }, period.law);
  if (i.defaulted) add("RDTAX_FY_DEFAULTED", "info", { date: i.fiscalYearStart }, null);
  add("RDTAX_SCHEME", "info", { scheme: s.nameJa }, null);
  add("RDTAX_ELIGIBILITY", i.isSme ? "warning" : "info", { text: s.eligibility.ja }, s.eligibility);
  add(
    "RDTAX_RATIOS",
    "info",
    { comparison: yenText(i.comparison), increase: pct(i.increase), intensity: pct(i.intensity) },
    period.comparisonYears,
  );
  if (r.curve === "zeroComparison")
    add("RDTAX_ZERO_COMPARISON", "info", { rate: pct(r.rate) }, s.rate.zeroComparison);
  add(
    "RDTAX_RATE",
    "info",
    { rate: pct(r.rate), formula: formulaText(s, r.curve) },
    r.curve === "above" && s.rate.above ? s.rate.above.slope : s.rate.base,
  );
  if (r.curve === "above" && s.rate.above)
    add(
      "RDTAX_INCREASE_SPECIAL",
      "info",
      { increase: pct(i.increase), pivot: pv(s.rate.pivot), cap: pv(s.rate.cap) },
      s.rate.above.slope,
    );
  if (r.atFloor && s.rate.below)
    add("RDTAX_RATE_FLOOR", "warning", { floor: pct(r.rate), increase: pct(i.increase) }, s.rate.below.floor);
  if (r.atCap) add("RDTAX_RATE_CAP", "info", { cap: pct(r.rate), exact: pct(r.exact) }, s.rate.cap);
  if (r.bonus.n > 0n && s.intensity)
    add(
      "RDTAX_INTENSITY_BONUS",
      "info",
      { intensity: pct(i.intensity), bonus: pct(r.bonus) },
      s.intensity.factor,
    );
  if (i.intensity === null) add("RDTAX_NO_SALES", "info", {}, null);
  const capRule =
    c.used === "variable" && t.variable
      ? t.variable.slope
      : c.used === "increase" && t.increase
        ? t.increase.add
        : c.used === "intensity" && t.intensity
          ? t.intensity.factor
          : t.base;
  f.push(capFinding(i, capRule));
  if (c.used !== "none") add("RDTAX_CAP_COMBINE", "info", { text: t.combine.ja }, t.combine);
  if (i.tax === 0) add("RDTAX_NO_TAX", "info", {}, t.base);
  if (i.limit > i.cap)
    add("RDTAX_CAP_BINDS", "warning", { limit: yenText(i.limit), cap: yenText(i.cap) }, capRule);
  add(
    "RDTAX_CREDIT",
    "info",
    {
      credit: yenText(i.credit),
      rd: yenText(i.rd),
      rate: pct(r.rate),
      limit: yenText(i.limit),
      cap: yenText(i.cap),
    },
    period.truncation,
  );
  for (const n of s.notModelled) add("RDTAX_NOT_MODELLED", "info", { text: n.ja }, n);
  return f;
}
