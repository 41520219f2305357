// Grants of the capped programmes (ものづくり, 持続化, 省力化 …), generic over the programme data:
// employee bands, caps and cap adjustments by flag, rates by flag, a second tier, a minimum grant,
// required flags (eligibility) and 小規模 derived from employees and industry.
import { messageFor } from "../errors/messages";
import { AppError } from "../errors/AppError";
import type { AsOf } from "./asOf";
import { makeRate, rateFromPair, rateToString, Rate, Rounding, toYen, Yen } from "../money";
import { cappedGrant, Tier } from "./cappedGrant";
import { Finding, makeFinding, resolveSource, yenText } from "./findings";
import { CappedEntry, parseFlags, resolveCappedProgram } from "./registry";
import type { Condition } from "./schema";
import { judgeSmallBusiness, SmallBusinessVerdict } from "./smallBusiness";

export interface ApplicantInput {
  /** 常時使用する従業員 (excl. owner, officers and temporary staff). */
  employees: number;
  /** 主たる事業, e.g. 製造業, 小売業, 宿泊業. Needed only when 小規模 must be derived. */
  industry?: string | null;
  /** Flag texts (小規模, 再生事業者, 大幅賃上げ特例, …); each may hold several separated by , or 、. */
  flags?: readonly string[];
}

export interface GrantInput extends ApplicantInput {
  /** Eligible cost in yen, excluding consumption tax. */
  eligibleCost: Yen;
}

/** Everything that applies to one applicant under one frame, before the cost is known. */
export interface GrantTerms {
  programId: string;
  entry: CappedEntry;
  eligible: boolean;
  /** Flags in force: given ones that the frame knows, plus 小規模 when derived. */
  flags: string[];
  small: SmallBusinessVerdict | null;
  band: string | null;
  cap: Yen;
  /** null only with `capOnly` when 小規模 decides the rate and no industry was given. */
  rate: Rate | null;
  tier: Tier | null;
  minGrant: Yen;
  rounding: Rounding;
  findings: Finding[];
}

export interface GrantResult extends GrantTerms {
  rate: Rate;
  eligibleCost: Yen;
  /** cost × rate (tiered), rounded, before the cap. */
  uncapped: Yen;
  grant: Yen;
}

function checkEmployees(employees: number): number {
  if (!Number.isFinite(employees) || employees < 0) {
    throw new AppError("ARG_NEGATIVE", "employees must be a non-negative number", {
      kind: "invalidNumber",
      params: { arg: "employees", value: String(employees) },
    });
  }
  return employees;
}

/** Does `cond` hold? `small` is looked up lazily so 小規模 needs an industry only when a rule asks. */
function holds(cond: Condition | undefined, has: (flag: string) => boolean): boolean {
  if (cond === undefined) return true;
  if (cond.allOf && !cond.allOf.every(has)) return false;
  if (cond.anyOf) {
    // Given flags first, so 再生事業者 decides before 小規模 would need the industry.
    const sorted = [...cond.anyOf].sort((a, b) => Number(a === "小規模") - Number(b === "小規模"));
    if (!sorted.some(has)) return false;
  }
  return true;
}

/**
 * The terms (eligibility, band, cap, rate, tier, minimum) for one applicant under one frame.
 * With `capOnly`, a missing industry leaves the rate (and a 小規模 requirement) undecided
 * instead of failing, so the cap of a band can be shown before the industry is known.
 */
