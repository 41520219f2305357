// A module loaded on first need (a webpack chunk via import()), remembered once loaded so later uses are
// synchronous. Issue 15: what a page loads before it can paint or register SME.* is kept small; the rest
// comes when the user (or a formula) first needs it. Used by src/functions/shared/lazy.ts (custom
// functions) and src/taskpane/lazyPanel.tsx (task pane tabs and steps). No DOM, no Office.

export interface Lazy<M> {
  /** The module once it has loaded. */
  readonly loaded: M | undefined;
  /** Loads it (once; a failed load is tried again by the next call). */
  load(): Promise<M>;
}

type Preload = (() => Promise<unknown>) & { background?: boolean };

/**
 * Every lazy part declared so far, on globalThis so tests (jest's setup, the bundle tests' vm context) can
 * load them all up front without importing the modules that declared them.
 */
function registry(): Preload[] {
  const g = globalThis as { __SME_PRELOAD__?: Preload[] };
  g.__SME_PRELOAD__ ??= [];
  return g.__SME_PRELOAD__;
}

export interface LazyOptions {
  /**
   * Fetched by prefetchInBackground() once the pane has painted (so a network that drops later does not
   * leave a step unloadable). False for parts only some users need (the English dictionary). @default true
   */
  background?: boolean;
}

export function lazy<M>(importer: () => Promise<M>, options: LazyOptions = {}): Lazy<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const load = (): Promise<M> => {
    pending ??= importer().then(
      (m) => (loaded = m),
      (e: unknown) => {
        pending = undefined; // a network hiccup must not break the feature for the whole session
        throw e;
      },
    );
    return pending;
  };
  registry().push(Object.assign(load, { background: options.background ?? true }));
  return {
    get loaded() {
      return loaded;
    },
    load,
  };
}

/** Loads every lazy part declared so far. */
export async function preloadAll(): Promise<void> {
  await Promise.all(registry().map((load) => load()));
}

/** Loads the parts marked `background` (after first paint); failures are left for first use to report. */
export async function prefetchInBackground(): Promise<void> {
  await Promise.all(
    registry()
      .filter((load) => load.background)
      .map((load) => load().catch(() => undefined)),
  );
}
