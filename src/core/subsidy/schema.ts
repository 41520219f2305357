// The shape of data/programs/*.json, one file per programme round. Tests and the build call
// validatePrograms; the runtime imports only the inferred types, so zod stays out of the
// functions bundle.
import { z } from "zod";

export const statusSchema = z.enum(["verified", "secondary", "assumption"]);
/** The comparator as the 公募要領 writes it: 以下 (≤), 未満 (<), 以上 (≥), 超 (>). */
export const comparatorSchema = z.enum(["以下", "未満", "以上", "超"]);

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const yen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const persons = z.number().int().positive();
const ratePair = z
  .tuple([z.number().int().nonnegative(), z.number().int().positive()])
  .refine(([n, d]) => n <= d, "a rate is at most 1 (10/10)");
const multiplePair = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** Where a rule comes from: a key of the file's `documents` and the section read. */
export const sourceRefSchema = z.strictObject({ doc: z.string().min(1), section: z.string().min(1) });

/** Every rule carries its source, how sure we are, and (optionally) its own validity. */
const ruleMeta = {
  source: sourceRefSchema,
  status: statusSchema,
  validFrom: date.optional(),
  validTo: date.nullable().optional(),
  note: z.string().min(1).optional(),
};

export const yenRuleSchema = z.strictObject({ ...ruleMeta, value: yen, comparator: comparatorSchema });
export const rateRuleSchema = z.strictObject({
  ...ruleMeta,
  value: ratePair,
  comparator: comparatorSchema.optional(),
});
export const multipleRuleSchema = z.strictObject({
  ...ruleMeta,
  value: multiplePair,
  comparator: comparatorSchema,
});
const settingRule = <T extends z.ZodType>(value: T) => z.strictObject({ ...ruleMeta, value });

const conditionSchema = z.strictObject({
  allOf: z.array(z.string().min(1)).min(1).optional(),
  anyOf: z.array(z.string().min(1)).min(1).optional(),
});

const documentSchema = z.strictObject({ title: z.string().min(1), url: z.url({ protocol: /^https?$/ }) });

const roundSchema = z.strictObject({
  label: z.string().min(1),
  /** Larger is newer: picks the default round of a family. */
  order: z.number().int(),
  aliases: z.array(z.string().min(1)),
});

const periodSchema = z.strictObject({ ...ruleMeta, from: date.nullable(), to: date.nullable() });

const flagSchema = z.strictObject({
  id: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
});

const noticeSchema = z.strictObject({
  ...ruleMeta,
  id: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  messageJa: z.string().min(1),
  messageEn: z.string().min(1),
});

const capRuleSchema = z
  .strictObject({
    ...ruleMeta,
    comparator: comparatorSchema,
    value: yen.optional(),
    byBand: z.record(z.string(), yen).optional(),
  })
  .refine((c) => (c.value === undefined) !== (c.byBand === undefined), "give either value or byBand");

const capAdjustmentSchema = z
  .strictObject({
    ...ruleMeta,
    when: conditionSchema,
    mode: z.enum(["add", "replace"]),
    value: yen.optional(),
    byBand: z.record(z.string(), yen).optional(),
  })
  .refine((c) => (c.value === undefined) !== (c.byBand === undefined), "give either value or byBand");