export function grantTerms(
  program: string | CappedEntry,
  applicant: ApplicantInput,
  options: { capOnly?: boolean; asOf?: AsOf } = {},
): GrantTerms {
  const entry = typeof program === "string" ? resolveCappedProgram(program, options.asOf) : program;
  const { program: file, frame } = entry;
  const employees = checkEmployees(applicant.employees);
  const findings: Finding[] = [...entry.roundFindings];
  const given = parseFlags(applicant.flags ?? []);
  const known = given.filter((f) => frame.flags.includes(f));
  for (const f of given.filter((g) => !frame.flags.includes(g))) {
    findings.push(
      makeFinding(
        "FLAG_NOT_APPLICABLE",
        "warning",
        { flag: f, program: entry.id, accepted: frame.flags.join(", ") || "—" },
        null,
        null,
      ),
    );
  }
  const industry = applicant.industry?.trim() ? applicant.industry.trim() : null;

  let small: SmallBusinessVerdict | null = null;
  let smallDecided = false;
  const smallFlag = frame.smallBusiness?.flag;
  const derive = (): boolean => {
    if (!smallDecided) {
      smallDecided = true;
      const sb = frame.smallBusiness!;
      if (known.includes(sb.flag) && industry === null) return true;
      if (industry === null) {
        throw new AppError("INDUSTRY_REQUIRED", "industry needed to tell 小規模", {
          kind: "notAvailable",
          params: { program: entry.id },
        });
      }
      small = judgeSmallBusiness(employees, industry, sb.basis);
      const v = small;
      const code = v.small ? "SMALL_BUSINESS_YES" : "SMALL_BUSINESS_NO";
      const params = {
        industry: v.industry,
        category: v.category,
        who: v.wording.ja,
        employees,
        threshold: v.threshold,
        law: `${v.law} ${v.article}`,
      };
      findings.push({
        ...makeFinding(code, "info", params, null, null),
        // The industry is named in each language's words (「製造業、建設業、運輸業その他の業種」).
        messageEn: messageFor(code, { ...params, who: v.wording.en }, "en"),
        source: v.source,
        status: v.status,
      });
      if (known.includes(sb.flag) && !v.small) {
        findings.push(
          makeFinding("SMALL_FLAG_CONFLICT", "warning", { employees, threshold: v.threshold }, file, sb),
        );
      }
    }
    return known.includes(smallFlag!) || (small?.small ?? false);
  };
  const has = (flag: string) => (flag === smallFlag ? derive() : known.includes(flag));

  const undecided = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      if (options.capOnly && e instanceof AppError && e.code === "INDUSTRY_REQUIRED") return fallback;
      throw e;
    }
  };

  let eligible = true;
  for (const rule of frame.exclusiveFlags ?? []) {
    if (rule.flags.every((f) => known.includes(f))) {
      eligible = false;
      findings.push(
        makeFinding(
          "FLAGS_EXCLUSIVE",
          "error",
          { program: entry.id, flags: rule.flags.join("・") },
          file,
          rule,
        ),
      );
    }
  }
  for (const req of frame.requires) {
    if (!undecided(() => has(req.flag), true)) {
      eligible = false;
      findings.push(
        makeFinding("NOT_ELIGIBLE", "error", { program: entry.id, requirement: req.flag }, file, req),
      );
    }
  }

  let band: string | null = null;
  const bands = frame.employeeBands;
  if (bands) {
    band = bands.bands.find((b) => b.maxEmployees === null || employees <= b.maxEmployees)!.id;
    findings.push(makeFinding("EMPLOYEE_BAND", "info", { employees, band }, file, bands));
  }
  const pick = (rule: { value?: number; byBand?: Record<string, number> }): Yen =>
    rule.value !== undefined ? rule.value : rule.byBand![band!];

  let cap = pick(frame.cap);
  // One cap for every applicant has no 区分 to name (not 「区分: —」); the code stays CAP_BASE.
  findings.push(
    band === null
      ? { ...makeFinding("CAP_BASE_FIXED", "info", { cap: yenText(cap) }, file, frame.cap), code: "CAP_BASE" }
      : makeFinding("CAP_BASE", "info", { cap: yenText(cap), band }, file, frame.cap),
  );
  const adjustments = frame.capAdjustments.filter((a) => holds(a.when, has));
  for (const a of [
    ...adjustments.filter((x) => x.mode === "replace"),
    ...adjustments.filter((x) => x.mode === "add"),
  ]) {
    const v = pick(a);
    cap = a.mode === "replace" ? v : toYen(cap + v);
    const flags = [...(a.when.allOf ?? []), ...(a.when.anyOf ?? [])].join("・");
    findings.push(
      makeFinding(
        a.mode === "replace" ? "CAP_REPLACED" : "CAP_ADDED",
        "info",
        { flags, amount: yenText(v), cap: yenText(cap) },
        file,
        a,
      ),
    );
  }

  const rateRule = undecided(() => frame.rates.find((r) => holds(r.when, has))!, null);
  const rate = rateRule ? rateFromPair(rateRule.value) : null;
  if (rateRule && rate) {
    const inForce = (f: string) => (f === smallFlag ? smallDecided && has(f) : known.includes(f));
    const why = rateRule.when
      ? [...(rateRule.when.allOf ?? []), ...(rateRule.when.anyOf ?? []).filter(inForce)].join("・")
      : "";
    // A rate with no condition is the frame's basic rate: say so rather than 「理由: —」 (same code, so
    // a workbook that filters the findings by code keeps working).
    findings.push(
      why
        ? makeFinding("RATE_APPLIED", "info", { rate: rateToString(rate), reason: why }, file, rateRule)
        : {
            ...makeFinding("RATE_APPLIED_STANDARD", "info", { rate: rateToString(rate) }, file, rateRule),
            code: "RATE_APPLIED",
          },
    );
  }

  const tier = frame.tier
    ? { threshold: frame.tier.threshold, rate: rateFromPair(frame.tier.rate), basis: frame.tier.basis }
    : null;
  const minGrant = frame.minimumGrant?.value ?? 0;
  for (const n of frame.notices) {
    const source = resolveSource(file, n.source, n.status);
    findings.push({
      code: n.id,
      severity: "info",
      messageJa: n.messageJa,
      messageEn: n.messageEn,
      source,
      status: n.status,
      params: {},
    });
  }
  return {
    programId: entry.id,
    entry,
    eligible,
    flags: [
      ...known.filter((f) => f !== smallFlag),
      ...(smallFlag && smallDecided && has(smallFlag) ? [smallFlag] : []),
    ],
    small,
    band,
    cap,
    rate,
    tier,
    minGrant,
    rounding: frame.rounding.value,
    findings,
  };
}

