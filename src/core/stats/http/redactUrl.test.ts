import { redactUrl, scrubSecrets, secretsInUrl } from "./redactUrl";

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
    expect(secrets).toEqual(["ab%2Bc", "ab+c"]);
    expect(scrubSecrets("key ab+c and ab%2Bc", secrets)).toBe("key *** and ***");
  });
});
