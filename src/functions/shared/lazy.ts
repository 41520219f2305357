// Code a custom function needs only when it runs — programme rules, the indicator pack, the data-formula
// runtime (HTTP, cache, JSONP) — stays out of functions.js (issue 15: the functions entry is what every
// workbook using SME.* waits for). Excel's runtime needs CustomFunctions.associate for every id when
// functions.js loads, so the thin wrapper (with its JSDoc metadata) stays in the entry and its heavy part
// is a separate chunk, loaded by the first call:
//
//   const engine = lazyModule(() => import(/* webpackChunkName: "fn-subsidy" */ "../core/subsidy"));
//   export function grantFn(...): any[][] {
//     return engine.run(({ computeGrant }) => guard(() => ...computeGrant(...)));
//   }
//
// Before the chunk has arrived, run() returns a Promise (Excel shows #BUSY! for those milliseconds, as for
// any asynchronous function); once loaded it calls straight through, so results and errors are exactly
// those of the synchronous function. A chunk that fails to load gives #VALUE! with the reason, and the
// next call tries again.
import { lazy, type Lazy } from "../../core/lazy";
import { toCustomFunctionError } from "./toExcel";

export interface LazyModule<M> extends Lazy<M> {
  /**
   * fn(module): called at once when the module is loaded, else after loading. The declared result is R
   * (so functions.json keeps each function's result shape) but is a Promise of R until the first load
   * ends: Excel accepts a Promise from any custom function, and callers that await get the same value.
   */
  run<R>(fn: (m: M) => R): R;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  const l = lazy(importer);
  return {
    get loaded() {
      return l.loaded;
    },
    load: l.load,
    run<R>(fn: (m: M) => R): R {
      const m = l.loaded;
      if (m !== undefined) return fn(m);
      return l.load().then(fn, (e: unknown) => {
        throw toCustomFunctionError(e);
      }) as unknown as R;
    },
  };
}
