// The e-Stat appId is a per-user key and a proxy URL may carry credentials (`https://user:pw@host/TOKEN/`):
// neither may reach an error message, a log line, a workbook or a URL shown to users. Every URL that leaves
// the transport goes through redactUrl first; free text (an API's ERROR_MSG, a fetch error that quotes the
// URL) goes through scrubSecrets / createScrubber.

const SECRET_PARAMS = /([?&])(appId|app_id|apikey|api_key)=[^&#]*/gi;
/** `scheme://user:pw@` → `scheme://` (userinfo never has `/`, `?`, `#` or whitespace). */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi;

/** The URL without userinfo and with any `appId=` (and similar key) parameter removed, the rest intact. */
export function redactUrl(url: string): string {
  const out = url
    .replace(USERINFO, "$1")
    .replace(SECRET_PARAMS, (_m, sep: string) => sep)
    .replace(/\?&+/, "?")
    .replace(/&{2,}/g, "&");
  return out.replace(/[?&]$/, "").replace(/[?&]#/, "#");
}

/** Shorter user names/passwords are removed only where they appear as userinfo in a URL (a one-letter
 *  user name "u" must not blank every "u" of a message). */
const MIN_LITERAL_SECRET = 4;

function withDecoded(raw: string): string[] {
  const out = [raw];
  try {
    const decoded = decodeURIComponent(raw);
    if (decoded !== raw) out.push(decoded);
  } catch {
    // a malformed escape is still scrubbed in its raw form
  }
  const encoded = encodeURIComponent(raw);
  if (encoded !== raw) out.push(encoded);
  return out;
}

/** The values of secret parameters and the userinfo of a URL, so they can also be scrubbed from response
 *  text and messages (raw, percent-decoded and percent-encoded forms; Basic-auth form of user:password). */
export function secretsInUrl(url: string): string[] {
  const found: string[] = [];
  for (const m of url.matchAll(/[?&](?:appId|app_id|apikey|api_key)=([^&#]*)/gi)) {
    if (m[1] !== "") found.push(...withDecoded(m[1]));
  }
  const ui = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s@]*)@/i.exec(url.trim());
  if (ui) {
    const [user, pw = ""] = ui[1].split(/:(.*)/s);
    for (const part of [user, pw]) if (part.length >= MIN_LITERAL_SECRET) found.push(...withDecoded(part));
    if (ui[1].length >= MIN_LITERAL_SECRET) {
      found.push(...withDecoded(ui[1]));
      found.push(basicAuth(ui[1]));
    }
  }
  return [...new Set(found)];
}

function basicAuth(userinfo: string): string {
  const [user, pw = ""] = userinfo.split(/:(.*)/s);
  const plain = `${safeDecode(user)}:${safeDecode(pw)}`;
  const bytes = new TextEncoder().encode(plain);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Replaces every occurrence of the given secrets in `text` with `***` (longest first). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length))
    if (s.length > 0) out = out.split(s).join("***");
  return out;
}

/** One place that knows every secret of a run (appId, proxy credentials, configured secret path parts). */
export interface Scrubber {
  /** Literal secrets (an appId, a secret path part of a proxy URL). Empty strings are ignored. */
  add(...secrets: (string | undefined)[]): void;
  /** Secrets inside a URL: its userinfo and key parameters. */
  addUrl(url: string | undefined): void;
  /** `text` with URLs redacted (userinfo, appId parameters) and every known secret replaced by `***`. */
  scrub(text: string): string;
}

export function createScrubber(): Scrubber {
  const secrets = new Set<string>();
  return {
    add(...values) {
      for (const v of values) if (v) for (const f of withDecoded(v)) secrets.add(f);
    },
    addUrl(url) {
      if (url) for (const s of secretsInUrl(url)) secrets.add(s);
    },
    scrub(text) {
      const redacted = text
        .replace(USERINFO, "$1")
        .replace(/([?&])(appId|app_id|apikey|api_key)=[^&#\s"'<>]*/gi, "$1$2=***");
      return scrubSecrets(redacted, [...secrets]);
    },
  };
}
