// Issue 17 through the BUILT functions bundle (dist/functions.js): the SME.RDTAX* functions with the
// rules of data/rdtax as the bundle carries them, by fiscal-year start.
import { loadFunctionsBundle } from "../support/loadFunctionsBundle";

const bundle = loadFunctionsBundle();
// Synchronous answers, as in Excel once the functions' lazy parts (fn-* chunks) have loaded.
beforeAll(() => bundle.ready);
const call = (id: string, ...args: unknown[]) =>
  bundle.call(id, ...args.map((a) => (a === null ? null : Array.isArray(a) ? a : [[a]])));

describe("SME.RDTAX* (bundle)", () => {
  it("RDTAXRATE: 一般型 11.5 % at +12 % (R5), 11.0 % for a FY starting 2023-03-31 (R3), 中小 15 % at +20 %", () => {
    expect(call("RDTAXRATE", "一般型", 0.12, null, "2023-04-01")).toEqual([[0.115]]);
    expect(call("RDTAXRATE", "一般型", 0.12, null, "2023-03-31")).toEqual([[0.11]]);
    expect(call("RDTAXRATE", "中小", 0.2, null, "2026-04-01")).toEqual([[0.15]]);
  });
  it("RDTAXCAP: 1,000,000,000 × 30 % = 300,000,000 at +12 %", () => {
    expect(call("RDTAXCAP", "general", 1e9, 0.12, null, "2024-04-01")).toEqual([[300_000_000]]);
  });
  it("RDTAXCREDIT spills: 12,880,000 and, with the cap binding, 3,000,000", () => {
    expect(call("RDTAXCREDIT", "一般", 112e6, 100e6, [[1e9], [1e7]], null, "2024-04-01")).toEqual([
      [12_880_000],
      [3_000_000],
    ]);
  });
  it("RDTAXCHECK: findings with sources; the 2026-04-01 period is flagged as an assumption", () => {
    const rows = call("RDTAXCHECK", "一般", 112e6, 100e6, 1e7, null, "2026-04-01") as unknown[][];
    const codes = rows.map((r) => r[0]);
    expect(codes).toEqual(
      expect.arrayContaining(["RDTAX_PERIOD", "RDTAX_PERIOD_ASSUMED", "RDTAX_CAP_BINDS"]),
    );
    expect(rows.find((r) => r[0] === "RDTAX_PERIOD_ASSUMED")?.[4]).toBe("assumption");
  });
  it("#N/A with the covered range for a FY starting 2020-04-01; #VALUE! naming the scheme", () => {
    expect(() => call("RDTAXRATE", "一般", 0.1, null, "2020-04-01")).toThrow(
      expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/2021-04-01〜2029-03-31/) }),
    );
    expect(() => call("RDTAXRATE", "大企業", 0.1)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/大企業/) }),
    );
  });
});
