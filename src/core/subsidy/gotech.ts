// Go-Tech (成長型中小企業等研究開発支援事業): the consortium's subsidy per fiscal year.
// Order (each step a setting in the programme file where the sources are silent):
//  1. per participant and year: cost × (1 + indirect rate) × rate, rounded (floor, per participant-year);
//  2. sum per year, clipped to the per-year cap;
//  3. the cumulative cap (years' total cap, and for 出資獲得枠 also ≤ 2 × planned investment)
//     applied chronologically: later years absorb the cut;
//  4. checks on the amounts as applied (before the consortium caps): SMEs ≥ 2/3, 大学・公設試 定額 ≤ 1/6.
import type { AsOf } from "./asOf";
import { AppError } from "../errors/AppError";
import {
  divideRounded,
  isShareAtLeast,
  isShareAtMost,
  rateFromPair,
  rateToString,
  Rate,
  sumYen,
  toYen,
  Yen,
} from "../money";
import { meets } from "./compare";
import { Finding, makeFinding, yenText } from "./findings";
import { normalizeKey } from "./normalize";
import { resolveGoTech } from "./registry";
import type { Comparator, GoTechFrame, GoTechProgram, GoTechSettings, ParticipantType } from "./schema";

export interface GoTechParticipant {
  /** Shown in findings; defaults to 参加者1, 参加者2, … */
  name?: string;
  /** 中小企業者等, 大学・公設試等, 事業管理機関, アドバイザー, 大企業 (or an alias). */
  type: string;
  /** Eligible cost per fiscal year, in yen; the same number of years for every participant. */
  costs: readonly Yen[];
  /** The three-year average (one value) or the three years' taxable income; blank for non-SMEs. */
  taxableIncome?: readonly number[] | null;
}

export interface GoTechInput {
  frame: string;
  /** R6, R7, 令和7年度, GOTECH-R7 …, or a date (the round by 公募期間); blank → by today's date in Japan. */
  round?: string | AsOf | null;
  participants: readonly GoTechParticipant[];
  /** 出資獲得枠: the funds' planned investment in yen. */
  plannedInvestment?: Yen | null;
  /** Overrides of the programme file's settings (order of computation). */
  settings?: Partial<GoTechSettings>;
}

export interface GoTechParticipantResult {
  name: string;
  type: string;
  role: ParticipantType["role"];
  rate: Rate;
  /** Subsidy per year before the consortium caps (as applied). */
  amounts: Yen[];
  total: Yen;
}

export interface GoTechResult {
  programId: string;
  frameId: string;
  years: number;
  /** The consortium's subsidy per year after all caps. */
  byYear: Yen[];
  total: Yen;
  uncappedByYear: Yen[];
  costTotal: Yen;
  selfBurden: Yen;
  caps: { perYear: Yen; total: Yen; investment: Yen | null; effectiveTotal: Yen };
  participants: GoTechParticipantResult[];
  smeTotal: Yen;
  universityTotal: Yen;
  settings: GoTechSettings;
  findings: Finding[];
}

function resolveType(program: GoTechProgram, text: string): ParticipantType {
  const key = normalizeKey(text);
  const t = program.participantTypes.find((p) =>
    [p.id, p.nameEn, ...p.aliases].some((n) => normalizeKey(n) === key),
  );
  if (t === undefined) {
    throw new AppError("PARTICIPANT_TYPE_UNKNOWN", `unknown participant type ${text}`, {
      params: { value: text, accepted: program.participantTypes.map((p) => p.id).join(", ") },
    });
  }
  return t;
}

function settingsOf(program: GoTechProgram, overrides: Partial<GoTechSettings> = {}): GoTechSettings {
  const s = program.settings;
  return {
    rounding: s.rounding.value,
    roundingLevel: s.roundingLevel.value,
    cumulativeCap: s.cumulativeCap.value,
    twoYearCapInThreeYear: s.twoYearCapInThreeYear.value,
    universityExcess: s.universityExcess.value,
    indirectRate: s.indirectRate.value,
    taxableIncomeAverage: s.taxableIncomeAverage.value,
    ...overrides,
  };
}

