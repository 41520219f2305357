// The browser's JSONP transport for the e-Stat client: e-Stat documents app/jsonp/… for pages that cannot
// read its JSON across origins (domain/estat-oecd-api.md §1.14). A <script> element with src only (no
// inline code), removed afterwards; the CSP allows https://api.e-stat.go.jp as a script origin.
import type { JsonpTransport } from "../../core/stats/estat/createEstatClient";

const TIMEOUT_MS = 30_000;

/** A <script> loader, or undefined where there is no DOM (Node, tests). */
export function createScriptJsonp(): JsonpTransport | undefined {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc || typeof doc.createElement !== "function") return undefined;
  return (url, { callbackName, signal }) =>
    new Promise<unknown>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason ?? new Error("aborted"));
        return;
      }
      const g = globalThis as unknown as Record<string, unknown>;
      const script = doc.createElement("script");
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        script.remove();
        // a late answer must not call a missing function
        g[callbackName] = () => undefined;
      };
      const onAbort = () => {
        cleanup();
        reject(signal?.reason ?? new Error("aborted"));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`JSONP timed out after ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      g[callbackName] = (body: unknown) => {
        cleanup();
        resolve(body);
      };
      script.onerror = () => {
        cleanup();
        reject(new Error("JSONP script failed to load"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      script.src = url;
      script.async = true;
      doc.head.appendChild(script);
    });
}
