// Validates programme files: the zod schema, then what it cannot see (sources that resolve to
// official documents and to the pages we read them in, status evidence, declared flags, band
// tables, one CODE:frame per registry, and its code aliases). Build and tests only.
import { programFileSchema, type ProgramFile, type SourceRef } from "./schema";
import { isOfficialUrl, type Status } from "./statuses";
import { frameChecks } from "./validateFrames";

export interface ValidationResult {
  ok: boolean;
  programs: ProgramFile[];
  /** One line per problem, prefixed with the file name. */
  errors: string[];
}

type Rule = { source: SourceRef; status: Status };

/** Every object in a file that carries `source` and `status`: the rules. */
export function* rulesOf(value: unknown, path: string): Generator<{ path: string; rule: Rule }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* rulesOf(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("source" in o && "status" in o) yield { path, rule: o as unknown as Rule };
    for (const [k, v] of Object.entries(o)) if (k !== "source") yield* rulesOf(v, `${path}.${k}`);
  }
}

/** What each status needs as evidence in `checkedIn` (and `quote`); data/rdtax uses it too. */
export function evidenceErrors(p: Pick<ProgramFile, "checkedIn">, path: string, rule: Rule): string[] {
  const errors: string[] = [];
  const { source, status } = rule;
  const kinds = (source.checkedIn ?? []).map((k) => p.checkedIn[k]?.kind);
  if (status === "verified") {
    if (!source.quote) errors.push(`${path}: status verified needs source.quote (the official sentence)`);
    if (!kinds.includes("official-text"))
      errors.push(`${path}: status verified needs a checkedIn page of kind official-text`);
  } else if (status === "official-summary") {
    if (!kinds.some((k) => k === "official-text" || k === "official-summary"))
      errors.push(`${path}: status official-summary needs a checkedIn page of kind official-summary`);
  } else if (status === "secondary") {
    if (kinds.length === 0) errors.push(`${path}: status secondary needs the checkedIn pages it was read in`);
  }
  return errors;
}

function fileChecks(p: ProgramFile): string[] {
  const errors: string[] = [];
  for (const [k, d] of Object.entries(p.documents)) {
    if (!isOfficialUrl(d.url))
      errors.push(`${p.code}: documents.${k} is not an official host (${d.url}); put it in checkedIn`);
  }
  if (!(p.round.guideline in p.documents))
    errors.push(`${p.code}: round.guideline "${p.round.guideline}" is not in documents`);
  for (const { path, rule } of rulesOf(p, p.code)) {
    if (!(rule.source.doc in p.documents))
      errors.push(`${path}: source.doc "${rule.source.doc}" is not in documents`);
    for (const c of rule.source.checkedIn ?? [])
      if (!(c in p.checkedIn)) errors.push(`${path}: source.checkedIn "${c}" is not in checkedIn`);
    errors.push(...evidenceErrors(p, path, rule));
  }
  const a = p.applicationPeriod;
  if (a.fromTime !== undefined && a.from === null)
    errors.push(`${p.code}: applicationPeriod.fromTime without from`);
  if (a.toTime !== undefined && a.to === null) errors.push(`${p.code}: applicationPeriod.toTime without to`);
  if (a.from !== null && a.to !== null && a.to < a.from)
    errors.push(`${p.code}: applicationPeriod ends before it starts`);
  if (a.published !== undefined && a.from !== null && a.published > a.from)
    errors.push(`${p.code}: applicationPeriod.published is after from`);
  if (a.rolling && a.to !== null)
    errors.push(`${p.code}: a rolling applicationPeriod has no deadline (to: null)`);
  if (p.validity.to !== null && p.validity.to < p.validity.from)
    errors.push(`${p.code}: validity ends before it starts`);
  return errors;
}

/**
 * Validates programme files (parsed JSON, with their file names) against the schema and the
 * cross-references the schema cannot see.
 */
export function validatePrograms(files: readonly { name: string; data: unknown }[]): ValidationResult {
  const errors: string[] = [];
  const programs: ProgramFile[] = [];
  const selectors = new Map<string, string>();
  for (const { name, data } of files) {
    const parsed = programFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push(`${name}: ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    const p = parsed.data;
    errors.push(...[...fileChecks(p), ...frameChecks(p)].map((e) => `${name}: ${e}`));
    for (const code of [p.code, ...(p.codeAliases ?? [])]) {
      for (const f of p.frames) {
        const key = `${code}:${f.id}`;
        if (selectors.has(key)) errors.push(`${name}: ${key} is also defined in ${selectors.get(key)}`);
        selectors.set(key, name);
      }
    }
    programs.push(p);
  }
  return { ok: errors.length === 0, programs, errors };
}
