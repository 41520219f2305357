// The deployment settings a built page carries (scripts/csp.js writes them into its <head>): the
// Content-Security-Policy and the proxies (SME_PROXY_ORIGIN) that policy allows.
import { parsePolicy } from "../core/net/contentSecurityPolicy";
import type { Deployment } from "../core/net/deployment";

export function readDeployment(doc: Document = document): Deployment {
  const csp = doc.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]')?.content;
  const proxies = doc.querySelector<HTMLMetaElement>('meta[name="sme-proxy-origins"]')?.content ?? "";
  return {
    policy: csp ? parsePolicy(csp) : undefined,
    proxyOrigins: proxies.split(/\s+/).filter(Boolean),
    selfOrigin: doc.location?.origin && doc.location.origin !== "null" ? doc.location.origin : undefined,
  };
}