const cappedFrameSchema = z.strictObject({
  id: z.string().min(1),
  nameJa: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Flags (ids from the file's `flags`) this frame reacts to; others are reported as not applicable. */
  flags: z.array(z.string().min(1)),
  /** Derives `flag` (小規模) from employees and industry under an SME-definition basis. */
  smallBusiness: z
    .strictObject({ ...ruleMeta, flag: z.string().min(1), basis: z.string().min(1) })
    .optional(),
  /** Flags an applicant must have; without them the grant is 0 (NOT_ELIGIBLE). */
  requires: z.array(z.strictObject({ ...ruleMeta, flag: z.string().min(1) })),
  employeeBands: z
    .strictObject({
      ...ruleMeta,
      comparator: z.literal("以下"),
      bands: z.array(z.strictObject({ id: z.string().min(1), maxEmployees: persons.nullable() })).min(1),
    })
    .optional(),
  cap: capRuleSchema,
  capAdjustments: z.array(capAdjustmentSchema),
  /** First match wins; the last rule has no `when`. */
  rates: z.array(rateRuleSchema.extend({ when: conditionSchema.optional() })).min(1),
  tier: z
    .strictObject({
      ...ruleMeta,
      threshold: yen,
      comparator: comparatorSchema,
      basis: z.enum(["subsidy", "cost"]),
      rate: ratePair,
    })
    .optional(),
  minimumGrant: yenRuleSchema.optional(),
  rounding: settingRule(z.enum(["floor", "ceil", "halfUp", "halfEven"])),
  notices: z.array(noticeSchema),
});

const fileMeta = {
  $comment: z.string().optional(),
  schemaVersion: z.literal(1),
  family: z.string().regex(/^[A-Z][A-Z0-9]*$/),
  code: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/),
  nameJa: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  round: roundSchema,
  applicationPeriod: periodSchema,
  validity: z.strictObject({ ...ruleMeta, from: date, to: date.nullable() }),
  documents: z.record(z.string(), documentSchema),
};

export const cappedProgramSchema = z.strictObject({
  ...fileMeta,
  kind: z.literal("capped"),
  flags: z.array(flagSchema),
  frames: z.array(cappedFrameSchema).min(1),
});

const participantTypeSchema = z.strictObject({
  id: z.string().min(1),
  nameEn: z.string().min(1),
  role: z.enum(["sme", "university", "manager", "adviser", "large"]),
  aliases: z.array(z.string().min(1)),
  rate: rateRuleSchema,
  /** Lower rate when the three-year average taxable income passes a threshold (Go-Tech: 15億円超 → 1/2). */
  incomeRate: z
    .strictObject({ ...ruleMeta, threshold: yen, comparator: comparatorSchema, rate: ratePair })
    .optional(),
});

const goTechFrameSchema = z.strictObject({
  id: z.string().min(1),
  nameJa: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  perYearCap: yenRuleSchema,
  totalCaps: z.array(yenRuleSchema.extend({ years: z.number().int().min(1).max(5) })).min(1),
  investmentMultiple: multipleRuleSchema.optional(),
});

export const goTechProgramSchema = z.strictObject({
  ...fileMeta,
  kind: z.literal("gotech"),
  participantTypes: z.array(participantTypeSchema).min(1),
  frames: z.array(goTechFrameSchema).min(1),
  projectYears: z.strictObject({
    ...ruleMeta,
    min: z.number().int().min(1),
    max: z.number().int().max(5),
    usualMin: z.number().int().min(1),
  }),
  checks: z.strictObject({ smeShareMin: rateRuleSchema, universityFixedMax: rateRuleSchema }),
  settings: z.strictObject({
    rounding: settingRule(z.enum(["floor", "ceil", "halfUp", "halfEven"])),
    roundingLevel: settingRule(z.enum(["participantYear", "consortiumYear"])),
    cumulativeCap: settingRule(z.enum(["chronological", "proportional"])),
    twoYearCapInThreeYear: settingRule(z.boolean()),
    universityExcess: settingRule(z.enum(["flagOnly", "reduce"])),
    indirectRate: settingRule(ratePair),
    taxableIncomeAverage: settingRule(z.literal("latest3")),
  }),
});

export const programFileSchema = z.discriminatedUnion("kind", [cappedProgramSchema, goTechProgramSchema]);

export type Status = z.infer<typeof statusSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type ProgramFile = z.infer<typeof programFileSchema>;
export type CappedProgram = z.infer<typeof cappedProgramSchema>;
export type CappedFrame = CappedProgram["frames"][number];
export type GoTechProgram = z.infer<typeof goTechProgramSchema>;
export type GoTechFrame = GoTechProgram["frames"][number];
export type ParticipantType = GoTechProgram["participantTypes"][number];
export type GoTechSettings = {
  [K in keyof GoTechProgram["settings"]]: GoTechProgram["settings"][K]["value"];
};
export type Condition = z.infer<typeof conditionSchema>;

export interface ValidationResult {
  ok: boolean;
  programs: ProgramFile[];
  /** One line per problem, prefixed with the file name. */
  errors: string[];
}

