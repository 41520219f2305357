// Task pane parts loaded when the user goes there (issue 15): the calculator, refresh and settings tabs,
// the data flow's later steps. React.lazy suspends until the chunk arrives; once a chunk is loaded (or
// preloaded, as the component tests do) the panel renders at once, with no Suspense fallback. A chunk
// that cannot be fetched shows an error with a retry button instead of blanking the pane.
import { Button } from "@fluentui/react-components";
import { Component, lazy as reactLazy, Suspense, type ComponentType, type ReactNode } from "react";
import { describeError } from "../core/errors/messages";
import type { Lazy } from "../core/lazy";
import { useI18n } from "./i18n";

/** A component of a lazily loaded module. */
export function lazyPanel<M, P extends object>(
  chunk: Lazy<M>,
  pick: (m: M) => ComponentType<P>,
): ComponentType<P> {
  const make = (): ComponentType<P> =>
    reactLazy(() => {
      const m = chunk.loaded;
      if (m !== undefined) {
        // Already here: a thenable that answers synchronously, so React renders without suspending.
        const done = { default: pick(m) };
        return { then: (ok: (v: typeof done) => void) => ok(done) } as unknown as Promise<typeof done>;
      }
      return chunk.load().then(
        (mod) => ({ default: pick(mod) }),
        (e: unknown) => {
          current = make(); // React.lazy remembers a failure: the retry needs a fresh one
          throw e;
        },
      );
    }) as unknown as ComponentType<P>;
  let current = make();
  return function LazyPanel(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}

/**
 * A small lazily loaded component (an error bar, a badge) shown as plain text until its chunk arrives, or
 * for good if it cannot be fetched (offline): `plain` says the same thing without the styling.
 */
export function lazyInline<M, P extends object>(
  chunk: Lazy<M>,
  pick: (m: M) => ComponentType<P>,
  plain: (props: P) => ReactNode,
): ComponentType<P> {
  const Panel = lazyPanel(chunk, pick);
  return function LazyInline(props: P) {
    const stand = plain(props);
    return (
      <Boundary fallback={() => stand}>
        <Suspense fallback={stand}>
          <Panel {...props} />
        </Suspense>
      </Boundary>
    );
  };
}

/** Shows `fallback` instead of children that threw (a chunk that could not be fetched). */
export class Boundary extends Component<
  { fallback: (error: unknown, retry: () => void) => ReactNode; children: ReactNode },
  { error: unknown }
> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error !== null)
      return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}

/** Wraps lazily loaded panels: a spinner while the chunk loads, an error with retry if it cannot. */
export function PanelSuspense({ children }: { children: ReactNode }) {
  const { t, lang } = useI18n();
  return (
    <Boundary
      fallback={(error, retry) => (
        <div>
          <div role="alert">
            <strong>{t("panelLoadFailed")}</strong> {describeError(error, lang)}
          </div>
          <Button onClick={retry}>{t("panelRetry")}</Button>
        </div>
      )}
    >
      <Suspense fallback={<span role="status">{t("loading")}</span>}>{children}</Suspense>
    </Boundary>
  );
}
