// The entry of one e-Stat page parse worker (built to dist/cli/estat-page-worker.js by scripts/build-cli.mjs):
// the protocol is in src/core/stats/estat/pageParsePool.ts, the threads in estatPageWorkers.ts.
import { parentPort } from "node:worker_threads";
import { servePageParses } from "../core/stats/estat/pageParsePool";

const port = parentPort;
if (!port) throw new Error("estat-page-worker runs as a worker thread");
port.on(
  "message",
  servePageParses((message, transfer) => port.postMessage(message, transfer)),
);
