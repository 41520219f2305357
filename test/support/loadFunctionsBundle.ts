// Loads the built custom functions (dist/functions.js and the chunks it needs, in the order the
// page loads them) into a fresh VM context with a stub CustomFunctions runtime, as Excel would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { createCustomFunctionsShim, CustomFunctionsShim } from "../../src/playground/customFunctionsRuntime";
import { asDesktopCall, blankAsZero } from "./blankAsZero";

export const DIST = join(__dirname, "../../dist");

export interface LoadedBundle {
  cf: CustomFunctionsShim;
  context: vm.Context;
  call(id: string, ...args: unknown[]): unknown;
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
    ...extraGlobals,
  };
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  for (const file of entrypoints.functions) {
    vm.runInContext(readFileSync(join(DIST, file), "utf8"), context, { filename: file });
  }
  // Blank = 0 mode (bundle-blank0 project): every registered function gets blanks as Excel desktop passes them.
  if (blankAsZero()) for (const [id, fn] of cf.registry) cf.registry.set(id, asDesktopCall(fn));
  return {
    cf,
    context,
    call(id, ...args) {
      const fn = cf.registry.get(id);
      if (!fn) throw new Error(`custom function ${id} is not registered`);
      return fn(...args);
    },
  };
}
