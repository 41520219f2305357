// The shared parts of a programme file (schema v2): official documents, where we read each value
// (checkedIn), rule sources with status, the round and its 公募期間. Build and tests only (zod).
import { z } from "zod";
import { CHECKED_IN_KINDS, STATUSES } from "./statuses";

export const statusSchema = z.enum(STATUSES);
/** The comparator as the 公募要領 writes it: 以下 (≤), 未満 (<), 以上 (≥), 超 (>). */
export const comparatorSchema = z.enum(["以下", "未満", "以上", "超"]);

export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD");
/** A clock time in Japan (JST, UTC+9, no daylight saving), as the 公募要領 writes 「17:00締切」. */
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time is HH:MM (JST)");
export const yen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const persons = z.number().int().positive();
export const ratePair = z
  .tuple([z.number().int().nonnegative(), z.number().int().positive()])
  .refine(([n, d]) => n <= d, "a rate is at most 1 (10/10)");
export const multiplePair = z.tuple([z.number().int().positive(), z.number().int().positive()]);
const key = z.string().min(1);

/**
 * An OFFICIAL document (what users see as the source): the 公募要領 of a round, an official
 * summary page, a law. `date` is its publication or version date; `version` e.g. 「第2版」.
 * The URL's host must be official (statuses.ts OFFICIAL_HOST_SUFFIXES; validatePrograms checks).
 */
export const documentSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  date: date.optional(),
  version: z.string().min(1).optional(),
});

/** A page where the team actually read a value (for maintainers; never shown to users as a source). */
export const checkedInSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  kind: z.enum(CHECKED_IN_KINDS),
});

/**
 * Where a rule comes from: `doc` is a key of `documents` (the official document that defines
 * it), `section` the part of it, `checkedIn` keys of `checkedIn` (where we read it), `quote`
 * the sentence of the official text (required when the status is `verified`).
 */
export const sourceRefSchema = z.strictObject({
  doc: key,
  section: z.string().min(1),
  checkedIn: z.array(key).min(1).optional(),
  quote: z.string().min(1).optional(),
});

/** Every rule carries its source, how sure we are, and (optionally) its own validity. */
export const ruleMeta = {
  source: sourceRefSchema,
  status: statusSchema,
  validFrom: date.optional(),
  validTo: date.nullable().optional(),
  note: z.string().min(1).optional(),
};

/**
 * The round: `number` is the official round number (第19次 → 19, 第4回 → 4, 令和8年度 → 8) and
 * orders the rounds of a family (larger is newer); it is the tail of `code` (MONO-19, GOTECH-R8).
 * `guideline` is the `documents` key of the round's 公募要領.
 */
export const roundSchema = z.strictObject({
  label: z.string().min(1),
  number: z.number().int().nonnegative(),
  aliases: z.array(z.string().min(1)),
  guideline: key,
});

/**
 * 公募期間, Japan time. `from`/`fromTime`: 公募開始 (申請受付開始); `to`/`toTime`: the application
 * deadline (申請締切), e.g. { from: "2026-11-05", to: "2026-12-15", toTime: "17:00" }. A missing time
 * means the whole day (from 00:00, to 23:59). `published`: the day the 公募要領 was published, when
 * it is earlier than `from` (round selection treats the round as known from then, not yet open).
 * `null` dates are unknown. `rolling`: 随時受付 with no deadline (カタログ注文型).
 */
export const periodSchema = z.strictObject({
  ...ruleMeta,
  published: date.optional(),
  from: date.nullable(),
  fromTime: time.optional(),
  to: date.nullable(),
  toTime: time.optional(),
  rolling: z.boolean().optional(),
});

export const conditionSchema = z.strictObject({
  allOf: z.array(z.string().min(1)).min(1).optional(),
  anyOf: z.array(z.string().min(1)).min(1).optional(),
});

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
export const settingRule = <T extends z.ZodType>(value: T) => z.strictObject({ ...ruleMeta, value });

/** What every programme file has, whatever its kind. */
export const fileMeta = {
  $comment: z.string().optional(),
  schemaVersion: z.literal(2),
  family: z.string().regex(/^[A-Z][A-Z0-9]*$/),
  /** FAMILY-<round>, e.g. SHORYOKU-4, MONO-19, GOTECH-R8, JIZOKU-18. */
  code: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/),
  /** Earlier codes of this file that workbooks may store (e.g. SHORYOKU-2025); they keep resolving. */
  codeAliases: z.array(z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/)).optional(),
  nameJa: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  round: roundSchema,
  applicationPeriod: periodSchema,
  validity: z.strictObject({ ...ruleMeta, from: date, to: date.nullable() }),
  documents: z.record(z.string(), documentSchema),
  checkedIn: z.record(z.string(), checkedInSchema),
};
