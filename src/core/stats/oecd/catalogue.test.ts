import { startOecdFake, type OecdFake } from "../../../../test/servers/oecdFake";
import {
  BUNDLED_DATAFLOWS,
  flowRefOf,
  mergeCatalogue,
  parseDataflowList,
  searchCatalogue,
} from "./catalogue";

const ids = (q: string) => searchCatalogue(BUNDLED_DATAFLOWS, q).map((e) => e.id);

describe("the bundled OECD catalogue", () => {
  it("has an agency, id and English name for every flow", () => {
    for (const e of BUNDLED_DATAFLOWS) {
      expect(e.agency).toMatch(/^OECD(\.[A-Z]+)+$/);
      expect(e.id).toMatch(/^[A-Z0-9_]+@[A-Z0-9_]+$/);
      expect(e.nameEn.length).toBeGreaterThan(3);
    }
    expect(new Set(BUNDLED_DATAFLOWS.map(flowRefOf)).size).toBe(BUNDLED_DATAFLOWS.length);
  });

  it.each([
    ["MSTI", "DSD_MSTI@DF_MSTI"],
    ["研究開発", "DSD_MSTI@DF_MSTI"],
    ["中小企業", "DSD_SDBSBSC_ISIC4@DF_SDBS_ISIC4"],
    ["SME", "DSD_SDBSBSC_ISIC4@DF_SDBS_ISIC4"],
    ["開業", "DSD_SDBSBD_ISIC4@DF_BD"],
    ["生産性", "DSD_PDB@DF_PDB_LV"],
    ["productivity", "DSD_PDB@DF_PDB_LV"],
    ["賃金", "DSD_EARNINGS@AV_AN_WAGE"],
    ["wages", "DSD_EARNINGS@AV_AN_WAGE"],
    ["GDP", "DSD_NAMAIN1@DF_QNA_EXPENDITURE_USD"],
    ["ＧＤＰ", "DSD_NAMAIN1@DF_QNA_EXPENDITURE_USD"],
    ["国民経済計算", "DSD_NAAG@DF_NAAG_I"],
    ["失業率", "DSD_LFS@DF_IALFS_UNE_M"],
    ["labour force", "DSD_LFS@DF_IALFS_INDIC"],
  ])("finds %s offline", (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it("has a Japanese name for every topic our users need", () => {
    for (const id of [
      "DSD_MSTI@DF_MSTI",
      "DSD_SDBSBSC_ISIC4@DF_SDBS_ISIC4",
      "DSD_PDB@DF_PDB_LV",
      "DSD_EARNINGS@AV_AN_WAGE",
      "DSD_NAMAIN1@DF_QNA_EXPENDITURE_USD",
      "DSD_LFS@DF_IALFS_INDIC",
    ])
      expect(BUNDLED_DATAFLOWS.find((e) => e.id === id)?.nameJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("finds nothing for an empty query and requires every word", () => {
    expect(ids("  ")).toEqual([]);
    expect(ids("GDP 賃金")).toEqual([]);
  });
});

describe("the live dataflow list", () => {
  let fake: OecdFake;
  beforeAll(async () => {
    fake = await startOecdFake({});
  });
  afterAll(() => fake.close());
  const list = async (accept: string) =>
    (await fetch(`${fake.baseUrl}/dataflow/all`, { headers: { Accept: accept } })).text();

  it("reads the SDMX-JSON structure message", async () => {
    const flows = parseDataflowList(await list("application/vnd.sdmx.structure+json; version=1.0"));
    expect(flows).toContainEqual({
      agency: "OECD.GOV.GIP",
      id: "DSD_GOV_INT@DF_GOV_TDG_2025",
      version: "1.1",
      nameEn: "Trust, security and dignity - government at a glance indicators, 2025 edition",
    });
    expect(flows.length).toBeGreaterThan(BUNDLED_DATAFLOWS.length);
  });

  it("reads the SDMX-ML structure message the same way", async () => {
    const xml = await list("application/vnd.sdmx.structure+xml; version=2.1");
    expect(xml.startsWith("<?xml")).toBe(true);
    const fromJson = parseDataflowList(await list("application/json"));
    expect(parseDataflowList(xml)).toEqual(fromJson);
  });

  it("keeps our Japanese names when merged, and adds the flows we did not bundle", async () => {
    const merged = mergeCatalogue(BUNDLED_DATAFLOWS, parseDataflowList(await list("application/json")));
    expect(merged.find((e) => e.id === "DSD_EARNINGS@AV_AN_WAGE")?.nameJa).toBe("平均年間賃金");
    expect(searchCatalogue(merged, "greenhouse").map((e) => e.id)).toEqual(["DSD_AIR_GHG@DF_AIR_GHG"]);
    expect(searchCatalogue(merged, "賃金").map((e) => e.id)).toContain("DSD_EARNINGS@AV_AN_WAGE");
  });

  it("refuses a body that is neither JSON nor XML", () => {
    expect(() => parseDataflowList("not a message")).toThrow(
      expect.objectContaining({ code: "OECD_PARSE_FAILED" }),
    );
  });
});
