import { FakeExcel } from "./FakeExcel";

describe("workbook.settings", () => {
  it("round-trips JSON values and deletes keys", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.settings.add("queries", { list: [{ id: "0003", at: 1 }] });
      await context.sync();
      const s = context.workbook.settings.getItem("queries").load("value");
      const none = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      expect(s.value).toEqual({ list: [{ id: "0003", at: 1 }] });
      expect(none.isNullObject).toBe(true);
      s.delete();
      await context.sync();
    });
    expect(fake.workbook.settings.size).toBe(0);
  });
});

describe("workbook.customXmlParts", () => {
  const NS = "urn:example:sme-toolkit:queries:v1";

  it("stores XML, finds it by namespace and round-trips getXml / setXml / delete", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const part = context.workbook.customXmlParts.add(
        `<?xml version="1.0"?><queries xmlns="${NS}"><q a="1 &amp; 2"/></queries>`,
      );
      part.load("id, namespaceUri");
      await context.sync();
      expect(part.namespaceUri).toBe(NS);
      const only = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      const xml = only.getXml();
      expect(() => xml.value).toThrow(/has not been loaded/);
      await context.sync();
      expect(only.isNullObject).toBe(false);
      expect(xml.value).toContain("1 &amp; 2");
      only.setXml(`<queries xmlns="${NS}"/>`);
      const scoped = context.workbook.customXmlParts.getByNamespace(NS).load("items");
      await context.sync();
      expect(scoped.items).toHaveLength(1);
      scoped.items[0].delete();
      const after = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(after.isNullObject).toBe(true);
    });
    expect(fake.workbook.customXmlParts).toEqual([]);
  });

  it("rejects malformed XML with InvalidArgument", async () => {
    const fake = new FakeExcel();
    for (const bad of ["<a><b></a>", "<a>1 & 2</a>", "<a/><b/>", "not xml"]) {
      await expect(
        fake.run(async (context) => void context.workbook.customXmlParts.add(bad)),
      ).rejects.toMatchObject({
        code: "InvalidArgument",
      });
    }
  });

  it("reports an empty namespace when the root has no xmlns", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => void context.workbook.customXmlParts.add("<root><x/></root>"));
    expect(fake.workbook.customXmlParts[0].namespaceUri).toBe("");
  });
});
