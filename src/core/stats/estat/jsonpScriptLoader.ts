import { AppError } from "../../errors/AppError";
import { redactUrl } from "../http/redactUrl";
import type { JsonpTransport } from "./createEstatClient";

/** The few DOM pieces the loader touches, typed structurally so src/core stays free of DOM globals. */
export interface ScriptElementLike {
  src: string;
  async: boolean;
  onerror: ((event: unknown) => void) | null;
  remove(): void;
}
export interface DocumentLike {
  createElement(tag: "script"): ScriptElementLike;
  head: { appendChild(node: ScriptElementLike): unknown };
}

/**
 * The browser JSONP transport for e-Stat's documented `app/jsonp/…&callback=` endpoint: injects a <script>,
 * resolves with the object e-Stat passes to the callback, and always removes the script and the global
 * callback (on success, error, timeout or abort). The task pane passes `document` and `window`; the
 * add-in's CSP must allow `script-src https://api.e-stat.go.jp` (domain notes §1.14).
 */
export function createJsonpScriptLoader(
  doc: DocumentLike,
  globalObject: Record<string, unknown>,
  timeoutMs = 30_000,
): JsonpTransport {
  return (url, { callbackName, signal }) =>
    new Promise((resolve, reject) => {
      if (!/^[A-Za-z_$][\w$]{0,63}$/.test(callbackName)) {
        reject(new Error(`invalid JSONP callback name ${callbackName}`));
        return;
      }
      const shown = redactUrl(url);
      const script = doc.createElement("script");
      let done = false;
      const finish = () => {
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        script.remove();
        // a late answer must not throw "callback is not defined" in the page
        globalObject[callbackName] = () => undefined;
        const cleanup = setTimeout(() => delete globalObject[callbackName], 60_000) as unknown as {
          unref?: () => void;
        };
        cleanup.unref?.();
      };
      const fail = (code: string, message: string, params: Record<string, string | number>) => {
        if (done) return;
        finish();
        reject(new AppError(code, message, { kind: "notAvailable", params }));
      };
      const onAbort = () => fail("CANCELLED", `JSONP cancelled: ${shown}`, { url: shown });
      const timer = setTimeout(
        () => fail("TIMEOUT", `JSONP timed out: ${shown}`, { url: shown, timeoutMs }),
        timeoutMs,
      );
      if (signal?.aborted) return onAbort();
      signal?.addEventListener("abort", onAbort, { once: true });
      globalObject[callbackName] = (data: unknown) => {
        if (done) return;
        finish();
        resolve(data);
      };
      script.async = true;
      script.onerror = () =>
        fail("ESTAT_JSONP_FAILED", `JSONP script failed: ${shown}`, { url: shown, detail: "script error" });
      script.src = url;
      doc.head.appendChild(script);
    });
}
