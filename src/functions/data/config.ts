// Where the data formulas point (servers, storage, clock, hooks). Kept apart from ./runtime.ts so the task
// pane and the playground can configure the formulas without loading the runtime, which comes with the
// first data formula (src/functions/shared/lazy.ts).
import type { DataFunctionsConfig } from "./runtime";

let config: DataFunctionsConfig = {};
let generation = 0;

/**
 * Points the data formulas at other servers, storage, clock or hooks (the playground, tests, the
 * benchmark). Starts a new runtime state: in-memory tables, batches and the used-query list are dropped;
 * whatever is in the storage stays (as after reopening the workbook).
 */
export function configureDataFunctions(patch: DataFunctionsConfig = {}): void {
  config = { ...config, ...patch };
  generation++;
}

/** Forgets every configuration (tests). */
export function resetDataFunctions(): void {
  config = {};
  generation++;
}

/** The configuration, and a number that changes whenever it does (the runtime then starts afresh). */
export function dataConfig(): { config: DataFunctionsConfig; generation: number } {
  return { config, generation };
}
