import { compareByLaw } from "./compareByLaw";

describe("compareByLaw", () => {
  it("reads 以下 as ≤, 未満 as <, 以上 as ≥ and 超 as >", () => {
    expect([compareByLaw(5, "以下", 5), compareByLaw(6, "以下", 5)]).toEqual([true, false]);
    expect([compareByLaw(4, "未満", 5), compareByLaw(5, "未満", 5)]).toEqual([true, false]);
    expect([compareByLaw(5, "以上", 5), compareByLaw(4, "以上", 5)]).toEqual([true, false]);
    expect([compareByLaw(6, "超", 5), compareByLaw(5, "超", 5)]).toEqual([true, false]);
  });
});
