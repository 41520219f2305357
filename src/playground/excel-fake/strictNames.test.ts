// Worksheet-name rules from Microsoft's "Rename a worksheet" (support.microsoft.com/office/3f1f7148-…).
import { FakeExcel } from "./FakeExcel";

async function addSheet(fake: FakeExcel, name: string): Promise<unknown> {
  return fake
    .run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    })
    .then(
      () => "ok",
      (e: { code?: string }) => e.code,
    );
}

describe("worksheet names", () => {
  it.each([
    ["History", "reserved by Excel"],
    ["history", "reserved in any case (our choice: Excel compares sheet names case-insensitively)"],
    ["", "blank"],
    ["   ", "only spaces"],
    ["a".repeat(32), "more than 31 characters"],
    ["𠮷".repeat(16), "32 UTF-16 code units"],
    ["'Quoted", "begins with an apostrophe"],
    ["Quoted'", "ends with an apostrophe"],
    ["a/b", "/"],
    ["a\\b", "\\"],
    ["a?b", "?"],
    ["a*b", "*"],
    ["a[b", "["],
    ["a]b", "]"],
    ["a:b", ":"],
  ])("rejects %j (%s) with InvalidArgument", async (name) => {
    const fake = new FakeExcel();
    expect(await addSheet(fake, name)).toBe("InvalidArgument");
    expect(fake.workbook.sheets).toHaveLength(1);
  });

  it("accepts 31 characters, inner apostrophes and Japanese, and History as part of a name", async () => {
    const fake = new FakeExcel();
    for (const name of ["a".repeat(31), "It's", "法人企業統計", "History 2020"])
      expect(await addSheet(fake, name)).toBe("ok");
  });

  it("treats names that differ only in case as the same sheet", async () => {
    const fake = new FakeExcel();
    expect(await addSheet(fake, "Data")).toBe("ok");
    expect(await addSheet(fake, "DATA")).toBe("ItemAlreadyExists");
  });

  it("applies the same rules when a sheet is renamed", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").name = "History";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.sheets[0].name).toBe("Sheet1");
  });
});
