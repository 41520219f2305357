import { buildEstatUrl, filterParams, splitFilters, toJsonpUrl } from "./buildUrl";

describe("buildEstatUrl", () => {
  it("builds the documented JSON path, encodes UTF-8 and '#', and drops empty values", () => {
    expect(
      buildEstatUrl("getStatsData", {
        appId: "K",
        statsDataId: "0003005798",
        cdCat01: "#A03503",
        x: undefined,
        y: "",
      }),
    ).toBe(
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?appId=K&statsDataId=0003005798&cdCat01=%23A03503",
    );
    expect(buildEstatUrl("getStatsList", { searchWord: "東京 AND 人口" })).toBe(
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsList?searchWord=%E6%9D%B1%E4%BA%AC%20AND%20%E4%BA%BA%E5%8F%A3",
    );
  });

  it("puts the same path under a proxy base URL and makes the JSONP form", () => {
    const u = buildEstatUrl("getMetaInfo", { statsDataId: "1" }, { baseUrl: "https://proxy.example/estat/" });
    expect(u).toBe("https://proxy.example/estat/rest/3.0/app/json/getMetaInfo?statsDataId=1");
    expect(toJsonpUrl(u, "cb")).toBe(
      "https://proxy.example/estat/rest/3.0/app/jsonp/getMetaInfo?statsDataId=1&callback=cb",
    );
  });
});

describe("filters", () => {
  it("names lv/cd/From/To parameters per dimension", () => {
    expect(
      filterParams({
        tab: { cd: ["01", "02"] },
        cat01: { lv: "1-2", from: "min", to: "100" },
        time: { from: "2020000000" },
      }),
    ).toEqual({
      cdTab: "01,02",
      lvCat01: "1-2",
      cdCat01From: "min",
      cdCat01To: "100",
      cdTimeFrom: "2020000000",
    });
  });

  it("splits code lists over 100 into the product of chunks, keeping order", () => {
    const a = Array.from({ length: 250 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 101 }, (_, i) => `b${i}`);
    const parts = splitFilters({ cat01: { cd: a }, area: { cd: b }, time: { cd: ["t"] } });
    expect(parts).toHaveLength(6);
    expect(parts.map((p) => p.cat01!.cd!.length)).toEqual([100, 100, 100, 100, 50, 50]);
    expect(parts.flatMap((p, i) => (i % 2 === 0 ? p.cat01!.cd! : []))).toEqual(a);
    expect(parts.every((p) => p.time!.cd!.length === 1)).toBe(true);
  });
});
