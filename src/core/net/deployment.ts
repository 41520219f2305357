// Where this deployment of the add-in may connect. The page's Content-Security-Policy (connect-src) is
// decided at build time (scripts/csp.js, SME_PROXY_ORIGIN); the pane reads it back from the page, so what
// it offers and refuses is exactly what the browser will allow.
import { AppError } from "../errors/AppError";
import type { FetchLike } from "../stats/http/types";
import { allowsConnect, originOf, type Policy } from "./contentSecurityPolicy";

export interface Deployment {
  /** The page's policy; undefined when the page has none (Node, tests): then nothing is refused. */
  policy?: Policy;
  /** Proxy base URLs the build allows (SME_PROXY_ORIGIN), in the order given. */
  proxyOrigins: readonly string[];
  /** The page's own origin, for 'self'. */
  selfOrigin?: string;
}

export type ProxyCheck =
  | { ok: true }
  | { ok: false; reason: "format"; url: string }
  | { ok: false; reason: "notAllowed"; origin: string; allowed: string[] };

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/**
 * A proxy base URL is usable when it is https (http only on this machine) and its origin is one the
 * build allowed. "" means "no proxy": e-Stat directly.
 */
export function checkProxyUrl(url: string, deployment: Deployment): ProxyCheck {
  const text = url.trim();
  if (text === "") return { ok: true };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return { ok: false, reason: "format", url: text };
  }
  const secure = u.protocol === "https:" || (u.protocol === "http:" && isLoopback(u.hostname));
  if (!secure || u.username || u.password) return { ok: false, reason: "format", url: text };
  const allowed = deployment.proxyOrigins.map((p) => originOf(p)).filter((o): o is string => !!o);
  // With no policy (tests, Node) the browser blocks nothing, but the build's list still decides.
  const inList = allowed.includes(u.origin);
  const byPolicy = deployment.policy ? allowsConnect(deployment.policy, u.href, deployment.selfOrigin) : true;
  if (!inList || !byPolicy) return { ok: false, reason: "notAllowed", origin: u.origin, allowed };
  return { ok: true };
}

/** The error for a request the page's policy would block (params: origin, allowed). */
export function cspBlockedError(url: string, deployment: Deployment): AppError {
  const origin = originOf(url) ?? url.slice(0, 80);
  const allowed = deployment.proxyOrigins.map((p) => originOf(p) ?? p);
  return new AppError("CSP_BLOCKED", `Content-Security-Policy connect-src does not allow ${origin}`, {
    kind: "notAvailable",
    params: { origin, allowed: allowed.length > 0 ? allowed.join(", ") : "—" },
  });
}

/**
 * Wraps fetch so a request the page's connect-src would block fails at once with CSP_BLOCKED (which
 * says why and what to do) instead of the browser's bare "Failed to fetch".
 */
export function guardFetch(fetch: FetchLike, deployment: Deployment): FetchLike {
  return (url, init) => {
    if (deployment.policy && !allowsConnect(deployment.policy, url, deployment.selfOrigin))
      return Promise.reject(cspBlockedError(url, deployment));
    return fetch(url, init);
  };
}
