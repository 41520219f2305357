import { allowsConnect, parsePolicy } from "./contentSecurityPolicy";

const PANE =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self' https://api.e-stat.go.jp https://sdmx.oecd.org https://proxy.example.jp";

describe("allowsConnect", () => {
  const policy = parsePolicy(PANE);
  const self = "https://addin.example.org";
  it.each([
    ["https://api.e-stat.go.jp/rest/3.0/app/json/getStatsList?appId=x", true],
    ["https://sdmx.oecd.org/public/rest/data/X", true],
    ["https://proxy.example.jp/estat/rest/3.0/app/json/getStatsData", true],
    ["https://addin.example.org/functions.json", true],
    ["/functions.json", true],
    ["https://evil.example.com/", false],
    ["https://proxy.example.jp:8443/", false],
    ["http://api.e-stat.go.jp/", false],
    ["https://sub.api.e-stat.go.jp/", false],
    ["not a url at all", true], // relative to self
  ])("%s → %s", (url, ok) => expect(allowsConnect(policy, url, self)).toBe(ok));

  it("falls back to default-src when there is no connect-src", () => {
    const p = parsePolicy("default-src 'self'");
    expect(allowsConnect(p, "https://api.e-stat.go.jp/", self)).toBe(false);
    expect(allowsConnect(p, "https://addin.example.org/x", self)).toBe(true);
  });

  it("allows everything without a policy, and nothing with 'none'", () => {
    expect(allowsConnect(undefined, "https://anything.example/")).toBe(true);
    expect(allowsConnect(parsePolicy("connect-src 'none'"), "https://addin.example.org/", self)).toBe(false);
  });

  it("matches port wildcards and *. host wildcards as browsers do", () => {
    const p = parsePolicy("connect-src http://127.0.0.1:* https://*.example.jp");
    expect(allowsConnect(p, "http://127.0.0.1:43121/x", self)).toBe(true);
    expect(allowsConnect(p, "http://localhost:43121/x", self)).toBe(false);
    expect(allowsConnect(p, "https://a.example.jp/", self)).toBe(true);
    expect(allowsConnect(p, "https://example.jp/", self)).toBe(false);
  });

  it("keeps the first of a repeated directive", () => {
    const p = parsePolicy("connect-src 'self'; connect-src https://api.e-stat.go.jp");
    expect(allowsConnect(p, "https://api.e-stat.go.jp/", self)).toBe(false);
  });
});
