// Excel's naming rules for custom-function metadata (scripts/functionNaming.js), checked against the
// examples of Microsoft's pages, and the build failing on a bad Japanese name.
// Pages: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming (NAMING),
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json (JSON),
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration (AUTOGEN).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const naming = require("../../scripts/functionNaming.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildFunctionsJa, loadJaTable } = require("../../scripts/functionsJa.js");

const ROOT = join(__dirname, "../..");
type Problem = { rule: string; message: string; source: string };
const rules = (ps: Problem[]) => ps.map((p) => p.rule).sort();
const fn = (id: string, name: string, params: string[] = ["one"]) => ({
  id,
  name,
  description: "d",
  parameters: params.map((p) => ({ name: p, description: "d" })),
});

describe("custom-function ids (NAMING: A–Z, 0–9, _ and ., start with a letter, at least three)", () => {
  it.each([
    "ADD",
    "GETDAY",
    "INCREMENTVALUE",
    "MULTIPLY",
    "CONTOSO_GETPRICE",
    "CONTOSO_TAX_CALC",
    "INC",
    "STATS.MEAN",
  ])("accepts the documented id %s", (id) => expect(naming.checkId(id)).toEqual([]));

  it.each([
    ["AB", "id-length"],
    ["1ADD", "id-characters"],
    ["_ADD", "id-characters"],
    ["BAD-ID", "id-characters"],
    ["add", "id-characters"],
    ["合計", "id-characters"],
    ["A".repeat(129), "id-length"],
  ])("rejects %s (%s)", (id, rule) => expect(rules(naming.checkId(id))).toContain(rule));
});

describe("custom-function names (NAMING, AUTOGEN: Unicode letters, digits, _ and ., start with a letter, 3–128)", () => {
  it.each([
    "ADD",
    "SUMME",
    "MULTIPLY",
    "GETZIPCODE",
    "INCREMENTTIME",
    "出典表示",
    "政府統計",
    "OECD統計",
    "付加価値額_営業利益",
    "データ.取得",
    "ＡＢＣ",
  ])("accepts %s", (name) => expect(naming.checkName(name, "t")).toEqual([]));

  it.each([
    ["出典", "name-length"],
    ["AB", "name-length"],
    ["1ST", "name-start"],
    ["_ADD", "name-start"],
    ["付加価値・額", "name-characters"],
    ["ADD ONE", "name-characters"],
    ["ADD-ONE", "name-characters"],
    ["ＡＢ１", "name-characters"],
    ["あ".repeat(129), "name-length"],
  ])("rejects %s (%s)", (name, rule) => expect(rules(naming.checkName(name, "t"))).toContain(rule));
});

describe("cell-reference look-alikes (NAMING: A1 to XFD1048576 or R1C1 to R1048576C16384)", () => {
  it.each(["A1", "a1", "XFD1048576", "ABC123", "R1C1", "r1c1", "R1048576C16384", "R100", "C200", "A01"])(
    "%s reads as a cell reference",
    (s) => expect(naming.looksLikeCellReference(s)).toBe(true),
  );
  it.each(["XFE1", "A1048577", "A0", "R1048577C1", "R1C16385", "ABCD1", "AAA", "SUM1X", "A00"])(
    "%s does not (outside the grid or not a reference)",
    (s) => expect(naming.looksLikeCellReference(s)).toBe(false),
  );
  it("rejects a name or id that looks like a cell reference", () => {
    expect(rules(naming.checkName("ABC123", "t"))).toEqual(["cell-reference"]);
    expect(rules(naming.checkId("R1C1"))).toEqual(["cell-reference"]);
  });
});

describe("Excel 4.0 macro and built-in names (NAMING: such as RUN, ECHO)", () => {
  it.each([
    "RUN",
    "ECHO",
    "run",
    "GET.CELL",
    "GETCELL",
    "FOPEN",
    "SET.NAME",
    "EVALUATE",
    "SUM",
    "NORM.DIST",
    "A1.R1C1",
  ])("%s is reserved", (s) => expect(naming.reservedNameMatch(s)).not.toBeNull());
  it("rejects RUN and ECHO as names and as ids", () => {
    expect(rules(naming.checkName("RUN", "t"))).toEqual(["reserved-name"]);
    expect(rules(naming.checkId("ECHO"))).toEqual(["reserved-name"]);
  });
  it("does not reserve our own English names", () => {
    for (const n of ["LABORSHARE", "ESTAT", "OECD", "SOURCE", "INDICATOR", "GRANT", "CAGR", "PROGRAMS"])
      expect(naming.reservedNameMatch(n)).toBeNull();
  });
});

describe("metadata of all languages together", () => {
  it("passes the documented MULTIPLY example in English and German", () => {
    const en = { functions: [fn("MULTIPLY", "MULTIPLY", ["one", "two"])] };
    const de = { functions: [fn("MULTIPLY", "SUMME", ["eins", "zwei"])] };
    expect(naming.checkFunctionMetadata({ en, de })).toEqual([]);
  });

  it("rejects a Japanese name that is another function's English or Japanese name", () => {
    const en = { functions: [fn("LABORSHARE", "LABORSHARE"), fn("CAGR", "CAGR"), fn("SOURCE", "SOURCE")] };
    const jaTakesEnglish = {
      functions: [fn("LABORSHARE", "労働分配率"), fn("CAGR", "LABORSHARE"), fn("SOURCE", "出典表示")],
    };
    expect(rules(naming.checkFunctionMetadata({ en, ja: jaTakesEnglish }))).toEqual(["name-unique"]);
    const jaTwice = {
      functions: [fn("LABORSHARE", "労働分配率"), fn("CAGR", "労働分配率"), fn("SOURCE", "出典表示")],
    };
    expect(rules(naming.checkFunctionMetadata({ en, ja: jaTwice }))).toEqual(["name-unique"]);
    const sameFunction = {
      functions: [fn("LABORSHARE", "LABORSHARE"), fn("CAGR", "CAGR"), fn("SOURCE", "出典表示")],
    };
    expect(naming.checkFunctionMetadata({ en, ja: sameFunction })).toEqual([]);
  });

  it("rejects duplicate ids, differing id sets, and empty or duplicate parameter names", () => {
    const en = { functions: [fn("ADDTWO", "ADDTWO"), fn("ADDTWO", "ADDTHREE")] };
    expect(rules(naming.checkFunctionMetadata({ en }))).toContain("id-unique");
    expect(
      rules(
        naming.checkFunctionMetadata({
          en: { functions: [fn("ADDTWO", "ADDTWO")] },
          ja: { functions: [fn("ADDSIX", "足し算六")] },
        }),
      ),
    ).toContain("ids-per-language");
    expect(
      rules(naming.checkFunctionMetadata({ en: { functions: [fn("ADDTWO", "ADDTWO", ["a", "a"])] } })),
    ).toEqual(["parameter-unique"]);
    expect(
      rules(naming.checkFunctionMetadata({ en: { functions: [fn("ADDTWO", "ADDTWO", [""])] } })),
    ).toEqual(["parameter-name"]);
    expect(
      rules(naming.checkFunctionMetadata({ en: { functions: [fn("ADDTWO", "ADDTWO", ["a,b"])] } })),
    ).toEqual(["parameter-name"]);
  });

  it("names the Microsoft page of each documented rule in the message's source", () => {
    const [p] = naming.checkName("出典", "ja: SOURCE");
    expect(p.message).toMatch(/3文字以上.*at least three characters/);
    expect(p.source).toBe("https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming");
  });
});

describe("the add-in's own metadata", () => {
  it("passes every rule in English and Japanese (SOURCE is 出典表示, not the two-character 出典)", async () => {
    const files = ["measures", "subsidy", "data", "rdtax"].map((f) => join(ROOT, `src/functions/${f}.ts`));
    const generated = await generateCustomFunctionsMetadata(files);
    expect(generated.errors).toEqual([]);
    const en = JSON.parse(generated.metadataJson);
    const { json, errors } = buildFunctionsJa(en, loadJaTable(ROOT));
    expect(errors).toEqual([]);
    expect(json.functions.find((f: { id: string }) => f.id === "SOURCE").name).toBe("出典表示");
  }, 30_000);
});

describe("the build", () => {
  const out = mkdtempSync(join(tmpdir(), "naming-build-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  // Plain text: npm test sets FORCE_COLOR, and webpack-cli then colours words inside the message.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  const build = (ja: string) => {
    const r = spawnSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--no-color",
        "--config",
        "test/fixtures/naming/webpack.config.js",
        "--env",
        `ja=${ja}`,
        "--env",
        `out=${join(out, ja)}`,
      ],
      { cwd: ROOT, encoding: "utf8", env },
    );
    // eslint-disable-next-line no-control-regex
    const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");
    return { status: r.status, stdout: plain(r.stdout), stderr: plain(r.stderr) };
  };

  it("fails on a Japanese name Excel would reject, and names the rule", () => {
    const r = build("bad");
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(
      'SOURCE name "出典": 3文字以上にしてください / must be at least three characters',
    );
  }, 60_000);

  it("succeeds on the same functions with valid names and writes functions-ja.json", () => {
    const r = build("good");
    expect(r.stderr + r.stdout).not.toMatch(/ERROR/);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, "good/functions-ja.json"))).toBe(true);
    const ja = JSON.parse(readFileSync(join(out, "good/functions-ja.json"), "utf8"));
    expect(ja.functions.map((f: { name: string }) => f.name).sort()).toEqual(["二数の和", "出典表示"].sort());
  }, 60_000);
});
