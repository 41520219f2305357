import type { netJa } from "./messages.ja";

export const netEn: Record<keyof typeof netJa, string> = {
  CSP_BLOCKED:
    "This add-in page's Content-Security-Policy (connect-src) does not allow {origin}, so the browser blocks every request to it. Allowed proxies: {allowed}. To use another one, an administrator must list it in SME_PROXY_ORIGIN, rebuild and redeploy the add-in.",
  PROXY_URL_INVALID:
    "The proxy URL is not valid ({url}). Use a URL starting with https:// (http only for a proxy on this computer; no user name or password in the URL).",
};
