// e-Stat page parse workers on node:worker_threads, for the CLI (and the benches and tests that build the
// worker file). The pool and its protocol are the core's (src/core/stats/estat/pageParsePool.ts).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import {
  createPageParsePool,
  type FromWorker,
  type PageParsePool,
  type PageWorkerPort,
} from "../core/stats/estat/pageParsePool";

/** The worker file next to the built CLI; undefined when running from source (then pages parse here). */
export function builtPageWorkerFile(dir: string): string | undefined {
  const f = join(dir, "estat-page-worker.js");
  return existsSync(f) ? f : undefined;
}

/**
 * Workers from `file` (the built estatPageWorker.ts). One per core, at most 4: on the 2-core machines of the
 * benches two workers parse while the main thread receives (session 6 note: 1 worker vs 2).
 * A worker holds the process open only while it has pages: a pool nobody closes does not keep Node running.
 */
export function createNodePageParsePool(
  file: string,
  size = Math.max(1, Math.min(4, availableParallelism())),
): PageParsePool {
  return createPageParsePool({ size, spawn: () => nodePort(new Worker(file)) });
}

function nodePort(w: Worker): PageWorkerPort {
  const busy = new Set<number>();
  const idle = () => {
    if (busy.size === 0) w.unref();
  };
  idle();
  return {
    postMessage(m, transfer) {
      if (m.t === "open") {
        busy.add(m.id);
        w.ref();
      } else if (m.t === "drop") {
        busy.delete(m.id);
        idle();
      }
      w.postMessage(m, transfer);
    },
    listen(onMessage, onGone) {
      let gone = false;
      const goneOnce = (e: Error) => {
        if (gone) return;
        gone = true;
        busy.clear();
        idle();
        onGone(e);
      };
      w.on("message", (m: FromWorker) => {
        if (m.id !== undefined) busy.delete(m.id);
        idle();
        onMessage(m);
      });
      w.on("error", goneOnce);
      w.on("messageerror", goneOnce);
      w.on("exit", (code) => goneOnce(new Error(`parse worker exited (code ${code})`)));
    },
    terminate: () => void w.terminate(),
  };
}
