// e-Stat page parse workers in the task pane (Web Workers): pages 2… of a large table are parsed off the pane's
// thread, so the pane stays responsive and the load is bound by the network (issue 15). The pool and its
// protocol are the core's (src/core/stats/estat/pageParsePool.ts); the CLI's are node:worker_threads.
import {
  createPageParsePool,
  type PageParsePool,
  type PageWorkerPort,
} from "../core/stats/estat/pageParsePool";

/**
 * Workers from this page's own origin (webpack builds estatPageWorker.web.ts as a chunk; the pages' CSP
 * `default-src 'self'` allows it). One per core, at most 4; none where the WebView has no Worker. A worker
 * that fails to start or dies fails its pages, which the pager then parses on the pane's thread.
 */
export function createWebPageParsePool(
  size = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2)),
): PageParsePool | undefined {
  if (typeof Worker === "undefined") return undefined;
  return createPageParsePool({
    size,
    spawn: () =>
      webPort(new Worker(new URL("./estatPageWorker.web.ts", import.meta.url), { name: "estat-page" })),
  });
}

function webPort(w: Worker): PageWorkerPort {
  return {
    postMessage: (m, transfer) => w.postMessage(m, transfer ?? []),
    listen(onMessage, onGone) {
      w.onmessage = (e) => onMessage(e.data);
      w.onerror = (e) => {
        e.preventDefault();
        onGone(new Error(e.message || "worker failed"));
      };
      w.onmessageerror = () => onGone(new Error("a message from the worker could not be read"));
    },
    terminate: () => w.terminate(),
  };
}