/** Is the average of `incomes` (one average, or the years) over the threshold? Exact for integers. */
function incomeOver(incomes: readonly number[], comparator: Comparator, threshold: Yen): boolean {
  const sum = incomes.reduce((a, b) => a + b, 0);
  return meets(sum, comparator, threshold * incomes.length);
}

/** The cumulative cap spread over the years: chronological (later years absorb the cut) or proportional. */
function applyCumulative(
  perYear: Yen[],
  cap: Yen,
  mode: GoTechSettings["cumulativeCap"],
  midCap: Yen | null,
): Yen[] {
  const sum = sumYen(perYear);
  if (mode === "proportional") {
    if (sum <= cap) return perYear;
    const shares = perYear.map((p) => divideRounded(BigInt(cap) * BigInt(p), BigInt(sum)));
    let left = BigInt(cap) - shares.reduce((a, b) => a + b, 0n);
    const rest = perYear
      .map((p, i) => ({ i, r: (BigInt(cap) * BigInt(p)) % BigInt(sum) }))
      .sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
    for (const { i } of rest) {
      if (left === 0n) break;
      shares[i] += 1n;
      left -= 1n;
    }
    return shares.map((s) => toYen(s));
  }
  let cum = 0;
  return perYear.map((p, y) => {
    let room = cap - cum;
    if (midCap !== null && y < 2) room = Math.min(room, midCap - cum);
    const a = Math.max(0, Math.min(p, room));
    cum += a;
    return a;
  });
}

