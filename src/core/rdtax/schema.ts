// The shape of data/rdtax/*.json: one file per law period of 研究開発税制 (租税特別措置法 第42条の4),
// keyed by 事業年度開始日. Tests and the build call validateRdTaxPeriods (validatePeriods.ts); the
// runtime imports only the inferred types, so zod stays out of the functions bundle.
import { z } from "zod";
import { checkedInSchema, date, documentSchema, ruleMeta } from "../subsidy/schemaParts";

/** A non-negative fraction [num, den]; unlike a subsidy rate it may exceed 1 (the cap's factor 2). */
const fraction = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);
/** One number of the law with its source, status and (optionally) its own validity. */
const valueRule = z.strictObject({ ...ruleMeta, value: fraction });
const textRule = z.strictObject({ ...ruleMeta, ja: z.string().min(1), en: z.string().min(1) });

/** 税額控除割合 as a function of 増減試験研究費割合 around a pivot (12 % from 令和5年度改正, 9.4 % before). */
const rateCurveSchema = z.strictObject({
  /** The rate at the pivot: 11.5 % (一般型), 12 % (中小). */
  base: valueRule,
  pivot: valueRule,
  /** base − (pivot − 増減試験研究費割合) × slope, not below floor; null: the base below the pivot (中小). */
  below: z.strictObject({ slope: valueRule, floor: valueRule }).nullable(),
  /** base + (増減試験研究費割合 − pivot) × slope (the 特例); null: the base above the pivot. */
  above: z.strictObject({ slope: valueRule }).nullable(),
  /** 設立事業年度 or 比較試験研究費の額が零: this rate instead of the curve. */
  zeroComparison: valueRule,
  /** The highest rate (10 % permanent, 14 % / 17 % under the period's 特例). */
  cap: valueRule,
});

/** 控除割増率 when 試験研究費割合 > threshold: min((割合 − threshold) × factor, max); rate += rate × 割増率. */
const intensitySchema = z.strictObject({ threshold: valueRule, factor: valueRule, max: valueRule });

const taxCapSchema = z.strictObject({
  /** 控除上限額 = 調整前法人税額 × base (25 %) plus the larger of the additions below. */
  base: valueRule,
  /** 一般型 令和5年度改正: ± (|増減試験研究費割合| − 4 %) × 0.625, at most 5 %, outside ±4 %. */
  variable: z
    .strictObject({ upper: valueRule, lower: valueRule, slope: valueRule, max: valueRule })
    .nullable(),
  /** 中小: + add when 増減試験研究費割合 > threshold. */
  increase: z.strictObject({ threshold: valueRule, add: valueRule }).nullable(),
  /** + min((試験研究費割合 − threshold) × factor, max) when 試験研究費割合 > threshold. */
  intensity: intensitySchema.nullable(),
  /** How the additions combine: the larger one (they are alternatives in the law), stated with its source. */
  combine: textRule,
});

const schemeSchema = z.strictObject({
  nameJa: z.string().min(1),
  nameEn: z.string().min(1),
  rate: rateCurveSchema,
  intensity: intensitySchema.nullable(),
  taxCap: taxCapSchema,
  /** Who may use the scheme (中小企業者等 for this tax), shown as a finding. */
  eligibility: textRule,
  /** What this period has that we do not compute (コロナ特例, 繰越 …). */
  notModelled: z.array(textRule),
});

export const rdTaxPeriodSchema = z.strictObject({
  $comment: z.string().optional(),
  schemaVersion: z.literal(1),
  /** R3, R5, R8: the 税制改正 year whose rules the period uses. */
  id: z.string().regex(/^R\d+$/),
  labelJa: z.string().min(1),
  labelEn: z.string().min(1),
  /** 事業年度開始日 from … to (inclusive) this period covers. */
  fiscalYearStart: z.strictObject({ ...ruleMeta, from: date, to: date }),
  /** The law text the period follows (which amending act), as users see it in findings. */
  law: textRule,
  /** 「小数点以下三位未満の端数…切り捨て」: the rate is floored to a multiple of 1/den. */
  truncation: z.strictObject({ ...ruleMeta, den: z.number().int().positive() }),
  /** 比較試験研究費 = the average over the fiscal years that started in the previous three years. */
  comparisonYears: z.strictObject({ ...ruleMeta, value: z.number().int().positive() }),
  documents: z.record(z.string(), documentSchema),
  checkedIn: z.record(z.string(), checkedInSchema),
  general: schemeSchema,
  sme: schemeSchema,
});

export type RdTaxPeriod = z.infer<typeof rdTaxPeriodSchema>;
export type RdTaxScheme = RdTaxPeriod["general"];
export type ValueRule = z.infer<typeof valueRule>;
export type TextRule = z.infer<typeof textRule>;
