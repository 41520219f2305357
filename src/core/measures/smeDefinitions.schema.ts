import { z } from "zod";
import { CITATION_STATUSES } from "../citations/citation";
import { checkedPageSchema, date, officialDocumentSchema, sourceRefSchema } from "../citations/schema";

/**
 * The shape of data/sme-definitions.json. Used by its test (the runtime only
 * imports the inferred type, so zod stays out of the functions bundle).
 */
export const statusSchema = z.enum(CITATION_STATUSES);
/** The comparator as the law writes it: 以下 (≤), 未満 (<), 以上 (≥), 超 (>). */
export const comparatorSchema = z.enum(["以下", "未満", "以上", "超"]);

const yen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const persons = z.number().int().positive();
const checkedIds = z.array(z.string().min(1)).min(1);
/** Every rule: its official source, where we read it, how sure, and the version date read. */
const cited = {
  source: sourceRefSchema,
  checkedIn: checkedIds,
  status: statusSchema,
  quote: z.string().min(1).optional(),
  validFrom: date.optional(),
  validTo: date.optional(),
};
const verifiedQuotes = (r: { status: string; quote?: string }) =>
  r.status !== "verified" || r.quote !== undefined;

export const smeRuleSchema = z
  .strictObject({
    law: z.string().min(1),
    article: z.string().min(1),
    capitalYen: yen,
    employees: persons,
    comparator: comparatorSchema,
    ...cited,
  })
  .refine(verifiedQuotes, "a verified rule quotes its document");

export const smallRuleSchema = z
  .strictObject({
    law: z.string().min(1),
    article: z.string().min(1),
    employees: persons,
    comparator: comparatorSchema,
    ...cited,
  })
  .refine(verifiedQuotes, "a verified rule quotes its document");

export const industrySchema = z.strictObject({
  name: z.string().min(1),
  /** Named in the "unknown industry" message (the full list is SME.INDUSTRIES). */
  listed: z.literal(true).optional(),
  category: z.string().min(1).optional(),
  ambiguousUnder: z.array(z.string().min(1)).min(1).optional(),
  choices: z.array(z.string().min(1)).min(2).optional(),
  /** The official documents the name's classification comes from (one per law involved). */
  sources: z.array(sourceRefSchema).min(1),
  checkedIn: checkedIds,
  status: statusSchema,
  note: z.string().min(1).optional(),
});

export const smeDefinitionsSchema = z.strictObject({
  $comment: z.string(),
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Official documents: what the user sees as a rule's source. */
  documents: z.record(z.string(), officialDocumentSchema),
  /** Pages the team read (any host), for maintainers; never shown. */
  checkedIn: z.record(z.string(), checkedPageSchema),
  smeRules: z.record(z.string(), smeRuleSchema),
  smallRules: z.record(z.string(), smallRuleSchema),
  bases: z.record(
    z.string(),
    z
      .strictObject({
        title: z.string().min(1),
        sme: z.string().min(1),
        small: z.string().min(1),
        aliases: z.array(z.string().min(1)),
        note: z.string().min(1),
        /** Which law applies is our reading (assumption) unless a document says it. */
        source: sourceRefSchema.optional(),
        checkedIn: checkedIds.optional(),
        status: statusSchema,
      })
      .refine(
        (b) => b.status === "assumption" || b.source !== undefined,
        "a basis that is not an assumption cites its document",
      ),
  ),
  categories: z.record(
    z.string(),
    z.strictObject({
      nameEn: z.string().min(1),
      sme: z.record(z.string(), z.string().min(1)),
      small: z.record(z.string(), z.string().min(1)),
    }),
  ),
  industries: z.array(industrySchema).min(1),
  deemedLarge: z.strictObject({
    law: z.string().min(1),
    ...cited,
    rules: z.array(
      z.strictObject({
        key: z.enum(["largest", "total", "officers", "parentShare", "parentOfficers"]),
        description: z.string().min(1),
        share: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]),
        comparator: comparatorSchema,
      }),
    ),
  }),
  sizeClasses: z.strictObject({
    law: z.string().min(1),
    ...cited,
    classes: z.array(
      z.strictObject({
        name: z.string().min(1),
        nameEn: z.string().min(1),
        minYen: yen,
        minComparator: comparatorSchema,
        maxYen: yen.nullable(),
        maxComparator: comparatorSchema.nullable(),
      }),
    ),
  }),
});

export type SmeDefinitions = z.infer<typeof smeDefinitionsSchema>;
export type SmeRule = z.infer<typeof smeRuleSchema>;
export type SmallRule = z.infer<typeof smallRuleSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type Status = z.infer<typeof statusSchema>;
