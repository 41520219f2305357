import { calculationCells } from "./calculationCells";

describe("calculationCells", () => {
  it("points the grant formulas at the labelled inputs", () => {
    const cells = calculationCells({
      kind: "grant",
      programId: "MONO-19:高付加価値化枠",
      eligibleCost: 10_000_000,
      applicant: { industry: "製造業", employees: 20, flags: ["小規模", "大幅賃上げ特例"] },
    });
    const at = (a: string) => cells.find((c) => c.address === a);
    expect(at("B4")).toMatchObject({ value: 10_000_000, numberFormat: "#,##0" });
    expect(at("B7")?.value).toBe("小規模、大幅賃上げ特例");
    expect(at("B9")?.formula).toBe("=SME.GRANT(B3,B4,B5,B6,B7)");
    expect(at("A14")?.formula).toBe("=SME.GRANTCHECK(B3,B4,B5,B6,B7)");
  });

  it("lays out a Go-Tech consortium one row per member, one column per year", () => {
    const cells = calculationCells(
      {
        kind: "gotech",
        programId: "GOTECH-R7:通常枠",
        frame: "通常枠",
        members: [
          { name: "A社", type: "中小企業者等", costs: [30_000_000, 20_000_000], taxableIncome: 100_000_000 },
          { name: "B大学", type: "大学・公設試等", costs: [5_000_000, 5_000_000] },
        ],
      },
      "R7",
    );
    const at = (a: string) => cells.find((c) => c.address === a);
    expect(at("C8")?.value).toBe(30_000_000);
    expect(at("D9")?.value).toBe(5_000_000);
    expect(at("E8")?.value).toBe(100_000_000);
    expect(at("B11")?.formula).toBe("=SME.GOTECH(B3,A8:A9,C8:D9,E8:E9,B4,B5)");
    expect(at("A14")?.formula).toBe("=SME.GOTECHCHECK(B3,A8:A9,C8:D9,E8:E9,B4,B5)");
  });
});
