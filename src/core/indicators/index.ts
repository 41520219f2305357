export { listIndicators, getIndicator, loadPack, packProvenance } from "./pack";
export type { IndicatorSummary } from "./pack";
export { citedDocuments, citationLine, figureCitations, periodRanges } from "./citations";
export type { CitedDocument } from "./citations";
export type { IndicatorSeries, IndicatorObservation, FigureStatus } from "./schema";
