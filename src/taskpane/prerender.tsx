// Build time only (scripts/prerender.mjs bundles this for Node and runs it after webpack): the pane's first
// frame — Japanese, light theme, data tab, nothing typed, no history — rendered by the real components with
// react-dom/server, and the CSS Griffel collected while rendering it. Written into dist/taskpane.html, it
// paints as soon as the HTML (and office.js, which the page must load first) has arrived; the page then
// hydrates it (src/taskpane/index.tsx) or, for another language or theme, replaces it.
import { createDOMRenderer, renderToStyleElements, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import type { TaskpaneActions } from "./actions";
import { PaneRoot } from "./PaneRoot";
import { LOADING_NOTE_ID } from "./prerendered";
import { memoryStorage } from "./tableHistory";

/** Nothing runs an action while rendering to a string (effects never run); if something did, say so. */
const noActions = new Proxy({} as TaskpaneActions, {
  get: (_, name) => () =>
    Promise.reject(new Error(`prerender: ${String(name)} is not available at build time`)),
});

export interface Prerendered {
  /** The markup for #root. */
  html: string;
  /** <style> elements for <head>: Griffel's buckets, marked so the page's renderer rehydrates from them. */
  styles: string;
  /**
   * A status line after #root, in both languages (Office's is not known before office.js has answered),
   * shown only if the pane is still not live after a moment — for good if its scripts never arrive (a
   * dropped network), instead of an inert form that looks ready. The page removes it once the pane is live.
   */
  loadingNote: string;
}

/** The loading note's text; the client never shows it, so it is not in the pane's dictionaries. */
export const LOADING_NOTE = {
  ja: "読み込み中です…。表示が変わらない場合は、作業ウィンドウを閉じて開き直してください。",
  en: "Loading… If this does not change, close the task pane and open it again.",
};

// Outside FluentProvider, so no theme variables: webLightTheme's neutral colours written out. Hidden for the
// first 2 s (a normal start is live before then), then shown.
const LOADING_NOTE_STYLE =
  `#${LOADING_NOTE_ID}{position:fixed;left:0;right:0;bottom:0;margin:0;padding:8px 12px;` +
  "font:12px/1.5 'Segoe UI',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;" +
  "color:#424242;background:#f5f5f5;border-top:1px solid #e0e0e0;opacity:0;" +
  `animation:${LOADING_NOTE_ID} 0s 2s forwards}@keyframes ${LOADING_NOTE_ID}{to{opacity:1}}`;

export function prerenderPane(): Prerendered {
  // No document in Node: the renderer keeps the rules in memory for renderToStyleElements.
  const renderer = createDOMRenderer();
  const html = renderToString(
    <PaneRoot
      renderer={renderer}
      actions={noActions}
      storage={memoryStorage()}
      officeLang="ja"
      theme={webLightTheme}
      initialTab="data"
    />,
  );
  const styles = renderToStaticMarkup(
    <>
      {renderToStyleElements(renderer)}
      {/* as Griffel does: React would escape the quotes in a text child, which <style> does not decode */}
      <style dangerouslySetInnerHTML={{ __html: LOADING_NOTE_STYLE }} />
    </>,
  );
  const loadingNote = renderToStaticMarkup(
    <p id={LOADING_NOTE_ID} role="status" lang="ja">
      {LOADING_NOTE.ja}
      <br />
      <span lang="en">{LOADING_NOTE.en}</span>
    </p>,
  );
  return { html, styles, loadingNote };
}
export { PRERENDERED_STATE } from "./prerendered";
