// The task pane's actions with their implementation (statistics clients, Excel writers, the subsidy
// engine: src/taskpane/createActions.ts) loaded on the first action that needs it, not before the pane
// paints (issue 15). Every action returns a Promise, so a caller cannot tell the difference.
import type { Lazy } from "../core/lazy";
import type { TaskpaneActions } from "./actions";

export function lazyActions(
  impl: Lazy<TaskpaneActions>,
  /** Actions answered without loading the rest (settings, read at start-up). */
  eager: Partial<TaskpaneActions> = {},
): TaskpaneActions {
  return new Proxy(eager as TaskpaneActions, {
    get(target, name) {
      if (typeof name !== "string" || name === "then") return undefined;
      if (name in target) return target[name as keyof TaskpaneActions];
      return (...args: unknown[]) =>
        impl.load().then((a) => (a[name as keyof TaskpaneActions] as (...x: unknown[]) => unknown)(...args));
    },
  });
}
