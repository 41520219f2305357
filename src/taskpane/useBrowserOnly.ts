import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False while the prerender renders and while the page hydrates it, true otherwise (and right after
 * hydration). What only the browser knows — the user's recent and favourite tables in localStorage — is
 * shown once this is true, so the hydrated first render matches the HTML built without it.
 */
export function useBrowserOnly(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
