// Issue 11 through the BUILT functions bundle (dist/functions.js): the 省力化 一般型 correction on the
// pinned round, 併用不可, SME.PROGRAMS listing rounds with 公募期間 and 受付状況, and the 2026 rounds
// (新事業進出・ものづくり商業サービス補助金 第1回, 省力化 一般型 第6–8回, 持続化 第20回) as data in the bundle.
import { loadFunctionsBundle } from "../support/loadFunctionsBundle";

const bundle = loadFunctionsBundle();
// Synchronous answers, as in Excel once the functions' lazy parts (fn-* chunks) have loaded.
beforeAll(() => bundle.ready);
const call = (id: string, ...args: unknown[]) =>
  bundle.call(id, ...args.map((a) => (a === null ? null : [[a]])));

describe("SME.GRANT on SHORYOKU-4:一般型 (bundle)", () => {
  it("gives 25,000,000 with 大幅賃上げ特例 (it raises the cap only)", () => {
    expect(call("GRANT", "SHORYOKU-4:一般型", 60000000, 60, "製造業", "大幅賃上げ特例")).toEqual([
      [25000000],
    ]);
  });

  it("gives 27,500,000 with 最低賃金特例 (2/3, 1/3 above a 1,500万円 subsidy)", () => {
    expect(call("GRANT", "SHORYOKU-4:一般型", 60000000, 60, "製造業", "最低賃金特例")).toEqual([[27500000]]);
  });

  it("refuses ものづくり 大幅賃上げ特例 with 最低賃金特例 (併用不可) with #VALUE! and the reason", () => {
    expect(() =>
      call("GRANT", "MONO-19:高付加価値化枠", 30000000, 30, "製造業", "大幅賃上げ特例,最低賃金特例"),
    ).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/併用/) }));
  });
});

describe("SME.PROGRAMS (bundle)", () => {
  it("lists the 省力化 rounds with 公募開始, 申請締切 and 受付状況", () => {
    const rows = call("PROGRAMS", "省力化") as unknown[][];
    expect(rows[0]).toEqual(["ID", "名称", "回", "枠", "公募開始", "申請締切", "受付状況", "出典", "状態"]);
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids).toEqual(expect.arrayContaining(["SHORYOKU-4:一般型", "SHORYOKU-CAT-1:カタログ注文型"]));
    for (const r of rows.slice(1)) {
      expect(["受付中", "締切済", "公募前", "未確認"]).toContain(r[6]);
      expect(String(r[4])).toMatch(/^(\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|未確認)$/);
      expect(String(r[5])).toMatch(/^(\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|未確認|随時受付)$/);
      expect(String(r[7])).toMatch(/^独立行政法人中小企業基盤整備機構/);
    }
    // rounds 1–4 closed long before today, round 5 and later exist
    expect(ids).toContain("SHORYOKU-5:一般型");
    expect(rows.find((r) => r[0] === "SHORYOKU-4:一般型")?.[6]).toBe("締切済");
  });

  it("judges the 受付状況 on as_of (Go-Tech R7: 17:00 deadline)", () => {
    const status = (asOf: string) => (call("PROGRAMS", "GOTECH-R7:通常枠", asOf) as unknown[][])[1][6];
    expect([status("2025-02-16"), status("2025-04-23 17:00"), status("2025-04-23 17:01")]).toEqual([
      "公募前",
      "受付中",
      "締切済",
    ]);
  });
});

describe("2026 rounds in the bundle", () => {
  const row = (filter: string, id: string, asOf: string) =>
    (call("PROGRAMS", filter, asOf) as unknown[][]).find((r) => r[0] === id);

  it("SME.GRANT on SHINMONO-1 (新事業進出・ものづくり商業サービス補助金 第1回): 新事業進出枠 15人 6,000万 → cap 2,500万", () => {
    expect(call("GRANT", "SHINMONO-1:新事業進出枠", 60000000, 15, "製造業")).toEqual([[25000000]]);
    expect(
      call("GRANT", "新事業進出・ものづくり補助金:新事業進出枠", 60000000, 15, "製造業", null, "2026-10-01"),
    ).toEqual([[25000000]]);
  });

  it("SME.PROGRAMS shows SHINMONO-1's 公募期間 (18:00 deadline) and 受付状況 on as_of", () => {
    const r = row("SHINMONO", "SHINMONO-1:革新的新製品・サービス枠", "2026-10-30 18:00");
    expect(r?.slice(4, 7)).toEqual(["2026-09-30", "2026-10-30 18:00", "受付中"]);
    expect(String(r?.[7])).toMatch(/^独立行政法人中小企業基盤整備機構/);
    expect(row("SHINMONO", "SHINMONO-1:革新的新製品・サービス枠", "2026-10-30 18:01")?.[6]).toBe("締切済");
  });

  it("SME.PROGRAMS shows 持続化 第20回 open today with its 17:00 deadline, and 省力化 第8回 closed", () => {
    expect(row("持続化", "JIZOKU-20:通常枠", "2026-12-07")?.slice(4, 7)).toEqual([
      "2026-11-05",
      "2026-12-15 17:00",
      "受付中",
    ]);
    expect(row("省力化", "SHORYOKU-8:一般型", "2026-12-07")?.slice(4, 7)).toEqual([
      "2026-09-18",
      "2026-10-16 17:00",
      "締切済",
    ]);
  });
});
