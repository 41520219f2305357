import { readFileSync } from "node:fs";
import { join } from "node:path";
import { manifestSets } from "../../test/support/officeApiUsage";
import { REQUIREMENT_SETS } from "./requirementSets";

describe("REQUIREMENT_SETS (what the self-check checks)", () => {
  it("lists exactly the manifest's <Requirements> minimum as the required sets", () => {
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const required = REQUIREMENT_SETS.filter((r) => r.required).map((r) => ({
      name: r.set,
      version: r.version,
    }));
    expect(required.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      manifestSets(manifest).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it("gives every optional set the fallback the add-in uses without it", () => {
    for (const r of REQUIREMENT_SETS.filter((x) => !x.required)) expect(r.fallback).toBeTruthy();
  });
});
