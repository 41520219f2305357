import { parseLenientNumber } from "../../core/parse/parseNumber";
import { parseYen } from "../../core/parse/parseYen";
import type { ParticipantType, ProgramSummary, SubsidyInput } from "../actions";

/** What the calculator's fields hold: text as typed, so "1,000万" mistakes can be shown, not lost. */
export interface MemberDraft {
  name: string;
  type: ParticipantType;
  costs: string[];
  taxableIncome: string;
}

export interface SubsidyDraft {
  programId: string;
  frame: string;
  years: number;
  members: MemberDraft[];
  plannedInvestment: string;
  industry: string;
  capital: string;
  employees: string;
  eligibleCost: string;
  flags: string[];
}

export const GOTECH_FRAMES = ["通常枠", "出資獲得枠"];

export function emptyMember(years: number, type: ParticipantType = "中小企業者等"): MemberDraft {
  return { name: "", type, costs: Array.from({ length: years }, () => ""), taxableIncome: "" };
}

export function emptyDraft(): SubsidyDraft {
  return {
    programId: "",
    frame: GOTECH_FRAMES[0],
    years: 2,
    members: [emptyMember(2), emptyMember(2, "大学・公設試等")],
    plannedInvestment: "",
    industry: "",
    capital: "",
    employees: "",
    eligibleCost: "",
    flags: [],
  };
}

/**
 * A field that could not be read: `amount` (not a whole, non-negative number of yen), `ambiguous`
 * (yen with units that read two ways, "1万20000"), `count` (not a whole number of persons).
 */
export interface FieldProblem {
  field: string;
  kind: "amount" | "ambiguous" | "count";
  value: string;
}

/**
 * Whole non-negative yen as typed: "20,000,000", "２０００万円", "1億2000万円" (parseYen);
 * "" means blank (undefined); null when unreadable, "ambiguous" when the units read two ways.
 */
export function readAmount(text: string): number | undefined | null | "ambiguous" {
  if (text.trim() === "") return undefined;
  const r = parseYen(text);
  if (r.ok) return r.value;
  return r.reason === "ambiguous" ? "ambiguous" : null;
}

/** Whole non-negative persons ("12", "１２", "1,200"); "" means blank (undefined). */
export function readCount(text: string): number | undefined | null {
  if (text.trim() === "") return undefined;
  const n = parseLenientNumber(text);
  return n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * The engine's input from the form, or the fields that need fixing.
 * `label` names a field in the user's language for the message.
 */
export function toSubsidyInput(
  draft: SubsidyDraft,
  program: ProgramSummary,
  label: (field: string, member?: number, year?: number) => string,
): { input: SubsidyInput } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const need = (text: string, name: string, required: boolean): number | undefined => {
    const v = readAmount(text);
    if (v === "ambiguous") problems.push({ field: name, kind: "ambiguous", value: text });
    else if (v === null || (required && v === undefined))
      problems.push({ field: name, kind: "amount", value: text });
    return typeof v === "number" ? v : undefined;
  };
  if (program.kind === "gotech") {
    const members = draft.members.map((m, i) => ({
      name: m.name.trim() || label("memberLabel", i + 1),
      type: m.type,
      costs: m.costs
        .slice(0, draft.years)
        .map((c, y) => need(c, label("memberCost", i + 1, y + 1), true) ?? 0),
      taxableIncome:
        m.type === "中小企業者等" ? need(m.taxableIncome, label("memberIncome", i + 1), false) : undefined,
    }));
    const plannedInvestment =
      draft.frame === "出資獲得枠"
        ? need(draft.plannedInvestment, label("plannedInvestmentLabel"), true)
        : undefined;
    if (problems.length) return { problems };
    return {
      input: { kind: "gotech", programId: program.id, frame: draft.frame, members, plannedInvestment },
    };
  }
  const employeeCount = readCount(draft.employees);
  if (employeeCount === null || employeeCount === undefined)
    problems.push({ field: label("employeesLabel"), kind: "count", value: draft.employees });
  const employees = employeeCount ?? 0;
  const capital = need(draft.capital, label("capitalLabel"), false);
  const eligibleCost = need(draft.eligibleCost, label("eligibleCostLabel"), true) ?? 0;
  if (problems.length) return { problems };
  return {
    input: {
      kind: "grant",
      programId: program.id,
      eligibleCost,
      applicant: {
        industry: draft.industry.trim(),
        capital,
        employees,
        flags: draft.flags.filter((f) => program.flags.includes(f)),
      },
    },
  };
}
