// Loads the built custom functions (dist/functions.js and the chunks it needs, in the order the
// page loads them) into a fresh VM context with a stub CustomFunctions runtime, as Excel would.
// The chunks the functions load on first use (fn-*, src/functions/shared/lazy.ts) are installed first,
// as if already downloaded: the vm has no document to load scripts with. `ready` resolves once every
// lazy part is loaded (from then on the subsidy and indicator functions answer synchronously, as in
// Excel after their first call); the browser tests load them over the network.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { createCustomFunctionsShim, CustomFunctionsShim } from "../../src/playground/customFunctionsRuntime";
import { asDesktopCall, blankAsZero } from "./blankAsZero";

export const DIST = join(__dirname, "../../dist");

export interface LoadedBundle {
  cf: CustomFunctionsShim;
  context: vm.Context;
  call(id: string, ...args: unknown[]): unknown;
  /** Every lazy part of the functions loaded. */
  ready: Promise<void>;
}

/** The lazy chunks of the custom functions (webpackChunkName fn-…, alone or shared with others). */
export function functionChunks(): string[] {
  return readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && /(^|~)fn-/.test(f))
    .sort();
}

export function loadFunctionsBundle(extraGlobals: Record<string, unknown> = {}): LoadedBundle {
  const entrypoints = JSON.parse(readFileSync(join(DIST, "entrypoints.json"), "utf8")) as Record<
    string,
    string[]
  >;
  const cf = createCustomFunctionsShim();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: cf,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    fetch,
    AbortController,
    AbortSignal,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    structuredClone,
    // The shared runtime's page: webpack's runtime reads its base URL (for the task pane's Web Worker chunk)
    // from document.baseURI or self.location when it loads.
    location: new URL("https://localhost:3000/taskpane.html"),
    ...extraGlobals,
  };
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  for (const file of [...functionChunks(), ...entrypoints.functions]) {
    vm.runInContext(readFileSync(join(DIST, file), "utf8"), context, { filename: file });
  }
  // Blank = 0 mode (bundle-blank0 project): every registered function gets blanks as Excel desktop passes them.
  if (blankAsZero()) for (const [id, fn] of cf.registry) cf.registry.set(id, asDesktopCall(fn));
  const preload = (context as { __SME_PRELOAD__?: (() => Promise<unknown>)[] }).__SME_PRELOAD__ ?? [];
  const ready = Promise.all(preload.map((load) => load())).then(() => undefined);
  return {
    cf,
    context,
    ready,
    call(id, ...args) {
      const fn = cf.registry.get(id);
      if (!fn) throw new Error(`custom function ${id} is not registered`);
      return fn(...args);
    },
  };
}
