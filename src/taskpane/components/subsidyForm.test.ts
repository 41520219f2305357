import type { ProgramSummary } from "../actions";
import { emptyDraft, readAmount, toSubsidyInput } from "./subsidyForm";

const gotech: ProgramSummary = {
  id: "GOTECH-R7",
  name: "Go-Tech R7",
  kind: "gotech",
  flags: [],
  frames: ["通常枠", "出資獲得枠"],
};
const mono: ProgramSummary = {
  id: "MONO-19:高付加価値化枠",
  name: "ものづくり",
  kind: "grant",
  flags: ["小規模", "大幅賃上げ特例"],
};
const label = (f: string, m?: number, y?: number) => [f, m, y].filter((x) => x !== undefined).join(":");

describe("readAmount", () => {
  it("reads yen the way Japanese users type them", () => {
    expect(readAmount("45,000,000")).toBe(45_000_000);
    expect(readAmount("４５００００００")).toBe(45_000_000);
    expect(readAmount(" ")).toBeUndefined();
  });
  it("reads full-width digits with 万円 and 億 (issue 14: ２０００万円 is 20,000,000)", () => {
    expect(readAmount("２０００万円")).toBe(20_000_000);
    expect(readAmount("2,000万円")).toBe(20_000_000);
    expect(readAmount("2000万")).toBe(20_000_000);
    expect(readAmount("1億2000万円")).toBe(120_000_000);
  });
  it("rejects fractions, negatives and words, and tells ambiguous units apart", () => {
    expect(readAmount("1.5")).toBeNull();
    expect(readAmount("-1")).toBeNull();
    expect(readAmount("二千万")).toBeNull();
    expect(readAmount("1万20000")).toBe("ambiguous");
  });
});

describe("toSubsidyInput", () => {
  it("builds a Go-Tech consortium with costs per year", () => {
    const d = emptyDraft();
    d.members[0].costs = ["30,000,000", "20,000,000"];
    d.members[0].taxableIncome = "100000000";
    d.members[1].costs = ["5000000", "5000000"];
    const r = toSubsidyInput(d, gotech, label);
    expect(r).toEqual({
      input: {
        kind: "gotech",
        programId: "GOTECH-R7",
        frame: "通常枠",
        plannedInvestment: undefined,
        members: [
          {
            name: "memberLabel:1",
            type: "中小企業者等",
            costs: [30_000_000, 20_000_000],
            taxableIncome: 100_000_000,
          },
          {
            name: "memberLabel:2",
            type: "大学・公設試等",
            costs: [5_000_000, 5_000_000],
            taxableIncome: undefined,
          },
        ],
      },
    });
  });

  it("names every field that needs fixing", () => {
    const d = emptyDraft();
    d.frame = "出資獲得枠";
    d.members[0].costs = ["abc", "1"];
    const r = toSubsidyInput(d, gotech, label);
    expect(r).toEqual({
      problems: [
        { field: "memberCost:1:1", kind: "amount", value: "abc" },
        { field: "memberCost:2:1", kind: "amount", value: "" },
        { field: "memberCost:2:2", kind: "amount", value: "" },
        { field: "plannedInvestmentLabel", kind: "amount", value: "" },
      ],
    });
  });

  it("says a person count is not yen, and an ambiguous amount is ambiguous", () => {
    const d = { ...emptyDraft(), employees: "12.5", eligibleCost: "1万20000" };
    expect(toSubsidyInput(d, mono, label)).toEqual({
      problems: [
        { field: "employeesLabel", kind: "count", value: "12.5" },
        { field: "eligibleCostLabel", kind: "ambiguous", value: "1万20000" },
      ],
    });
  });

  it("builds a grant applicant and keeps only the programme's flags", () => {
    const d = {
      ...emptyDraft(),
      industry: "製造業",
      employees: "20",
      eligibleCost: "10,000,000",
      flags: ["小規模", "インボイス特例"],
    };
    expect(toSubsidyInput(d, mono, label)).toEqual({
      input: {
        kind: "grant",
        programId: mono.id,
        eligibleCost: 10_000_000,
        applicant: { industry: "製造業", capital: undefined, employees: 20, flags: ["小規模"] },
      },
    });
  });
});
