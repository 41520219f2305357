import { createScrubber, redactUrl, scrubSecrets, secretsInUrl } from "./redactUrl";

describe("redactUrl", () => {
  it.each([
    [
      "https://x/app/json/getStatsData?appId=SECRET&statsDataId=1",
      "https://x/app/json/getStatsData?statsDataId=1",
    ],
    ["https://x/a?statsDataId=1&appId=SECRET", "https://x/a?statsDataId=1"],
    ["https://x/a?lang=J&appId=SECRET&limit=10", "https://x/a?lang=J&limit=10"],
    ["https://x/a?appId=SECRET", "https://x/a"],
    ["https://x/a?APPID=SECRET&x=1#frag", "https://x/a?x=1#frag"],
    ["https://x/a?x=1", "https://x/a?x=1"],
  ])("removes the appId from %s", (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it("finds raw and decoded secrets and scrubs them from text", () => {
    const secrets = secretsInUrl("https://x/a?appId=ab%2Bc&y=1");
    expect(secrets).toEqual(expect.arrayContaining(["ab%2Bc", "ab+c"]));
    expect(scrubSecrets("key ab+c and ab%2Bc", secrets)).toBe("key *** and ***");
  });
});

describe("proxy credentials (issue 13 L3)", () => {
  it("redactUrl drops userinfo", () => {
    expect(redactUrl("https://u:pw@proxy.example/TOKEN/rest?appId=S&x=1")).toBe(
      "https://proxy.example/TOKEN/rest?x=1",
    );
    expect(redactUrl("http://user@h/a")).toBe("http://h/a");
  });

  it("secretsInUrl includes user, password (raw, decoded) and the Basic-auth form", () => {
    const s = secretsInUrl("https://proxyuser:p%40ssword@h/x");
    expect(s).toEqual(expect.arrayContaining(["proxyuser", "p%40ssword", "p@ssword"]));
    expect(s).toContain(Buffer.from("proxyuser:p@ssword").toString("base64"));
    // a one-letter user is not scrubbed everywhere, only as userinfo in URLs
    expect(secretsInUrl("https://u:pw@h/")).not.toEqual(expect.arrayContaining(["u"]));
    expect(secretsInUrl("https://u:pw@h/")).not.toEqual(expect.arrayContaining(["pw"]));
  });

  it("createScrubber removes appIds, userinfo, path parts and their encodings from free text", () => {
    const sc = createScrubber();
    sc.add("app+ID/1", "TOKEN123");
    sc.addUrl("https://u:pw@h/TOKEN123/");
    const msg =
      "proxy got /TOKEN123/rest?appId=app%2BID%2F1&q=1; fetch https://u:pw@h/TOKEN123/x failed; key app+ID/1";
    const out = sc.scrub(msg);
    expect(out).not.toMatch(/TOKEN123|app\+ID|app%2BID|u:pw/);
    expect(out).toContain("https://h/***/x");
    expect(out).toContain("appId=***");
  });
});