/** The grant for one applicant and cost: rate × cost, rounded, tiered, capped; 0 below the minimum or when not eligible. */
export function computeGrant(program: string | CappedEntry, input: GrantInput, asOf?: AsOf): GrantResult {
  const terms = grantTerms(program, input, { asOf });
  const rate = terms.rate!;
  const { program: file, frame } = terms.entry;
  const r = cappedGrant({
    cost: input.eligibleCost,
    rate,
    cap: terms.cap,
    minGrant: terms.minGrant,
    tier: terms.tier,
    rounding: terms.rounding,
  });
  const findings = [...terms.findings];
  if (r.tierApplied && frame.tier) {
    findings.push(
      makeFinding(
        "TIER_APPLIED",
        "info",
        { threshold: yenText(frame.tier.threshold), rate: rateToString(makeRate(...frame.tier.rate)) },
        file,
        frame.tier,
      ),
    );
  }
  if (r.capBinding) {
    findings.push(
      makeFinding(
        "CAP_BINDING",
        "warning",
        { uncapped: yenText(r.uncapped), cap: yenText(terms.cap) },
        file,
        frame.cap,
      ),
    );
  }
  if (r.belowMinimum && frame.minimumGrant) {
    findings.push(
      makeFinding(
        "BELOW_MINIMUM",
        "error",
        { amount: yenText(Math.min(r.uncapped, terms.cap)), min: yenText(terms.minGrant) },
        file,
        frame.minimumGrant,
      ),
    );
  }
  const grant = terms.eligible ? r.grant : 0;
  findings.push(
    makeFinding(
      "GRANT_RESULT",
      "info",
      { grant: yenText(grant), cost: yenText(input.eligibleCost) },
      null,
      null,
    ),
  );
  return { ...terms, rate, findings, eligibleCost: input.eligibleCost, uncapped: r.uncapped, grant };
}
