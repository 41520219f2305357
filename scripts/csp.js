// Content-Security-Policy for the add-in pages: only what the add-in needs.
// 'unsafe-inline' for styles is required by Fluent UI v9 (Griffel inserts <style> rules at runtime);
// scripts stay strict. api.e-stat.go.jp is also a script origin because of its JSONP fallback.
const OFFICE_JS = "https://appsforoffice.microsoft.com";
const ESTAT = "https://api.e-stat.go.jp";
const OECD = "https://sdmx.oecd.org";

function contentSecurityPolicy(page) {
  const proxy = process.env.SME_PROXY_ORIGIN ? ` ${process.env.SME_PROXY_ORIGIN}` : "";
  // The playground talks to loopback fake servers on any port.
  const loopback = page === "playground" ? " http://127.0.0.1:* http://localhost:*" : "";
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS} ${ESTAT}${loopback}`,
    `connect-src 'self' ${ESTAT} ${OECD} ${OFFICE_JS}${proxy}${loopback}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy, ORIGINS: { OFFICE_JS, ESTAT, OECD } };
