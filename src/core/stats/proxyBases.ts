/**
 * The e-Stat and OECD roots behind the proxy chosen in Settings. The organisation's shared cache (deploy/nginx)
 * serves e-Stat under `/estat` and OECD under `/oecd`, so a bare origin (`https://stats-proxy.example.go.jp`, as
 * SME_PROXY_ORIGIN lists them) or a URL ending in `/estat` gives both; a URL with any other path is taken as an
 * e-Stat root only (OECD is then called directly).
 */
export function proxyBases(proxyBaseUrl: string | undefined): { estat?: string; oecd?: string } {
  const p = (proxyBaseUrl ?? "").trim().replace(/\/+$/, "");
  if (!p) return {};
  const bareOrigin = /^https?:\/\/[^/?#]+$/i.test(p);
  const prefix = bareOrigin ? p : /^(.*)\/estat$/.exec(p)?.[1];
  return prefix === undefined
    ? { estat: p }
    : { estat: `${prefix}/estat`, oecd: `${prefix}/oecd/public/rest` };
}