/** Every object in a file that carries `source` and `status`: the rules. */
function* rulesOf(value: unknown, path: string): Generator<{ path: string; rule: { source: SourceRef } }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* rulesOf(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("source" in o && "status" in o) yield { path, rule: o as { source: SourceRef } };
    for (const [k, v] of Object.entries(o)) if (k !== "source") yield* rulesOf(v, `${path}.${k}`);
  }
}

function crossChecks(p: ProgramFile): string[] {
  const errors: string[] = [];
  for (const { path, rule } of rulesOf(p, p.code)) {
    if (!(rule.source.doc in p.documents))
      errors.push(`${path}: source.doc "${rule.source.doc}" is not in documents`);
  }
  if (p.validity.to !== null && p.validity.to < p.validity.from)
    errors.push(`${p.code}: validity ends before it starts`);
  const frameIds = new Set<string>();
  for (const f of p.frames) {
    if (frameIds.has(f.id)) errors.push(`${p.code}: frame ${f.id} appears twice`);
    frameIds.add(f.id);
  }
  if (p.kind === "capped") {
    const flags = new Set(p.flags.map((f) => f.id));
    for (const f of p.frames) {
      const where = `${p.code}:${f.id}`;
      const known = new Set(f.flags);
      const need = (flag: string, what: string) => {
        if (!flags.has(flag)) errors.push(`${where}: ${what} names flag "${flag}" not declared in flags`);
        else if (!known.has(flag))
          errors.push(`${where}: ${what} names flag "${flag}" not listed in the frame's flags`);
      };
      f.flags.forEach((flag) => need(flag, "flags"));
      if (f.smallBusiness) need(f.smallBusiness.flag, "smallBusiness");
      f.requires.forEach((r) => need(r.flag, "requires"));
      const conds = [
        ...f.capAdjustments.map((a) => a.when),
        ...f.rates.flatMap((r) => (r.when ? [r.when] : [])),
      ];
      for (const c of conds)
        [...(c.allOf ?? []), ...(c.anyOf ?? [])].forEach((flag) => need(flag, "a condition"));
      if (f.rates[f.rates.length - 1].when !== undefined)
        errors.push(`${where}: the last rate must have no condition`);
      const bands = f.employeeBands?.bands ?? [];
      bands.forEach((b, i) => {
        const last = i === bands.length - 1;
        if (last !== (b.maxEmployees === null))
          errors.push(`${where}: only the last band is open-ended (${b.id})`);
        if (i > 0 && b.maxEmployees !== null && b.maxEmployees <= (bands[i - 1].maxEmployees ?? Infinity)) {
          errors.push(`${where}: bands must increase (${b.id})`);
        }
      });
      const bandIds = bands.map((b) => b.id).sort();
      for (const byBand of [f.cap.byBand, ...f.capAdjustments.map((a) => a.byBand)]) {
        if (byBand === undefined) continue;
        if (JSON.stringify(Object.keys(byBand).sort()) !== JSON.stringify(bandIds)) {
          errors.push(`${where}: byBand keys must be exactly the employee bands (${bandIds.join(", ")})`);
        }
      }
    }
  } else {
    for (const f of p.frames) {
      const years = f.totalCaps.map((c) => c.years);
      for (let y = p.projectYears.min; y <= p.projectYears.max; y++) {
        if (!years.includes(y)) errors.push(`${p.code}:${f.id}: no total cap for a ${y}-year project`);
      }
    }
    const roles = p.participantTypes.map((t) => t.role);
    if (!roles.includes("sme")) errors.push(`${p.code}: no participant type with role sme`);
  }
  return errors;
}

/**
 * Validates programme files (parsed JSON, with their file names) against the
 * schema and the cross-references the schema cannot see: sources that resolve
 * to documents, declared flags, band tables, and one (code, frame) per registry.
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
    errors.push(...crossChecks(p).map((e) => `${name}: ${e}`));
    for (const f of p.frames) {
      const key = `${p.code}:${f.id}`;
      if (selectors.has(key)) errors.push(`${name}: ${key} is also defined in ${selectors.get(key)}`);
      selectors.set(key, name);
    }
    programs.push(p);
  }
  return { ok: errors.length === 0, programs, errors };
}
