// The calculator tab's panels, in one chunk that loads when the tab is first opened (App.tsx, issue 15).
export { SubsidyPanel } from "./SubsidyPanel";
export { RdTaxPanel } from "./RdTaxPanel";
