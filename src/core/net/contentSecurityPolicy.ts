// Reads a Content-Security-Policy and answers "may this page connect to that URL?", the way a browser
// matches connect-src (CSP Level 3, §6.7.2 "Does url match expression in origin with redirect count"):
// 'self', 'none', scheme sources (https:), and host sources with an optional scheme, a leading "*."
// wildcard and an optional port (":*" for any). Paths are ignored: our policies name origins only.
// Used to refuse a request with a clear message before the browser blocks it with a bare TypeError.

export type Policy = ReadonlyMap<string, readonly string[]>;

/** Directive name → its source list (lower-cased names; a repeated directive keeps the first, as browsers do). */
export function parsePolicy(text: string): Policy {
  const out = new Map<string, string[]>();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}

/** The sources that govern a fetch directive: the directive itself, or default-src when it is absent. */
export function effectiveSources(policy: Policy, directive: string): readonly string[] | undefined {
  return policy.get(directive) ?? policy.get("default-src");
}

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443" };

function portOf(u: URL): string {
  return u.port || DEFAULT_PORTS[u.protocol] || "";
}

function matchesSource(source: string, url: URL, self: URL | undefined): boolean {
  const s = source.toLowerCase();
  if (s === "'none'") return false;
  if (s === "'self'") {
    if (!self) return false;
    // CSP3: 'self' also allows the https/wss upgrade of an http/ws page origin.
    const schemeOk =
      url.protocol === self.protocol ||
      (self.protocol === "http:" && url.protocol === "https:") ||
      (self.protocol === "ws:" && url.protocol === "wss:");
    return schemeOk && url.hostname === self.hostname && portOf(url) === portOf(self);
  }
  if (s.startsWith("'")) return false; // nonces, hashes, 'unsafe-*': not about URLs
  const scheme = /^([a-z][a-z0-9+.-]*):$/.exec(s);
  if (scheme) return url.protocol === `${scheme[1]}:` || (scheme[1] === "http" && url.protocol === "https:");
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\*|\d+))?(\/.*)?$/.exec(s);
  if (!m) return false;
  const [, sch, host, port] = m;
  if (sch) {
    const ok = url.protocol === `${sch}:` || (sch === "http" && url.protocol === "https:");
    if (!ok) return false;
  } else if (self) {
    // A host source without a scheme takes the page's scheme (an http page may also reach https).
    const ok = url.protocol === self.protocol || (self.protocol === "http:" && url.protocol === "https:");
    if (!ok) return false;
  }
  if (host === "*") {
    // ok
  } else if (host.startsWith("*.")) {
    if (!url.hostname.endsWith(host.slice(1))) return false;
  } else if (url.hostname !== host) return false;
  if (port === "*") return true;
  const wanted = port ?? DEFAULT_PORTS[sch ? `${sch}:` : url.protocol] ?? "";
  return portOf(url) === wanted;
}

/**
 * Whether the policy lets the page fetch `url` (connect-src, falling back to default-src).
 * No policy, or a policy without either directive, allows everything.
 */
export function allowsConnect(policy: Policy | undefined, url: string, selfOrigin?: string): boolean {
  if (!policy) return true;
  const sources = effectiveSources(policy, "connect-src");
  if (!sources) return true;
  let u: URL;
  try {
    u = new URL(url, selfOrigin);
  } catch {
    return false;
  }
  const self = selfOrigin ? new URL(selfOrigin) : undefined;
  return sources.some((s) => matchesSource(s, u, self));
}

/** The origin part of a URL ("https://proxy.example.jp:8443"), or undefined for a non-URL. */
export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
