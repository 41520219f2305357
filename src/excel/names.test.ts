import fc from "fast-check";
import { FakeExcel } from "../playground/excel-fake";
import { uniqueSheetName } from "./names";

/** Whether the fake (Microsoft's sheet-name rules) accepts `name` as a new sheet. */
async function accepted(fake: FakeExcel, name: string): Promise<boolean> {
  try {
    await fake.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

describe("uniqueSheetName against Excel's sheet-name rules", () => {
  it("never ends a cut name with an apostrophe", () => {
    const wanted = `${"a".repeat(30)}'b`;
    expect(uniqueSheetName(wanted, [])).toBe("a".repeat(30));
  });

  it("counts characters outside the BMP as two, as Excel does, without splitting them", () => {
    const name = uniqueSheetName("𠮷".repeat(20), []);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe("𠮷".repeat(15));
  });

  it("replaces History and blank names", () => {
    expect(uniqueSheetName("history", [])).toBe("Data");
    expect(uniqueSheetName(" ' ", [])).toBe("Data");
  });

  it("gives names the fake Excel accepts, for any title", async () => {
    const fake = new FakeExcel();
    const existing: string[] = ["Sheet1"];
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 45 }), async (title) => {
        const name = uniqueSheetName(title, existing);
        expect(await accepted(fake, name)).toBe(true);
        existing.push(name);
      }),
      { numRuns: 200 },
    );
  });
});
