import { xmlToEstatJson } from "./xmlToJson";

describe("xmlToEstatJson", () => {
  it("maps attributes to @name, text to $, repeats to arrays and a single element to an object", () => {
    const xml = `<?xml version="1.0"?><R a="1"><X code="01" name="A &amp; B">t</X><X code="02"/><Y>y</Y><E/></R>`;
    expect(xmlToEstatJson(xml)).toEqual({
      R: { "@a": "1", X: [{ "@code": "01", "@name": "A & B", $: "t" }, { "@code": "02" }], Y: "y", E: "" },
    });
  });

  it("decodes numeric entities and CDATA and skips comments", () => {
    expect(xmlToEstatJson("<R><!-- c --><V>&#x3C;&#62;<![CDATA[<b>]]></V></R>")).toEqual({
      R: { V: "<><b>" },
    });
  });

  it("rejects mismatched or unclosed tags", () => {
    expect(() => xmlToEstatJson("<R><A></B></R>")).toThrow(
      expect.objectContaining({ code: "ESTAT_BAD_RESPONSE" }),
    );
    expect(() => xmlToEstatJson("<R><A>")).toThrow(expect.objectContaining({ code: "ESTAT_BAD_RESPONSE" }));
  });
});
