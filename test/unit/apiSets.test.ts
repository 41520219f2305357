// Requirement sets from the typings: every Office.js member the add-in's code uses, with the set
// @types/office-js documents for it, against the minimum manifest.xml declares in <Requirements><Sets>.
// A member above the minimum must sit behind Office.context.requirements.isSetSupported (via
// src/excel/requirements.ts) with a fallback; a new unguarded one fails this test.
// Microsoft: https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
// and https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ROOT,
  compareVersions,
  findOfficeApiUses,
  manifestSets,
  sourceFilesUnder,
  unguardedAboveMinimum,
  type ApiSet,
  type ApiUse,
} from "../support/officeApiUsage";

const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const minimum = manifestSets(manifest);
const AREAS = ["src/excel", "src/taskpane", "src/functions", "src/commands"];
const show = (u: ApiUse) => `${u.file}:${u.line} ${u.member} (${u.set?.name} ${u.set?.version})`;

/** Highest set version per set name among `uses`. */
function highest(uses: ApiUse[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const u of uses)
    if (u.set && (!out[u.set.name] || compareVersions(u.set.version, out[u.set.name]) > 0))
      out[u.set.name] = u.set.version;
  return out;
}

describe("manifest.xml <Requirements>", () => {
  it("declares ExcelApi 1.7, CustomFunctionsRuntime 1.3 and SharedRuntime 1.1", () => {
    expect(minimum).toEqual<ApiSet[]>([
      { name: "ExcelApi", version: "1.7" },
      { name: "CustomFunctionsRuntime", version: "1.3" },
      { name: "SharedRuntime", version: "1.1" },
    ]);
  });
});

describe("Office.js members the add-in uses (src/excel, src/taskpane, src/functions, src/commands)", () => {
  let uses: ApiUse[] = [];
  beforeAll(() => {
    uses = findOfficeApiUses(ROOT, sourceFilesUnder(ROOT, AREAS));
  }, 600_000);

  it("are found through the type checker, with the set the typings give each", () => {
    const member = (m: string) => uses.find((u) => u.member === m);
    expect(member("Excel.Worksheet.getRangeByIndexes")?.set).toEqual({ name: "ExcelApi", version: "1.7" });
    expect(member("Excel.Table.resize")?.set).toEqual({ name: "ExcelApi", version: "1.13" });
    expect(member("Excel.Workbook.customXmlParts")?.set).toEqual({ name: "ExcelApi", version: "1.5" });
    expect(member("CustomFunctions.Error")?.set).toEqual({ name: "CustomFunctionsRuntime", version: "1.2" });
    expect(member("CustomFunctions.Invocation.parameterAddresses")?.set).toEqual({
      name: "CustomFunctionsRuntime",
      version: "1.3",
    });
    // Documented for Outlook only ("[Api set: Mailbox 1.3]"): a common API for an Excel add-in.
    expect(member("Office.AddinCommands.Event.completed")?.set).toBeNull();
    expect(uses.length).toBeGreaterThan(100);
  });

  it("use nothing above the manifest's minimum without a runtime check of that set", () => {
    expect(unguardedAboveMinimum(uses, minimum).map(show)).toEqual([]);
  });

  it("need exactly the declared minimum where unguarded (the manifest does not ask for more than it uses)", () => {
    const unguarded = uses.filter((u) => u.guards.length === 0);
    const needed = highest(unguarded);
    for (const s of minimum.filter((s) => s.name !== "SharedRuntime")) expect(needed[s.name]).toBe(s.version);
  });

  it("check Table.resize (ExcelApi 1.13) and suspendScreenUpdatingUntilNextSync (1.9) before calling them", () => {
    const guarded = uses.filter((u) => u.set && u.guards.length > 0);
    expect(guarded.map((u) => u.member)).toEqual(
      expect.arrayContaining(["Excel.Table.resize", "Excel.Application.suspendScreenUpdatingUntilNextSync"]),
    );
    for (const u of uses.filter((u) => u.member === "Excel.Table.resize"))
      expect(u.guards).toContainEqual({ name: "ExcelApi", version: "1.13" });
  });

  it("need these sets per area (the note's table)", () => {
    const per = (dir: string) => highest(uses.filter((u) => u.file.startsWith(dir) && u.guards.length === 0));
    expect(per("src/excel")).toMatchObject({ ExcelApi: "1.7" });
    expect(per("src/taskpane")).toMatchObject({ ExcelApi: "1.7" });
    expect(per("src/functions")).toMatchObject({ CustomFunctionsRuntime: "1.3", ExcelApi: "1.1" });
  });
});

describe("the check itself", () => {
  const fixture = (name: string) => join(ROOT, "test/fixtures/api-sets", name);
  let uses: ApiUse[] = [];
  beforeAll(() => {
    uses = findOfficeApiUses(ROOT, [fixture("unguarded.ts"), fixture("guarded.ts")]);
  }, 300_000);

  it("fails on a new unguarded call above the minimum, and on one behind too low a version", () => {
    const bad = unguardedAboveMinimum(uses, minimum).map(show);
    expect(bad).toEqual([
      "test/fixtures/api-sets/unguarded.ts:6 Excel.Table.resize (ExcelApi 1.13)",
      "test/fixtures/api-sets/unguarded.ts:10 Excel.Table.resize (ExcelApi 1.13)",
    ]);
  });

  it("accepts the call behind if, a const, an early return and &&", () => {
    const fromGuarded = uses.filter((u) => u.file.endsWith("guarded.ts") && !u.file.endsWith("unguarded.ts"));
    expect(fromGuarded.filter((u) => u.member === "Excel.Table.resize")).toHaveLength(3);
    expect(unguardedAboveMinimum(fromGuarded, minimum)).toEqual([]);
    // …and would flag them all with a minimum of ExcelApi 1.1 and no checks.
    const stripped = fromGuarded.map((u) => ({ ...u, guards: [] }));
    expect(
      unguardedAboveMinimum(stripped, [{ name: "ExcelApi", version: "1.1" }]).length,
    ).toBeGreaterThanOrEqual(4);
  });
});
