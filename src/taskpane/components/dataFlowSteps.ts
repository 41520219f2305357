// The data flow's steps after Find, in one chunk that loads when a table is first opened (DataFlow.tsx).
export { InspectPanel } from "./InspectPanel";
export { defaultShape, FilterPanel } from "./FilterPanel";
export { PreviewPanel } from "./PreviewPanel";
export { LoadPanel } from "./LoadPanel";
export { ResultPanel } from "./ResultPanel";
