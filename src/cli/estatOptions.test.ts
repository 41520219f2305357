import { filterParams } from "../core/stats/estat/buildUrl";
import { UsageError } from "./args";
import { statsDataRequest } from "./estatOptions";

const opts = (o: Record<string, string>) => new Map(Object.entries(o));

describe("statsDataRequest (estat get options → getStatsData query)", () => {
  it("maps cd lists, code ranges and levels of every dimension kind onto the client's filters", () => {
    const r = statsDataRequest(
      "0003005798",
      opts({
        cdCat01: "A, B,,C",
        cdTimeFrom: "2015000000",
        cdTimeTo: "2020000000",
        lvArea: "1-2",
        cdArea: "13000",
        lvTab: "1",
        cdCat15To: "Z",
      }),
    );
    expect(r).toEqual({
      query: {
        statsDataId: "0003005798",
        filters: {
          cat01: { cd: ["A", "B", "C"] },
          time: { from: "2015000000", to: "2020000000" },
          area: { lv: "1-2", cd: ["13000"] },
          tab: { lv: "1" },
          cat15: { to: "Z" },
        },
      },
    });
  });

  it("round-trips: the client's URL parameters are the options the user typed", () => {
    const typed = { cdCat01: "A,B", cdTimeFrom: "2015000000", lvArea: "1", cdCat03To: "099" };
    const { query } = statsDataRequest("X", opts(typed));
    expect(filterParams(query.filters!)).toEqual(typed);
  });

  it("skips the CLI's own options and leaves filters out when none are given", () => {
    const r = statsDataRequest(
      "X",
      opts({ layout: "wide", format: "json", out: "a.csv", lang: "en", "base-url": "http://127.0.0.1:1" }),
    );
    expect(r).toEqual({ query: { statsDataId: "X" } });
  });

  it("turns --limit into the page size and the Y/N flags into booleans", () => {
    expect(
      statsDataRequest(
        "X",
        opts({ limit: "50000", annotationGetFlg: "Y", explanationGetFlg: "N", dataSetId: "DS1" }),
      ),
    ).toEqual({
      query: { statsDataId: "X", dataSetId: "DS1", annotationGetFlg: true, explanationGetFlg: false },
      pageSize: 50000,
    });
  });

  it.each([
    [{ limit: "0" }, /--limit must be a whole number/],
    [{ limit: "100001" }, /--limit must be a whole number/],
    [{ limit: "1e3x" }, /--limit must be a whole number/],
    [{ annotationGetFlg: "yes" }, /--annotationGetFlg must be Y or N/],
    [{ cdCat01: " , " }, /--cdCat01 needs at least one code/],
    [{ lvTimeFrom: "1" }, /unknown option --lvTimeFrom/],
    [{ cdCat16: "A" }, /unknown option --cdCat16/],
    [{ cdcat01: "A" }, /unknown option --cdcat01/],
    [{ startPosition: "101" }, /--startPosition is not supported by estat get: the tool fetches every page/],
    [{ replaceSpChars: "2" }, /--replaceSpChars is not supported.*marker/],
    [{ appId: "SECRET" }, /ESTAT_APP_ID/],
    [{ APPID: "SECRET" }, /ESTAT_APP_ID/],
  ])("refuses %j with a usage error", (o, message) => {
    const call = () => statsDataRequest("X", opts(o));
    expect(call).toThrow(UsageError);
    expect(call).toThrow(message);
  });

  it("never echoes an appId given on the command line", () => {
    expect(() => statsDataRequest("X", opts({ appId: "SECRET-123" }))).not.toThrow(/SECRET/);
  });
});
