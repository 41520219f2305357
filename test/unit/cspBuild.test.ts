// scripts/csp.js: the build variable SME_PROXY_ORIGIN and the policy written into the pages.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, deploymentMeta, proxyOrigins } = require("../../scripts/csp") as {
  contentSecurityPolicy(page: string, proxies?: string[]): string;
  deploymentMeta(page: string, proxies?: string[]): string;
  proxyOrigins(value?: string): string[];
};

function directive(policy: string, name: string): string[] {
  return (
    policy
      .split(";")
      .map((s) => s.trim().split(/\s+/))
      .find((p) => p[0] === name)
      ?.slice(1) ?? []
  );
}

describe("SME_PROXY_ORIGIN", () => {
  it("takes a comma- or space-separated list of base URLs, without duplicates or trailing slashes", () => {
    expect(proxyOrigins("")).toEqual([]);
    expect(
      proxyOrigins("https://proxy.example.jp/estat/, https://b.example.jp  https://proxy.example.jp/estat"),
    ).toEqual(["https://proxy.example.jp/estat", "https://b.example.jp"]);
    expect(proxyOrigins("http://localhost:8080")).toEqual(["http://localhost:8080"]);
  });

  it.each([
    ["http://proxy.example.jp", /must use https/],
    ["proxy.example.jp", /is not a URL/],
    ["https://user:pw@proxy.example.jp", /must not carry credentials/],
    ["https://proxy.example.jp/?token=1", /query or fragment/],
  ])("fails the build on %s", (value, message) => expect(() => proxyOrigins(value)).toThrow(message));

  it("adds the proxies' origins to connect-src of the pages, and to nothing else", () => {
    const proxies = proxyOrigins("https://proxy.example.jp/estat,https://b.example.jp:8443");
    const policy = contentSecurityPolicy("taskpane", proxies);
    expect(directive(policy, "connect-src")).toEqual([
      "'self'",
      "https://api.e-stat.go.jp",
      "https://sdmx.oecd.org",
      "https://browser.pipe.aria.microsoft.com",
      "https://proxy.example.jp",
      "https://b.example.jp:8443",
    ]);
    expect(directive(policy, "script-src")).not.toContain("https://proxy.example.jp");
    const meta = deploymentMeta("taskpane", proxies);
    expect(meta).toContain(
      '<meta name="sme-proxy-origins" content="https://proxy.example.jp/estat https://b.example.jp:8443">',
    );
  });

  it("reads the environment when no list is passed", () => {
    const before = process.env.SME_PROXY_ORIGIN;
    process.env.SME_PROXY_ORIGIN = "https://env-proxy.example.jp";
    try {
      expect(directive(contentSecurityPolicy("taskpane"), "connect-src")).toContain(
        "https://env-proxy.example.jp",
      );
    } finally {
      if (before === undefined) delete process.env.SME_PROXY_ORIGIN;
      else process.env.SME_PROXY_ORIGIN = before;
    }
  });
});

describe("Office.js origins in the policy", () => {
  const policy = contentSecurityPolicy("taskpane", []);
  it("allows office.js scripts from the CDN, its telemetry frame and collector, and nothing wider", () => {
    expect(directive(policy, "script-src")).toContain("https://appsforoffice.microsoft.com");
    expect(directive(policy, "frame-src")).toEqual(["https://telemetryservice.firstpartyapps.oaspapps.com"]);
    expect(directive(policy, "connect-src")).toContain("https://browser.pipe.aria.microsoft.com");
    expect(policy).not.toMatch(/\*|unsafe-eval|ajax\.aspnetcdn\.com/);
  });
});
