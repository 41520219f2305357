// What the page and the build's prerendered first frame (scripts/prerender.mjs, src/taskpane/prerender.tsx)
// agree on, without the components: index.tsx and start.tsx read it before anything is rendered.

/**
 * The state the prerendered first frame shows: Japanese, light theme, the data tab, nothing typed. The
 * page hydrates it only when its own first render is that state (#root's data-prerendered says which).
 */
export const PRERENDERED_STATE = "ja-light";

/** The prerender's "still loading" line after #root (src/taskpane/prerender.tsx). */
export const LOADING_NOTE_ID = "pane-loading";

/**
 * The pane in `element` takes input from now on: the prerendered frame stops being inert and its loading
 * note goes. Harmless on a page built without the prerender.
 */
export function markPaneLive(element: HTMLElement): void {
  element.removeAttribute("inert");
  element.ownerDocument.getElementById(LOADING_NOTE_ID)?.remove();
}
