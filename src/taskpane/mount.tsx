import type { Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { Deployment } from "../core/net/deployment";
import type { KeyValueStorage, Lang, TaskpaneActions } from "./actions";
import { App, type TabId } from "./App";
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
}

/** Renders the task pane into `element`; returns a function that unmounts it. */
export function mountTaskpane(
  element: HTMLElement,
  actions: TaskpaneActions,
  options: MountOptions = {},
): () => void {
  const root: Root = createRoot(element);
  root.render(
    <App
      actions={actions}
      storage={options.storage ?? defaultStorage()}
      officeLang={options.lang ?? "ja"}
      theme={options.theme}
      initialTab={options.initialTab}
      deployment={options.deployment}
    />,
  );
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