export function computeGoTech(input: GoTechInput): GoTechResult {
  const { program, frame, roundFindings } = resolveGoTech(input.frame, input.round ?? null);
  const settings = settingsOf(program, input.settings);
  const findings: Finding[] = [...roundFindings];
  const f = (
    code: string,
    severity: Finding["severity"],
    params: Record<string, string | number>,
    rule: Parameters<typeof makeFinding>[4],
  ) => findings.push(makeFinding(code, severity, params, program, rule));

  if (input.participants.length === 0) throw new AppError("GOTECH_NO_PARTICIPANTS", "no participants");
  const years = input.participants[0].costs.length;
  for (const p of input.participants) {
    if (p.costs.length !== years) {
      throw new AppError("GOTECH_YEARS_MISMATCH", "participants have different numbers of years", {
        params: { a: years, b: p.costs.length },
      });
    }
  }
  if (years < program.projectYears.min || years > program.projectYears.max) {
    throw new AppError("GOTECH_YEARS_INVALID", `years ${years}`, {
      params: { years, min: program.projectYears.min, max: program.projectYears.max },
    });
  }
  if (years < program.projectYears.usualMin)
    f("PROJECT_YEARS_UNUSUAL", "warning", { years }, program.projectYears);

  // 1. per participant and year
  const indirect = rateFromPair(settings.indirectRate);
  const participants: GoTechParticipantResult[] = [];
  const exact: { n: bigint; d: bigint }[][] = [];
  input.participants.forEach((p, i) => {
    const type = resolveType(program, p.type);
    const name = p.name?.trim() || `参加者${i + 1}`;
    const costs = p.costs.map((c) => {
      const y = toYen(c, "cost");
      if (y < 0)
        throw new AppError("ARG_NEGATIVE", "negative cost", {
          kind: "invalidNumber",
          params: { arg: "costs", value: y },
        });
      return y;
    });
    let rate = rateFromPair(type.rate.value);
    const incomes = (p.taxableIncome ?? []).filter((x) => Number.isFinite(x));
    if (type.incomeRate) {
      const ir = type.incomeRate;
      if (incomes.length === 0) {
        f(
          "TAXABLE_INCOME_MISSING",
          "info",
          { name, rate: rateToString(rate) },
          program.settings.taxableIncomeAverage,
        );
      } else if (incomeOver(incomes, ir.comparator, ir.threshold)) {
        rate = rateFromPair(ir.rate);
        const avg = Math.floor(incomes.reduce((a, b) => a + b, 0) / incomes.length);
        f(
          "RATE_HALF_TAXABLE_INCOME",
          "warning",
          { name, average: yenText(avg), threshold: yenText(ir.threshold), rate: rateToString(rate) },
          ir,
        );
      }
    }
    const costTotal = sumYen(costs);
    if (rate.num === 0 && costTotal > 0)
      f("NO_SUBSIDY_FOR_TYPE", "warning", { name, type: type.id, cost: yenText(costTotal) }, type.rate);
    const n = BigInt(indirect.den + indirect.num) * BigInt(rate.num);
    const d = BigInt(indirect.den) * BigInt(rate.den);
    exact.push(costs.map((c) => ({ n: BigInt(c) * n, d })));
    const amounts = costs.map((c) => toYen(divideRounded(BigInt(c) * n, d, settings.rounding)));
    participants.push({ name, type: type.id, role: type.role, rate, amounts, total: sumYen(amounts) });
  });
  if (!participants.some((p) => p.role === "sme" && p.total > 0))
    f("NO_SME_PARTICIPANT", "error", {}, program.participantTypes.find((t) => t.role === "sme")!.rate);
  if (participants.length === 1) f("SINGLE_MEMBER", "info", {}, null);

  // checks on the amounts as applied
  const appliedTotal = sumYen(participants.map((p) => p.total));
  const smeTotal = sumYen(participants.filter((p) => p.role === "sme").map((p) => p.total));
  let universityTotal = sumYen(participants.filter((p) => p.role === "university").map((p) => p.total));
  const { smeShareMin, universityFixedMax } = program.checks;
  if (appliedTotal > 0) {
    const smeMin = rateFromPair(smeShareMin.value);
    if (!isShareAtLeast(smeTotal, appliedTotal, smeMin)) {
      f(
        "SME_SHARE_BELOW_2_3",
        "error",
        {
          sme: yenText(smeTotal),
          total: yenText(appliedTotal),
          share: (smeTotal / appliedTotal).toFixed(4),
          min: rateToString(smeMin),
        },
        smeShareMin,
      );
    }
    const univMax = rateFromPair(universityFixedMax.value);
    if (!isShareAtMost(universityTotal, appliedTotal, univMax)) {
      const limit = toYen(divideRounded(BigInt(appliedTotal) * BigInt(univMax.num), BigInt(univMax.den)));
      f(
        "UNIV_FIXED_CAP_EXCEEDED",
        "error",
        {
          univ: yenText(universityTotal),
          limit: yenText(limit),
          total: yenText(appliedTotal),
          max: rateToString(univMax),
        },
        universityFixedMax,
      );
      if (settings.universityExcess === "reduce") {
        // largest u with u ≤ (others + u) × m/n  ⇔  u ≤ others × m / (n − m)
        const others = appliedTotal - universityTotal;
        const allowed = toYen(
          divideRounded(BigInt(others) * BigInt(univMax.num), BigInt(univMax.den - univMax.num)),
        );
        let cut = universityTotal - allowed;
        for (let y = years - 1; y >= 0 && cut > 0; y--) {
          for (const p of participants.filter((q) => q.role === "university")) {
            const c = Math.min(cut, p.amounts[y]);
            p.amounts[y] -= c;
            p.total -= c;
            cut -= c;
          }
        }
        universityTotal = allowed;
        f("UNIV_FIXED_REDUCED", "warning", { univ: yenText(allowed) }, program.settings.universityExcess);
      }
    }
  }

  // 2. per year, per-year cap (consortiumYear rounds the exact sum once; it ignores a 1/6 reduction)
  let uncappedByYear: Yen[];
  if (settings.roundingLevel === "consortiumYear") {
    uncappedByYear = Array.from({ length: years }, (_, y) => {
      let n = 0n;
      let d = 1n;
      exact.forEach((row) => {
        n = n * row[y].d + row[y].n * d;
        d = d * row[y].d;
      });
      return toYen(divideRounded(n, d, settings.rounding));
    });
  } else {
    uncappedByYear = Array.from({ length: years }, (_, y) => sumYen(participants.map((p) => p.amounts[y])));
  }
  const perYear = frame.perYearCap.value;
  const clipped = uncappedByYear.map((u, y) => {
    if (u > perYear)
      f(
        "PER_YEAR_CAP_BINDING",
        "warning",
        { year: y + 1, amount: yenText(u), cap: yenText(perYear) },
        frame.perYearCap,
      );
    return Math.min(u, perYear);
  });

  // 3. cumulative cap
  const totalRule = frame.totalCaps.find((c) => c.years === years)!;
  let investmentCap: Yen | null = null;
  if (frame.investmentMultiple) {
    if (input.plannedInvestment === null || input.plannedInvestment === undefined) {
      throw new AppError("GOTECH_INVESTMENT_REQUIRED", "planned investment required", {
        kind: "notAvailable",
        params: { frame: frame.id },
      });
    }
    const inv = toYen(input.plannedInvestment, "planned_investment");
    if (inv < 0)
      throw new AppError("ARG_NEGATIVE", "negative investment", {
        kind: "invalidNumber",
        params: { arg: "planned_investment", value: inv },
      });
    const m = frame.investmentMultiple.value;
    investmentCap = toYen(divideRounded(BigInt(inv) * BigInt(m[0]), BigInt(m[1])));
  }
  const effectiveTotal = investmentCap === null ? totalRule.value : Math.min(totalRule.value, investmentCap);
  const mid =
    settings.twoYearCapInThreeYear && years === 3
      ? (frame.totalCaps.find((c) => c.years === 2)?.value ?? null)
      : null;
  const byYear = applyCumulative(clipped, effectiveTotal, settings.cumulativeCap, mid);
  const clippedSum = sumYen(clipped);
  const total = sumYen(byYear);
  if (total < clippedSum) {
    const byInvestment = investmentCap !== null && investmentCap < totalRule.value;
    const cutYears = byYear
      .map((a, y) => (a < clipped[y] ? `${y + 1}年度目 ${yenText(a)}円` : ""))
      .filter(Boolean)
      .join("、");
    if (byInvestment && frame.investmentMultiple) {
      f(
        "INVESTMENT_CAP_BINDING",
        "warning",
        {
          investment: yenText(input.plannedInvestment!),
          cap: yenText(investmentCap!),
          amount: yenText(clippedSum),
          years: cutYears,
        },
        frame.investmentMultiple,
      );
    } else {
      const twoYear = mid !== null && total < Math.min(clippedSum, effectiveTotal);
      f(
        "TOTAL_CAP_BINDING",
        "warning",
        { years, cap: yenText(twoYear ? mid! : effectiveTotal), amount: yenText(clippedSum), cut: cutYears },
        twoYear ? program.settings.twoYearCapInThreeYear : totalRule,
      );
    }
  }
  const costTotal = sumYen(input.participants.flatMap((p) => p.costs));
  return {
    programId: `${program.code}:${frame.id}`,
    frameId: frame.id,
    years,
    byYear,
    total,
    uncappedByYear,
    costTotal,
    selfBurden: costTotal - total,
    caps: { perYear, total: totalRule.value, investment: investmentCap, effectiveTotal },
    participants,
    smeTotal,
    universityTotal,
    settings,
    findings,
  };
}

/** The frame rules of a Go-Tech round, for callers that show caps before computing. */
export function goTechFrame(
  frameText: string,
  round: string | AsOf | null = null,
): { program: GoTechProgram; frame: GoTechFrame } {
  return resolveGoTech(frameText, round);
}
