// The e-Stat appId is a per-user key: it must never reach an error message, a log line or a URL shown to
// users. Every URL that leaves the transport goes through redactUrl first.

const SECRET_PARAMS = /([?&])(appId|app_id|apikey|api_key)=[^&#]*/gi;

/** The URL with any `appId=` (and similar key) parameter removed, keeping the rest of the query intact. */
export function redactUrl(url: string): string {
  const out = url
    .replace(SECRET_PARAMS, (_m, sep: string) => sep)
    .replace(/\?&+/, "?")
    .replace(/&{2,}/g, "&");
  return out.replace(/[?&]$/, "").replace(/[?&]#/, "#");
}

/** The values of secret parameters in a URL, so they can also be scrubbed from response text and messages. */
export function secretsInUrl(url: string): string[] {
  const found: string[] = [];
  for (const m of url.matchAll(/[?&](?:appId|app_id|apikey|api_key)=([^&#]*)/gi)) {
    const raw = m[1];
    if (raw === "") continue;
    found.push(raw);
    try {
      const decoded = decodeURIComponent(raw);
      if (decoded !== raw) found.push(decoded);
    } catch {
      // a malformed escape is still scrubbed in its raw form
    }
  }
  return found;
}

/** Replaces every occurrence of the given secrets in `text` with `***`. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length > 0) out = out.split(s).join("***");
  return out;
}
