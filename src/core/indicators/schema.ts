import { z } from "zod";

/** How much a figure can be trusted: read on an official page, a secondary copy, or arithmetic on pack figures. */
export const FIGURE_STATUSES = ["verified", "secondary", "computed"] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

const observation = z.object({
  /** A year (2025) for CY and FY series alike; `periodBasis` says which. */
  period: z.string().regex(/^\d{4}$/),
  value: z.number().nullable(),
  /** Set when value is null: e.g. `~` when the source only gives a range. */
  marker: z.string().optional(),
  markerMeaning: z.string().optional(),
  status: z.enum(FIGURE_STATUSES),
  /** Keys into the series' `sources`. */
  sources: z.array(z.string()).optional(),
  /** Series ids a computed figure is calculated from. */
  derivedFrom: z.array(z.string()).optional(),
  /** Only in a third party's compiled multi-year table. */
  compiled: z.boolean().optional(),
  note: z.string(),
});

/** One file per series in data/indicators/: adding a series is adding a file (then regenerate the index). */
export const indicatorSeriesSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  title: z.object({ ja: z.string().min(1), en: z.string().min(1) }),
  topic: z.string(),
  unit: z.string(),
  periodBasis: z.string(),
  notes: z.string().optional(),
  sources: z.record(z.string(), z.object({ url: z.string(), description: z.string().optional() })),
  derivedFrom: z.array(z.string()).optional(),
  observations: z.array(observation).min(1),
});

export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;
export type IndicatorObservation = IndicatorSeries["observations"][number];
