// The shape of data/indicators/*.json. Used by tests and the build check only (the runtime imports the
// types), so zod stays out of the bundles.
import { z } from "zod";
import { CITATION_STATUSES } from "../citations/citation";
import { checkedPageSchema, date, officialDocumentSchema, sourceRefSchema } from "../citations/schema";

/** How sure a figure is (see src/core/citations/citation.ts). A computed figure takes its inputs' weakest. */
export const FIGURE_STATUSES = CITATION_STATUSES;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

const observation = z
  .strictObject({
    /** A year (2025) for CY and FY series alike; `periodBasis` says which. */
    period: z.string().regex(/^\d{4}$/),
    value: z.number().nullable(),
    /** Set when value is null: e.g. `~` when the source only gives a range. */
    marker: z.string().optional(),
    markerMeaning: z.string().optional(),
    status: z.enum(FIGURE_STATUSES),
    /** The official document the figure comes from (a key of the series' `documents`). Absent when computed. */
    source: sourceRefSchema.optional(),
    /** The sentence or cell of the official document, when `verified`. */
    quote: z.string().min(1).optional(),
    /** Keys of the series' `checkedIn` pages: where the team read the figure (maintainers only). */
    checkedIn: z.array(z.string().min(1)).optional(),
    /** Arithmetic on other pack series of the same period; its citations are theirs. */
    computed: z
      .strictObject({ from: z.array(z.string().min(1)).min(1), method: z.string().min(1) })
      .optional(),
    /** Only in a third party's compiled multi-year table. */
    compiled: z.boolean().optional(),
    /** When the figure was published (defaults to its document's date) and, if revised, until when it stood. */
    validFrom: date.optional(),
    validTo: date.optional(),
    note: z.string(),
  })
  .refine((o) => o.status !== "verified" || o.quote !== undefined, "a verified figure quotes its document")
  .refine(
    (o) => (o.computed === undefined) !== (o.source === undefined),
    "a figure has a source or is computed",
  );

/** One file per series in data/indicators/: adding a series is adding a file (then regenerate the index). */
export const indicatorSeriesSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  title: z.object({ ja: z.string().min(1), en: z.string().min(1) }),
  topic: z.string(),
  unit: z.string(),
  periodBasis: z.string(),
  notes: z.string().optional(),
  /** Official documents the figures come from: what the user sees. */
  documents: z.record(z.string(), officialDocumentSchema),
  /** Pages the team read (any host): for maintainers, never shown. */
  checkedIn: z.record(z.string(), checkedPageSchema),
  observations: z.array(observation).min(1),
});

export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;
export type IndicatorObservation = IndicatorSeries["observations"][number];

/** Cross-file checks the schema cannot see: references resolve, computed figures take their inputs' status. */
export function checkPack(series: readonly IndicatorSeries[]): string[] {
  const errors: string[] = [];
  const byId = new Map(series.map((s) => [s.id, s]));
  const rank = (s: FigureStatus) => FIGURE_STATUSES.indexOf(s);
  for (const s of series) {
    for (const o of s.observations) {
      const at = `${s.id} ${o.period}`;
      if (o.source && !(o.source.doc in s.documents))
        errors.push(`${at}: source.doc ${o.source.doc} is not in documents`);
      for (const k of o.checkedIn ?? [])
        if (!(k in s.checkedIn)) errors.push(`${at}: checkedIn ${k} is not in checkedIn`);
      if (o.value === null && !o.marker) errors.push(`${at}: a blank value needs a marker`);
      if (o.computed) {
        const inputs = o.computed.from.map((id) =>
          byId.get(id)?.observations.find((x) => x.period === o.period),
        );
        if (inputs.some((x) => x === undefined)) errors.push(`${at}: an input of the computation is missing`);
        const weakest = inputs.reduce(
          (a, x) => (x && rank(x.status) > rank(a) ? x.status : a),
          "verified" as FigureStatus,
        );
        if (o.status !== weakest)
          errors.push(`${at}: status ${o.status}, but its weakest input is ${weakest}`);
      }
    }
  }
  return errors;
}
