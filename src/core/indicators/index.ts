export { listIndicators, getIndicator, loadPack } from "./pack";
export type { IndicatorSummary } from "./pack";
export { indicatorSeriesSchema, FIGURE_STATUSES } from "./schema";
export type { IndicatorSeries, IndicatorObservation, FigureStatus } from "./schema";
