// The pane's programme list from the real data: families with their rounds, 公募期間 and status,
// and one round per family preselected (the one the family id means today).
import { setClock } from "../../core/subsidy/asOf";
import { programSummaries } from "./subsidyActions";

afterEach(() => setClock());

describe("programSummaries", () => {
  it("groups rounds under a family, with 公募期間 and one current round per family", () => {
    setClock(() => Date.UTC(2025, 2, 1)); // 2025-03-01 JST morning: Go-Tech R7 open
    const list = programSummaries();
    const gotech = list.filter((p) => p.family === "GOTECH");
    expect(gotech.map((p) => p.round)).toEqual(expect.arrayContaining(["令和6年度", "令和7年度"]));
    const r7 = gotech.find((p) => p.round === "令和7年度")!;
    expect(r7).toMatchObject({ current: true, roundStatus: "open", period: "2025-02-17〜2025-04-23 17:00" });
    expect(gotech.filter((p) => p.current)).toHaveLength(1);
    const families = new Set(list.map((p) => p.family));
    for (const f of families) expect(list.filter((p) => p.family === f && p.current)).toHaveLength(1);
    const sho = list.filter((p) => p.family === "SHORYOKU:一般型");
    expect(sho.map((p) => p.id)).toContain("SHORYOKU-4:一般型");
    expect(new Set(sho.map((p) => p.familyName)).size).toBe(1);
  });

  it("cites official documents only (publisher first, no consultant host)", () => {
    for (const p of programSummaries()) {
      expect(p.source).not.toMatch(/chushosapo|gyosei|support03|alive-business|coco37|tora-no-maki/);
    }
  });
});
