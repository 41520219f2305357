// The shape of data/programs/*.json (schema v2), one file per programme round. Tests and the
// build call validatePrograms (validatePrograms.ts); the runtime imports only the inferred types,
// so zod stays out of the functions bundle. The shared parts (documents, checkedIn, sources,
// statuses, round, 公募期間) are in schemaParts.ts; how to write a file is in data/programs/README.md.
import { z } from "zod";
import {
  comparatorSchema,
  conditionSchema,
  fileMeta,
  multipleRuleSchema,
  persons,
  ratePair,
  rateRuleSchema,
  ruleMeta,
  settingRule,
  sourceRefSchema,
  yen,
  yenRuleSchema,
} from "./schemaParts";

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

/** Flags that cannot be combined (「併用不可」): passing them together is an error finding. */
const exclusiveFlagsSchema = z.strictObject({ ...ruleMeta, flags: z.array(z.string().min(1)).min(2) });

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
  exclusiveFlags: z.array(exclusiveFlagsSchema).optional(),
});

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

export type { Status } from "./statuses";
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
export type ApplicationPeriod = ProgramFile["applicationPeriod"];
export type OfficialDocument = ProgramFile["documents"][string];
export type CheckedIn = ProgramFile["checkedIn"][string];
