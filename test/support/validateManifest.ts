import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

/** The patched 2019 XSD set (see ../shared/schemas/office-addin-manifest/README.md): a structural check, offline. */
export const SCHEMA_DIR = join(__dirname, "../../../shared/schemas/office-addin-manifest/patched");

export async function validateManifestXml(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const main = "OfficeAppManifestV1_1.xsd";
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(SCHEMA_DIR, main), "utf8") }],
    preload: files
      .filter((f) => f !== main)
      .map((f) => ({ fileName: f, contents: readFileSync(join(SCHEMA_DIR, f), "utf8") })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
