// The entry of one e-Stat page parse worker in the browser (a Web Worker, its own webpack chunk): the protocol
// is in src/core/stats/estat/pageParsePool.ts, the workers in estatPageWorkers.ts.
import { servePageParses, type ToWorker } from "../core/stats/estat/pageParsePool";

/** What this file uses of the worker's global scope (the DOM lib types `self` as a window). */
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const serve = servePageParses((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (e) => serve(e.data);
