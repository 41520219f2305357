import { parseLenientNumber } from "../../core/parse/parseNumber";
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

/** A field that did not hold a whole, non-negative number of yen (or persons). */
export interface FieldProblem {
  field: string;
}

/** Whole non-negative numbers; "" means blank (undefined). Yen are integers (ARCHITECTURE.md). */
export function readAmount(text: string): number | undefined | null {
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
): { input: SubsidyInput } | { problems: string[] } {
  const problems: string[] = [];
  const need = (text: string, name: string, required: boolean): number | undefined => {
    const v = readAmount(text);
    if (v === null || (required && v === undefined)) problems.push(name);
    return v ?? undefined;
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
  const employees = need(draft.employees, label("employeesLabel"), true) ?? 0;
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
