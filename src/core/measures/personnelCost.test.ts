import { personnelCost } from "./personnelCost";

describe("personnelCost (法人企業統計 人件費)", () => {
  it("adds 役員給与, 役員賞与, 従業員給与, 従業員賞与 and 福利厚生費 (MOF-01, 千円)", () => {
    expect(personnelCost(20_000, 2_000, 150_000, 30_000, 28_000)).toBe(230_000);
  });

  it("treats every item alike, so the order of the five does not matter", () => {
    expect(personnelCost(28_000, 30_000, 150_000, 2_000, 20_000)).toBe(230_000);
  });

  it("throws RESULT_TOO_LARGE rather than returning Infinity", () => {
    expect(() => personnelCost(1.5e308, 1.5e308, 0, 0, 0)).toThrow(
      expect.objectContaining({ code: "RESULT_TOO_LARGE" }),
    );
  });
});
