// Validates data/rdtax/*.json: the zod schema, then what it cannot see (sources that resolve to
// official documents and to the pages we read them in, status evidence, periods that follow each
// other without gap or overlap, and formulas whose floor ≤ base ≤ cap). Build and tests only.
import { evidenceErrors, rulesOf } from "../subsidy/validatePrograms";
import { isOfficialUrl } from "../subsidy/statuses";
import { rdTaxPeriodSchema, type RdTaxPeriod, type RdTaxScheme } from "./schema";

export interface RdTaxValidation {
  periods: RdTaxPeriod[];
  errors: string[];
}

const val = (p: readonly [number, number]): number => p[0] / p[1];

function schemeChecks(id: string, key: string, s: RdTaxScheme): string[] {
  const errors: string[] = [];
  const r = s.rate;
  if (r.below && val(r.below.floor.value) > val(r.base.value))
    errors.push(`${id}.${key}.rate: floor above base`);
  if (val(r.base.value) > val(r.cap.value)) errors.push(`${id}.${key}.rate: base above cap`);
  if (val(r.zeroComparison.value) > val(r.cap.value))
    errors.push(`${id}.${key}.rate: zeroComparison above cap`);
  return errors;
}

function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00:00Z`).getTime() + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function validateRdTaxPeriods(files: readonly { name: string; data: unknown }[]): RdTaxValidation {
  const errors: string[] = [];
  const periods: RdTaxPeriod[] = [];
  for (const { name, data } of files) {
    const parsed = rdTaxPeriodSchema.safeParse(data);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push(`data/rdtax/${name}: ${i.path.join(".")}: ${i.message}`);
      continue;
    }
    const p = parsed.data;
    if (name !== `${p.id.toLowerCase()}.json`)
      errors.push(`data/rdtax/${name}: file name must be ${p.id.toLowerCase()}.json`);
    for (const [k, d] of Object.entries(p.documents))
      if (!isOfficialUrl(d.url))
        errors.push(`${p.id}: documents.${k} is not an official host (${d.url}); put it in checkedIn`);
    for (const { path, rule } of rulesOf(p, p.id)) {
      if (!(rule.source.doc in p.documents))
        errors.push(`${path}: source.doc "${rule.source.doc}" is not in documents`);
      for (const c of rule.source.checkedIn ?? [])
        if (!(c in p.checkedIn)) errors.push(`${path}: source.checkedIn "${c}" is not in checkedIn`);
      errors.push(...evidenceErrors(p, path, rule));
    }
    if (p.fiscalYearStart.from > p.fiscalYearStart.to) errors.push(`${p.id}: fiscalYearStart.from after to`);
    errors.push(...schemeChecks(p.id, "general", p.general), ...schemeChecks(p.id, "sme", p.sme));
    periods.push(p);
  }
  periods.sort((a, b) => a.fiscalYearStart.from.localeCompare(b.fiscalYearStart.from));
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1].fiscalYearStart.to;
    const next = periods[i].fiscalYearStart.from;
    if (dayAfter(prev) !== next)
      errors.push(
        `${periods[i - 1].id} → ${periods[i].id}: periods must follow each other (${prev} then ${next})`,
      );
  }
  return { periods, errors };
}
