// Public API of the subsidy rules engine (pure; the task pane and src/functions/subsidy.ts build on it).
export { cappedGrant, type CappedGrantInput, type CappedGrantResult, type Tier } from "./cappedGrant";
export { throwOnExclusiveFlags } from "./conflicts";
export { formatSource, type Finding, type Severity, type SourceText } from "./findings";
export {
  computeGoTech,
  goTechFrame,
  type GoTechInput,
  type GoTechParticipant,
  type GoTechParticipantResult,
  type GoTechResult,
} from "./gotech";
export {
  computeGrant,
  grantTerms,
  type ApplicantInput,
  type GrantInput,
  type GrantResult,
  type GrantTerms,
} from "./grant";
export { listPrograms, type ProgramSummary } from "./listPrograms";
export {
  acceptedFlags,
  allEntries,
  allPrograms,
  parseFlags,
  resolveCappedProgram,
  resolveGoTech,
  resolveProgram,
  type CappedEntry,
  type ProgramEntry,
} from "./registry";
export type { GoTechSettings, ProgramFile, Status } from "./schema";
export { allRules, unverifiedRules, type RuleRow, type UnverifiedRule } from "./ruleList";
export { renderRulesDoc } from "./rulesDoc";
