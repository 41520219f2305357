import { assertNoSecret, cacheKey, cacheKeyFromUrl, stripAppId } from "./queryKey";

describe("cacheKey", () => {
  it("is the same whatever the parameter order", () => {
    expect(cacheKey("e-Stat", "getStatsData", { statsDataId: "0003", cdCat01: ["A", "B"], lvTime: 1 })).toBe(
      cacheKey("e-Stat", "getStatsData", { lvTime: "1", cdCat01: "A,B", statsDataId: "0003" }),
    );
  });

  it("never contains the appId, in any spelling", () => {
    const k = cacheKey("e-Stat", "getStatsData", { appId: "SECRET", APPID: "SECRET2", statsDataId: "1" });
    expect(k).not.toMatch(/SECRET/);
    expect(k).toBe("e-Stat:getStatsData?statsDataId=1");
  });

  it("drops empty parameters and differs when a value differs", () => {
    expect(cacheKey("s", "e", { a: "", b: null, c: undefined, d: "1" })).toBe("s:e?d=1");
    expect(cacheKey("s", "e", { d: "1" })).not.toBe(cacheKey("s", "e", { d: "2" }));
  });

  it("keys a URL by path and sorted query, ignoring host and appId", () => {
    const a = cacheKeyFromUrl(
      "e-Stat",
      "http://127.0.0.1:5000/rest/3.0/app/json/getStatsData?statsDataId=1&appId=S&lang=J",
    );
    const b = cacheKeyFromUrl(
      "e-Stat",
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?lang=J&statsDataId=1",
    );
    expect(a).toBe(b);
    expect(a).not.toContain("appId");
  });

  it("refuses keys that carry an appId", () => {
    expect(() => assertNoSecret("e-Stat:x?appId=1")).toThrow(
      expect.objectContaining({ code: "CACHE_KEY_HAS_APPID" }),
    );
    expect(() => assertNoSecret("e-Stat:x?statsDataId=1")).not.toThrow();
  });

  it("strips appId from URLs wherever it sits", () => {
    expect(stripAppId("https://h/p?appId=X&a=1")).toBe("https://h/p?a=1");
    expect(stripAppId("https://h/p?a=1&appId=X")).toBe("https://h/p?a=1");
    expect(stripAppId("https://h/p?a=1&appId=X&b=2")).toBe("https://h/p?a=1&b=2");
    expect(stripAppId("https://h/p?appId=X")).toBe("https://h/p");
  });
});
