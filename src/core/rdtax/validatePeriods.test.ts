import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RDTAX_FILE_NAMES } from "./periodIndex.generated";
import { validateRdTaxPeriods } from "./validatePeriods";

const dir = join(__dirname, "../../../data/rdtax");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((name) => ({
    name,
    data: JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>,
  }));

describe("data/rdtax", () => {
  it("every file passes the schema and the source/status checks", () => {
    expect(validateRdTaxPeriods(files).errors).toEqual([]);
  });
  it("the generated index lists every file (run npm run gen:data when this fails)", () => {
    expect([...RDTAX_FILE_NAMES]).toEqual(files.map((f) => f.name).sort());
  });
  it("covers FY starts 2021-04-01 … 2029-03-31 without gaps", () => {
    const p = validateRdTaxPeriods(files).periods;
    expect(p[0].fiscalYearStart.from).toBe("2021-04-01");
    expect(p[p.length - 1].fiscalYearStart.to).toBe("2029-03-31");
  });
  it("fails a file with a consultant's page as the official document", () => {
    const bad = structuredClone(files[1]);
    (bad.data.documents as Record<string, { url: string }>).nta5442.url = "https://example.com/5442";
    expect(validateRdTaxPeriods([bad]).errors.join("\n")).toMatch(/not an official host/);
  });
  it("fails a verified rule without a quote and an official-text page", () => {
    const bad = structuredClone(files[1]);
    (bad.data.general as Record<string, Record<string, { status: string }>>).rate.base.status = "verified";
    (bad.data.general as { rate: { base: { source: { quote?: string } } } }).rate.base.source.quote =
      undefined;
    expect(validateRdTaxPeriods([bad]).errors.join("\n")).toMatch(/verified needs/);
  });
  it("fails overlapping periods and a malformed rate", () => {
    const a = structuredClone(files[1]);
    const b = structuredClone(files[2]);
    (b.data.fiscalYearStart as { from: string }).from = "2026-03-01";
    expect(validateRdTaxPeriods([a, b]).errors.join("\n")).toMatch(/must follow each other/);
    (a.data.general as { rate: { cap: { value: unknown } } }).rate.cap.value = [14, 0];
    expect(validateRdTaxPeriods([a]).errors.length).toBeGreaterThan(0);
  });
});
