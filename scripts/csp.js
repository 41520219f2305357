// Content-Security-Policy for the add-in pages: only what the add-in needs.
// 'unsafe-inline' for styles is required by Fluent UI v9 (Griffel inserts <style> rules at runtime), and
// the task pane's prerendered first frame carries its CSS as inline <style> (scripts/prerender.mjs);
// scripts stay strict (no inline script anywhere). api.e-stat.go.jp is also a script origin because of its JSONP fallback.
//
// What Office.js needs. Microsoft publishes no CSP list for Office.js: OfficeDev/office-js#1005 and
// OfficeDev/office-js-docs-pr#721 ("Document required CSP values", open since 2019) ask for one. So the
// list below comes from the documentation where it exists and otherwise from the library itself
// (@microsoft/office-js 1.1.110, the npm copy of the CDN files), per host:
// - scripts, every host: https://appsforoffice.microsoft.com. The page loads lib/1/hosted/office.js from
//   there ("Referencing the Office JavaScript API library", learn.microsoft.com/office/dev/add-ins/develop/
//   referencing-the-javascript-api-for-office-library-from-its-cdn), and office.js loads the rest from its
//   own folder on the same origin (getOfficeJsBasePath()): the host file (excel-web-16.00.js on the web,
//   excel-win32-16.01.js on Windows, excel-mac-16.00.js on Mac, o15apptofilemappingtable.js outside Office
//   and in Office 2013), the locale strings (<ll-cc>/office_strings.js) and telemetry/oteljs_agave.js.
//   ajax.aspnetcdn.com (MicrosoftAjax.js, listed in office-js#1005 in 2019) is no longer loaded:
//   office.js 1.1.110 has `requiresMsAjax = false`.
// - frames: https://telemetryservice.firstpartyapps.oaspapps.com. o15apptofilemappingtable.js (outside
//   Office, Office 2013) and excel-win32-16.00.js (Excel 2016 perpetual) open the hidden ULS logging frame
//   telemetryservice/telemetryproxy.html (ULSEndpointProxy.telemetryEndPoint) three seconds after load;
//   OfficeDev/office-js#1125 and #1627 are reports of that frame. Without frame-src it falls back to
//   default-src 'self' and every page load logs a CSP violation.
// - connections: https://browser.pipe.aria.microsoft.com. telemetry/oteljs_agave.js sends Office.js
//   telemetry through the host (RichApi / SdxWac sinks) and, where the host has neither (AgaveSink
//   connectAriaSink; older Windows/Mac builds), posts it to the Aria collector's default collectorUri
//   https://browser.pipe.aria.microsoft.com/Collector/3.0/. The regional collectors in the same file
//   (us./eu./jp./… pipe.aria.microsoft.com) are constants the sink never selects.
// Nothing else: the MSAL URL in the host files (alcdn.msauth.net) is only for nested app authentication,
// which this add-in does not use. Office on the web talks to its host page with postMessage (no CSP).
const OFFICE_JS = "https://appsforoffice.microsoft.com";
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
const OFFICE_TELEMETRY_COLLECTOR = "https://browser.pipe.aria.microsoft.com";
const ESTAT = "https://api.e-stat.go.jp";
const OECD = "https://sdmx.oecd.org";

function isLoopback(host) {
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/**
 * SME_PROXY_ORIGIN: the e-Stat proxies this deployment may use, as a comma- or space-separated list of
 * base URLs or origins (`https://proxy.example.jp/estat, https://backup.example.jp`). The page's CSP
 * connect-src allows their origins, and the pane's Settings offers exactly these. https only (http for a
 * proxy on the same machine); no user name or password. Unset: no proxy, e-Stat directly.
 * @default ""
 */
function proxyOrigins(value = process.env.SME_PROXY_ORIGIN ?? "") {
  const out = [];
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    let u;
    try {
      u = new URL(entry);
    } catch {
      throw new Error(`SME_PROXY_ORIGIN: "${entry}" is not a URL (expected e.g. https://proxy.example.jp)`);
    }
    const secure = u.protocol === "https:" || (u.protocol === "http:" && isLoopback(u.hostname));
    if (!secure) throw new Error(`SME_PROXY_ORIGIN: "${entry}" must use https:// (http only for localhost)`);
    if (u.username || u.password)
      throw new Error(`SME_PROXY_ORIGIN: "${u.origin}" must not carry credentials`);
    if (u.search || u.hash) throw new Error(`SME_PROXY_ORIGIN: "${entry}" must not have a query or fragment`);
    const base = (u.origin + u.pathname).replace(/\/+$/, "");
    if (!out.includes(base)) out.push(base);
  }
  return out;
}

function contentSecurityPolicy(page, proxies = proxyOrigins()) {
  const proxy = [...new Set(proxies.map((p) => ` ${new URL(p).origin}`))].join("");
  // The playground talks to loopback fake servers on any port.
  const loopback = page === "playground" ? " http://127.0.0.1:* http://localhost:*" : "";
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS} ${ESTAT}${loopback}`,
    `connect-src 'self' ${ESTAT} ${OECD} ${OFFICE_TELEMETRY_COLLECTOR}${proxy}${loopback}`,
    `frame-src ${OFFICE_TELEMETRY_FRAME}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The <meta> tags a page carries: its CSP and, for the pane's Settings, the proxies that CSP allows
 * (src/taskpane/deployment.ts reads both back).
 */
function deploymentMeta(page, proxies = proxyOrigins()) {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page, proxies)}">`,
    `<meta name="sme-proxy-origins" content="${proxies.join(" ")}">`,
  ].join("\n    ");
}

module.exports = {
  contentSecurityPolicy,
  deploymentMeta,
  proxyOrigins,
  ORIGINS: { OFFICE_JS, OFFICE_TELEMETRY_FRAME, OFFICE_TELEMETRY_COLLECTOR, ESTAT, OECD },
};
