import { createDOMRenderer, type Theme } from "@fluentui/react-components";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import type { Deployment } from "../core/net/deployment";
import type { KeyValueStorage, Lang, TaskpaneActions } from "./actions";
import type { AppProps, TabId } from "./App";
import { PaneRoot } from "./PaneRoot";
import { markPaneLive } from "./prerendered";
import { memoryStorage } from "./tableHistory";

export interface MountOptions {
  /** Office's display language (Office.context.displayLanguage → langFromLocale). @default "ja" */
  lang?: Lang;
  /** Where recent and favourite tables are kept. @default window.localStorage, or memory if unavailable */
  storage?: KeyValueStorage;
  theme?: Theme;
  initialTab?: TabId;
  /** The page's CSP and allowed proxies (readDeployment()). @default no proxy allowed */
  deployment?: Deployment;
  /**
   * `element` holds the build's prerendered first frame (dist/taskpane.html) and these options are its
   * state (PRERENDERED_STATE: Japanese, light theme, data tab): hydrate it rather than render anew.
   * Otherwise whatever `element` holds is replaced. @default false
   */
  hydrate?: boolean;
}

/** Renders the task pane into `element`; returns a function that unmounts it. */
export function mountTaskpane(
  element: HTMLElement,
  actions: TaskpaneActions,
  options: MountOptions = {},
): () => void {
  const app: AppProps = {
    actions,
    storage: options.storage ?? defaultStorage(),
    officeLang: options.lang ?? "ja",
    theme: options.theme,
    initialTab: options.initialTab,
    deployment: options.deployment,
  };
  // The prerendered frame is inert until the pane is live (scripts/prerender.mjs): from here on it is.
  const live = () => markPaneLive(element);
  let root: Root;
  if (options.hydrate) {
    root = hydrateRoot(
      element,
      // A renderer made here reads the prerender's <style> elements back, so no rule is inserted twice.
      <PaneRoot {...app} renderer={createDOMRenderer(document)} onMounted={live} />,
      {
        // React recovers from a mismatch by rendering the pane anew; say so, so a test can catch it.
        onRecoverableError: (error) =>
          console.error("task pane: the prerendered first frame did not hydrate", error),
      },
    );
  } else {
    root = createRoot(element);
    root.render(<PaneRoot {...app} onMounted={live} />);
  }
  return () => root.unmount();
}

function defaultStorage(): KeyValueStorage {
  try {
    // Reading localStorage throws in some sandboxed iframes (storage partitioning, private mode).
    const s = window.localStorage;
    s.getItem("sme-toolkit.probe");
    return s;
  } catch {
    return memoryStorage();
  }
}
