// The in-memory Excel: `run` with Excel.run's shape, request accounting, failure injection,
// recalculation and change events. Unit tests, benchmarks and the browser playground share it.
import { parseRef, splitSheet } from "./address";
import { Calculator } from "./calc";
import { interpretInput } from "./cells";
import { FakeRequestContext, type BatchExecutor, type Operation } from "./context";
import { FakeExcelError, invalidArgument, requestPayloadTooLarge, responsePayloadTooLarge } from "./errors";
import type { FakeObject } from "./proxy";
import { REQUEST_LIMIT_BYTES, RESPONSE_LIMIT_BYTES, requestBody, requestBytes } from "./wire";
import { takeSnapshot, type WorkbookSnapshot } from "./snapshot";
import { WorkbookStore } from "./store";
import type {
  CellModel,
  CellValue,
  ChangeEvent,
  FakeStats,
  FormulaEvaluator,
  SheetModel,
  WorkbookModel,
} from "./types";
import { FakeApplication, FakeWorkbook } from "./workbook";

export interface FakeExcelOptions {
  /** @default 5,000,000 bytes, Excel on the web's "5 MB" (wire.ts) */
  requestLimitBytes?: number;
  /** @default 5 MB */
  responseLimitBytes?: number;
  /** Delay of every sync, to make progress bars visible in the playground. @default 0 */
  latencyMs?: number;
}

export interface SyncInfo {
  /** 1-based number of this sync since the fake was created (or stats reset). */
  index: number;
  /** Request bytes as the fake counts them: UTF-8 of the body below (wire.ts). */
  bytes: number;
  operations: string[];
  /** The request body Office.js would send, built on demand (it can be megabytes). */
  requestBody(): ReturnType<typeof requestBody>;
}

export type ExcelRunLike = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const zeroStats = (): FakeStats => ({
  syncs: 0,
  totalBytes: 0,
  largestRequestBytes: 0,
  largestResponseBytes: 0,
  operations: 0,
  rejectedSyncs: 0,
  runs: 0,
  screenUpdatingSuspensions: 0,
  apiCalculationSuspensions: 0,
  recalculations: 0,
});

export class FakeExcel implements BatchExecutor {
  readonly store = new WorkbookStore();
  stats: FakeStats = zeroStats();
  private readonly listeners = new Set<(e: ChangeEvent) => void>();
  private readonly calc: Calculator;
  private calcSuspended = false;
  private readonly failures = new Map<number, { error: Error; afterOperations?: number }>();
  private operationFailure: { matches: (name: string) => boolean; error: Error } | undefined;
  private hook: ((info: SyncInfo) => void | Promise<void>) | undefined;
  private idleWaiters: (() => void)[] = [];
  readonly options: Required<FakeExcelOptions>;

  constructor(options: FakeExcelOptions = {}) {
    this.options = {
      requestLimitBytes: REQUEST_LIMIT_BYTES,
      responseLimitBytes: RESPONSE_LIMIT_BYTES,
      latencyMs: 0,
      ...options,
    };
    this.calc = new Calculator(this.store, () => {
      this.store.cellsDirty = true;
      this.recalculate("recalc");
    });
  }

  /** The plain model: sheets → rows → cells, tables, charts, settings, custom XML parts. */
  get workbook(): WorkbookModel {
    return this.store.model;
  }

