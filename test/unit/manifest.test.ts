import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateManifestXml } from "../support/validateManifest";

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("validates against the add-in manifest XSDs", async () => {
    const r = await validateManifestXml(manifest);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it("fails validation when broken", async () => {
    const broken = manifest.replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteEverything</Permissions>",
    );
    expect((await validateManifestXml(broken)).valid).toBe(false);
    const misordered = manifest.replace(/<Version>.*<\/Version>/, "");
    expect((await validateManifestXml(misordered)).valid).toBe(false);
  });

  it("uses one shared runtime for the task pane, functions and commands", () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  });

  it("declares the SME namespace and Japanese overrides", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SME"\/>/);
    expect(manifest).toMatch(/<Override Locale="ja-JP" Value="中小企業政策ツールキット"\/>/);
    expect(manifest).toMatch(
      /<bt:Override Locale="ja-JP" Value="https:\/\/localhost:3000\/functions-ja.json"\/>/,
    );
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    for (const host of ["https://api.e-stat.go.jp", "https://sdmx.oecd.org"])
      expect(manifest).toContain(`<AppDomain>${host}</AppDomain>`);
  });

  it("has product icons at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80])
      expect(pngSize(join(root, `assets/icon-${size}.png`))).toEqual([size, size]);
  });
});
