import { AppError } from "../../errors/AppError";

export type QueryParams = Record<
  string,
  string | number | boolean | readonly (string | number)[] | null | undefined
>;

const SECRET = /^appid$/i;

/**
 * The cache key of a query: source, endpoint and the parameters sorted by name, so the same
 * query written in another order hits the same entry. The appId is dropped (it is a credential
 * and does not change the data); empty parameters are dropped; list values are joined by ",".
 */
export function cacheKey(source: string, endpoint: string, params: QueryParams = {}): string {
  const parts: string[] = [];
  for (const name of Object.keys(params).sort()) {
    if (SECRET.test(name)) continue;
    const raw = params[name];
    if (raw === undefined || raw === null || raw === "") continue;
    const value = Array.isArray(raw) ? raw.join(",") : String(raw);
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  return `${source}:${endpoint}${parts.length ? "?" + parts.join("&") : ""}`;
}

/** The key of a request URL: its path and query (appId removed), ignoring the host (fake, proxy or public). */
export function cacheKeyFromUrl(source: string, url: string): string {
  const u = new URL(url);
  const params: QueryParams = {};
  u.searchParams.forEach((v, k) => {
    params[k] = v;
  });
  return cacheKey(source, decodeURIComponent(u.pathname), params);
}

/** Throws when a key carries an appId: keys are stored, and the appId must never be. */
export function assertNoSecret(key: string): void {
  if (/(^|[?&])appid=/i.test(key)) {
    throw new AppError("CACHE_KEY_HAS_APPID", "cache key contains appId", { kind: "invalidValue" });
  }
}

/** Removes `appId=…` from a URL or query text (defence in depth before anything is stored). */
export function stripAppId(text: string): string {
  return text
    .replace(/(^|[?&])appId=[^&#]*&?/gi, (m: string, sep: string) =>
      sep !== "" && m.endsWith("&") ? sep : "",
    )
    .replace(/[?&]$/, "");
}
