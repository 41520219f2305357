// Excel.RequestContext stand-in: a queue of operations that the engine applies at sync().
import { invalidObjectPath } from "./errors";
import type { FakeObject } from "./proxy";
import type { WireAction } from "./wire";

export interface Operation {
  /** "Range.set values" etc., for debugging and failure injection. */
  name: string;
  /** The arguments as Office.js would serialise them: what counts against the request size. */
  payload?: unknown;
  /** False for loads and reads. */
  mutates: boolean;
  /** How it appears in the request body (see wire.ts); absent for operations the body carries elsewhere. */
  wire?: WireAction;
  /** Applies the operation; returns response bytes it produced. */
  exec(): number;
}

export interface BatchExecutor {
  /** `created`: proxy objects made since the last sync (Office.js instantiates them in this request). */
  executeBatch(
    ctx: FakeRequestContext,
    ops: Operation[],
    created: readonly FakeObject<unknown>[],
  ): Promise<void>;
}

export class FakeRequestContext {
  private queue: Operation[] = [];
  private fresh: FakeObject<unknown>[] = [];
  closed = false;
  readonly trackedObjects = {
    add(_objects: unknown): void {},
    remove(_objects: unknown): void {},
  };
  readonly requestHeaders: Record<string, string> = {};
  /** Set by the engine: the proxies for workbook and application. */
  workbookProxy: unknown;
  applicationProxy: unknown;

  constructor(private readonly executor: BatchExecutor) {}

  get workbook(): Excel.Workbook {
    return this.workbookProxy as Excel.Workbook;
  }
  get application(): Excel.Application {
    return this.applicationProxy as Excel.Application;
  }

  track(obj: FakeObject<unknown>): void {
    this.fresh.push(obj);
  }

  enqueue(op: Operation): void {
    if (this.closed) throw invalidObjectPath();
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.closed) throw invalidObjectPath();
    const ops = this.queue;
    const fresh = this.fresh;
    this.queue = [];
    this.fresh = [];
    try {
      await this.executor.executeBatch(this, ops, fresh);
    } finally {
      for (const obj of fresh) obj.settleNull();
    }
    return passThroughValue as T;
  }
}
