// Build time only (scripts/prerender.mjs bundles this for Node and runs it after webpack): the pane's first
// frame — Japanese, light theme, data tab, nothing typed, no history — rendered by the real components with
// react-dom/server, and the CSS Griffel collected while rendering it. Written into dist/taskpane.html, it
// paints as soon as the HTML (and office.js, which the page must load first) has arrived; the page then
// hydrates it (src/taskpane/index.tsx) or, for another language or theme, replaces it.
import { createDOMRenderer, renderToStyleElements, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import type { TaskpaneActions } from "./actions";
import { PaneRoot } from "./PaneRoot";
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
}

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
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, styles };
}
export { PRERENDERED_STATE } from "./PaneRoot";
