// The pane's error bar, message bar, badges and spinner in one chunk, fetched with the first one shown (or in the
// background after first paint): common.tsx wraps each with a plain-text stand-in (issue 15).
export { ErrorBar } from "./ErrorBar";
export { BadgeView, InfoBarView } from "./bars";
export { Spinner } from "@fluentui/react-components";