  /** Same shape as Excel.run(batch). */
  readonly run: ExcelRunLike = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    this.stats.runs++;
    const ctx = new FakeRequestContext(this);
    const application = new FakeApplication(ctx, this.store, {
      suspendScreenUpdating: () => this.stats.screenUpdatingSuspensions++,
      suspendApiCalculation: () => {
        this.stats.apiCalculationSuspensions++;
        this.calcSuspended = true;
      },
      // Operations run in order, so a load queued after calculate() sees the recalculated values.
      calculate: () => {
        this.store.cellsDirty = true;
        this.calculateNow(true);
      },
    });
    ctx.applicationProxy = application;
    ctx.workbookProxy = new FakeWorkbook(ctx, this.store, application as unknown as Excel.Application);
    try {
      const pending = batch(ctx as unknown as Excel.RequestContext);
      if (!pending || typeof (pending as Promise<T>).then !== "function")
        throw new FakeExcelError(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise.',
        );
      const result = await pending;
      // Excel.run sends what is still queued when the batch resolves.
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  async executeBatch(
    _ctx: FakeRequestContext,
    ops: Operation[],
    created: readonly FakeObject<unknown>[] = [],
  ): Promise<void> {
    const index = ++this.stats.syncs;
    const bytes = requestBytes(
      ops.map((o) => o.wire),
      created,
    );
    this.stats.totalBytes += bytes;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, bytes);
    this.stats.operations += ops.length;
    try {
      await this.hook?.({
        index,
        bytes,
        operations: ops.map((o) => o.name),
        requestBody: () =>
          requestBody(
            ops.map((o) => o.wire),
            created,
          ),
      });
      const injected = this.failures.get(index);
      if (injected && injected.afterOperations === undefined) throw injected.error;
      if (bytes > this.options.requestLimitBytes)
        throw requestPayloadTooLarge(bytes, this.options.requestLimitBytes);
    } catch (e) {
      this.stats.rejectedSyncs++;
      throw e;
    }
    if (this.options.latencyMs > 0) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    else await Promise.resolve();
    // Operations run in order and stop at the first failure; what ran before it stays applied (there is no
    // rollback: the error's debugInfo points at "the point of failure" among the batch's statements,
    // @types/office-js OfficeExtension.DebugInfo, and Microsoft documents no transaction). Injected partial
    // failures take the same path.
    let error: unknown;
    let responseBytes = 0;
    const partial = this.failures.get(index);
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (partial?.afterOperations === i) {
        error = partial.error;
        break;
      }
      if (this.operationFailure?.matches(op.name)) {
        error = this.operationFailure.error;
        this.operationFailure = undefined;
        break;
      }
      try {
        responseBytes += op.exec();
      } catch (e) {
        error = e;
        break;
      }
    }
    this.stats.largestResponseBytes = Math.max(this.stats.largestResponseBytes, responseBytes);
    if (error === undefined && responseBytes > this.options.responseLimitBytes)
      error = responsePayloadTooLarge(responseBytes, this.options.responseLimitBytes);
    // suspendApiCalculationUntilNextSync: "Suspends calculation until the next context.sync() is called. Once
    // set, it is the developer's responsibility to re-calc the workbook, to ensure that any dependencies are
    // propagated." (@types/office-js, Excel.Application, ExcelApi 1.6). So a suspended batch's changes are not
    // recalculated by later syncs either: dependants stay stale until application.calculate(). Our choices
    // where the docs are silent: a calculate() queued in the suspended batch itself is honoured where it stands,
    // and calculate() also runs in Manual mode (it is the explicit recalculation the docs ask for). Once a
    // later unsuspended change triggers a recalculation the fake recalculates every formula, which is
    // kinder than Excel's dependency-driven recalculation.
    const suspended = this.calcSuspended;
    this.calcSuspended = false;
    if (!suspended) this.recalculate("sync");
    else {
      this.store.cellsDirty = false;
      if (this.store.changed) this.emit("sync");
    }
    if (error !== undefined) {
      this.stats.rejectedSyncs++;
      throw error;
    }
  }

  private calculateNow(explicit: boolean): void {
    if (this.store.cellsDirty && (explicit || this.store.model.calculationMode !== "Manual")) {
      this.store.cellsDirty = false;
      this.stats.recalculations++;
      if (this.calc.recalc()) this.store.changed = true;
    }
  }

  private recalculate(reason: ChangeEvent["reason"]): void {
    this.calculateNow(false);
    if (this.store.changed) this.emit(reason);
    if (this.calc.pendingCount === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  private emit(reason: ChangeEvent["reason"]): void {
    this.store.changed = false;
    for (const cb of this.listeners) {
      try {
        cb({ reason });
      } catch (e) {
        console.error("FakeExcel change listener failed", e);
      }
    }
  }

  /** Called after every sync or recalculation that changed the workbook. Returns an unsubscribe function. */
  onChange(cb: (e: ChangeEvent) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  setFormulaEvaluator(evaluator: FormulaEvaluator | undefined): void {
    this.calc.evaluator = evaluator;
    this.store.cellsDirty = true;
    this.recalculate("recalc");
  }

  /** Resolves when no formula is waiting for a Promise result. */
  whenCalculated(): Promise<void> {
    if (this.calc.pendingCount === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Makes the n-th sync from now (1 = the next one) reject. By default nothing of it is applied (the request
   * never reached Excel); with `afterOperations: k` its first k operations are applied, then it fails, as a
   * batch does when its (k+1)-th statement fails in Excel.
   */
  failSync(n = 1, error: Error = injectedError(), options: { afterOperations?: number } = {}): void {
    this.failures.set(this.stats.syncs + n, { error, afterOperations: options.afterOperations });
  }

  /**
   * Fails the first operation, in any later sync, whose name matches (e.g. "Range.set values",
   * "TableCollection.add", /^Table\./): the operations queued before it in that batch are applied, it and
   * those after it are not. One-shot. Names are listed in SyncInfo.operations (beforeSync).
   */
  failOperation(match: string | RegExp, error: Error = injectedError()): void {
    this.operationFailure = {
      matches: (name) => (typeof match === "string" ? name === match : match.test(name)),
      error,
    };
  }

  /** Runs before each sync is applied; throwing rejects that sync with nothing applied. */
  beforeSync(hook: ((info: SyncInfo) => void | Promise<void>) | undefined): void {
    this.hook = hook;
  }

  resetStats(): void {
    this.stats = zeroStats();
    this.failures.clear();
    this.operationFailure = undefined;
  }

  snapshot(): WorkbookSnapshot {
    return takeSnapshot(this.store);
  }

  /** Types into a cell as a user would (playground formula box): "=…" is a formula, "'…" is text. */
  enter(address: string, input: string): void {
    const { sheet, rect } = this.locate(address);
    const parsed = interpretInput(input);
    this.store.write(sheet, rect, parsed.kind === "skip" ? "" : input, "values");
    this.recalculate("sync");
  }

  sheet(name: string): SheetModel {
    const s = this.store.sheetByName(name);
    if (!s) throw invalidArgument(`No sheet named '${name}'.`);
    return s;
  }

  /** Displayed values of a sheet-qualified range, e.g. "Sheet1!A1:C3". */
  values(address: string): CellValue[][] {
    const { sheet, rect } = this.locate(address);
    return this.store.readValues(sheet, rect) ?? [];
  }

  /** The stored cell at a sheet-qualified address, or undefined when never written. */
  cell(address: string): CellModel | undefined {
    const { sheet, rect } = this.locate(address);
    return this.store.cell(sheet, rect.r0, rect.c0);
  }

  private locate(address: string): { sheet: SheetModel; rect: NonNullable<ReturnType<typeof parseRef>> } {
    const { sheet: name, ref } = splitSheet(address);
    const sheet =
      name === undefined
        ? this.store.sheetById(this.store.model.activeSheetId)
        : this.store.sheetByName(name);
    const rect = parseRef(ref);
    if (!sheet || !rect) throw invalidArgument(`'${address}' is not an address in this workbook.`);
    return { sheet, rect };
  }
}

function injectedError(): FakeExcelError {
  return new FakeExcelError("GeneralException", "An internal error has occurred. (injected by the test)");
}

export function createFakeExcel(options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(options);
}
