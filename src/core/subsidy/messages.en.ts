import { moneyEn } from "../money/messages.en";
import type { subsidyJa } from "./messages.ja";

export const subsidyEn: Record<keyof typeof subsidyJa, string> = {
  ...moneyEn,
  PROGRAM_UNKNOWN:
    "Programme '{value}' not found. Did you mean '{closest}'? (SME.PROGRAMS lists: {accepted})",
  PROGRAM_AMBIGUOUS: "Programme '{value}' matches several; name the frame too: {choices}",
  PROGRAM_NEEDS_GOTECH: "'{value}' is a consortium programme: use SME.GOTECH / SME.GOTECHCHECK.",
  PROGRAM_FILTER_NO_MATCH: "No programme matches '{value}'.",
  ROUND_UNKNOWN: "Round '{value}' not found. Accepted: {accepted}",
  FRAME_UNKNOWN: "Frame '{value}' not found. Accepted: {accepted}",
  FLAG_UNKNOWN: "Flag '{value}' is not accepted. Accepted: {accepted}",
  INDUSTRY_REQUIRED:
    "{program}: the rate or eligibility depends on being a small business, so give the industry (or the 小規模 flag).",
  PARTICIPANT_TYPE_UNKNOWN: "Participant type '{value}' is not accepted. Accepted: {accepted}",
  GOTECH_NO_PARTICIPANTS: "Give at least one participant (type and costs).",
  GOTECH_YEARS_MISMATCH: "Participants have different numbers of cost years ({a} and {b}).",
  GOTECH_YEARS_INVALID: "A project of {years} fiscal years is not possible ({min} to {max}).",
  GOTECH_INVESTMENT_REQUIRED: "{frame} needs the funds' planned investment in yen.",
  TIER_RATE_REQUIRED: "Give tier_rate together with tier_threshold.",
  CHECK_OK: "No problems found.",
  FLAG_NOT_APPLICABLE: "Flag '{flag}' does not apply to {program} and was ignored (applicable: {accepted}).",
  SMALL_BUSINESS_YES: "{who} with {employees} employees is a small business ({law}: up to {threshold}).",
  SMALL_BUSINESS_NO: "{who} with {employees} employees is not a small business ({law}: up to {threshold}).",
  SMALL_FLAG_CONFLICT:
    "The 小規模 flag was given, but {employees} employees exceed the definition (up to {threshold}). The flag was used.",
  FLAGS_EXCLUSIVE:
    "In {program} the special cases '{flags}' cannot be combined (併用不可). Give only one of them; no grant is computed.",
  ROUND_SELECTED: "{family} as of {asOf} means {program} ({round}); the grant uses its rules.",
  ROUND_CLOSED:
    "The application deadline of {program} ({deadline}, Japan time) has passed as of {asOf}, and no later round is registered yet.",
  ROUND_NOT_YET_OPEN:
    "{program} opens for applications on {start}, after {asOf}; it cannot be applied for yet.",
  AS_OF_INVALID: "as_of '{value}' is not a date: give an Excel date (serial) or text such as 2025-10-01.",
  NOT_ELIGIBLE: "{program} is only for applicants that are '{requirement}'. The grant is 0 yen.",
  EMPLOYEE_BAND: "{employees} employees → band '{band}'",
  CAP_BASE: "Cap {cap} yen (band: {band})",
  CAP_BASE_FIXED: "Cap {cap} yen",
  CAP_REPLACED: "{flags} raises the cap to {amount} yen (cap {cap} yen)",
  CAP_ADDED: "{flags} adds {amount} yen to the cap (cap {cap} yen)",
  RATE_APPLIED: "Rate {rate} (because: {reason})",
  RATE_APPLIED_STANDARD: "Rate {rate} (the frame's basic rate)",
  TIER_APPLIED: "The part of the subsidy above {threshold} yen is computed at {rate}.",
  CAP_BINDING: "The computed {uncapped} yen exceeds the cap, so it is limited to {cap} yen.",
  BELOW_MINIMUM:
    "The subsidy of {amount} yen is below the minimum grant of {min} yen, so nothing is granted (0 yen).",
  GRANT_RESULT: "Grant {grant} yen (eligible cost {cost} yen)",
  PROJECT_YEARS_UNUSUAL: "A project of {years} fiscal year(s): usually 2 or 3.",
  TAXABLE_INCOME_MISSING:
    "{name}: taxable income is blank, so it is taken as at most 1.5 billion yen and the rate {rate} applies.",
  RATE_HALF_TAXABLE_INCOME:
    "{name}: the three-year average taxable income {average} yen exceeds {threshold} yen, so the rate is {rate}.",
  NO_SUBSIDY_FOR_TYPE: "{name} ({type}) receives no subsidy, so its cost of {cost} yen is not subsidised.",
  NO_SME_PARTICIPANT: "No SME participant (the main R&D performer must be an SME).",
  SINGLE_MEMBER: "A consortium has at least two members (advisers included); only one is given.",
  SME_SHARE_BELOW_2_3:
    "The SMEs' subsidy of {sme} yen is below {min} of the total {total} yen (share {share}).",
  UNIV_FIXED_CAP_EXCEEDED:
    "The universities' fixed-amount subsidy of {univ} yen exceeds {max} of the total {total} yen ({limit} yen). Check the call guidelines for how the excess is treated.",
  UNIV_FIXED_REDUCED: "By setting, the universities' fixed-amount subsidy was reduced to {univ} yen.",
  PER_YEAR_CAP_BINDING:
    "Year {year}: the subsidy of {amount} yen exceeds the per-year cap of {cap} yen and is limited to {cap} yen.",
  TOTAL_CAP_BINDING:
    "The {years}-year total of {amount} yen exceeds the total cap of {cap} yen; later years were cut ({cut}).",
  INVESTMENT_CAP_BINDING:
    "The total cap is twice the planned investment of {investment} yen = {cap} yen; the total of {amount} yen was cut from later years ({years}).",
};
