import { parseTableRef } from "./parseTableRef";

describe("parseTableRef", () => {
  it.each([
    ["https://www.e-stat.go.jp/dbview?sid=0003410379", "0003410379"],
    [
      "https://www.e-stat.go.jp/stat-search/database?page=1&layout=datalist&toukei=00200521&statdisp_id=0003413949",
      "0003413949",
    ],
    [
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?appId=SECRET&statsDataId=0000020201&cdCat01=A1101",
      "0000020201",
    ],
    ["0003410379", "0003410379"],
    ["  ０００３４１０３７９ ", "0003410379"],
    ["C0020050213000", "C0020050213000"],
  ])("reads an e-Stat table from %s", (input, id) => {
    expect(parseTableRef(input)).toEqual({ source: "e-Stat", id });
  });

  it("reads an OECD dataflow id", () => {
    expect(parseTableRef("OECD.STI.STP,DSD_MSTI@DF_MSTI")).toEqual({
      source: "OECD",
      id: "OECD.STI.STP,DSD_MSTI@DF_MSTI",
    });
    expect(parseTableRef("OECD.STI.STP,DSD_MSTI@DF_MSTI,1.3")?.source).toBe("OECD");
  });

  it.each([
    "法人企業統計",
    "00350600",
    "",
    "https://example.com/dbview?sid=0003410379",
    "https://www.e-stat.go.jp/dbview?sid=abc",
    "https://www.e-stat.go.jp/stat-search/files?toukei=00200521",
    "http://[bad",
  ])("treats %j as search words, not a table", (input) => {
    expect(parseTableRef(input)).toBeNull();
  });

  it("never keeps the appId of a pasted API URL", () => {
    const ref = parseTableRef(
      "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?appId=SECRET&statsDataId=0000020201",
    );
    expect(JSON.stringify(ref)).not.toContain("SECRET");
  });
});

describe("parseTableRef with comma-separated words", () => {
  it("does not take ordinary comma-separated words for an OECD dataflow", () => {
    expect(parseTableRef("GDP,JPN")).toBeNull();
  });
});
