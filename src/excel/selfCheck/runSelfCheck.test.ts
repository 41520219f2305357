// The self-check against the Excel fake running the real custom functions (measures.ts), with real HTTP
// against a loopback server for the reachability items.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parsePolicy } from "../../core/net/contentSecurityPolicy";
import { functionsJa } from "../../functions/ja";
import { laborShareFn } from "../../functions/measures";
import { FakeExcel } from "../../playground/excel-fake";
import { createFormulaEvaluator, type FunctionMetadata } from "../../playground/formula/evaluateFormula";
import type { CustomFunctionsShim } from "../../playground/customFunctionsRuntime";
import { memoryStorage } from "../../taskpane/tableHistory";
import { runSelfCheck, selfCheckText } from "./runSelfCheck";
import type { HostFacade, ProbeFetch, SelfCheckDeps } from "./types";

// The build generates CustomFunctions.associate calls from the JSDoc; here the real function is associated
// by hand, with its metadata as functions.json / functions-ja.json give it.
const cf = (globalThis as unknown as { CustomFunctions: CustomFunctionsShim }).CustomFunctions;
cf.associate("LABORSHARE", laborShareFn as never);
const registry = cf.registry;
const params = [
  { name: "personnel_cost", dimensionality: "matrix" },
  { name: "value_added", dimensionality: "matrix" },
];
const en: FunctionMetadata[] = [{ id: "LABORSHARE", name: "LABORSHARE", parameters: params }];
const ja: FunctionMetadata[] = [{ id: "LABORSHARE", name: functionsJa.LABORSHARE.name, parameters: params }];

function fakeWithFunctions(): FakeExcel {
  const fake = new FakeExcel({ latencyMs: 0 });
  fake.setFormulaEvaluator(createFormulaEvaluator({ namespace: "SME", registry, metadata: [en, ja] }));
  return fake;
}

const EXCEL_WEB: HostFacade = {
  host: "Excel",
  platform: "OfficeOnline",
  version: "16.0.17928.20114",
  displayLanguage: "ja-JP",
  isSetSupported: (name, version) => name !== "ExcelApi" || Number(version.split(".")[1]) <= 7,
};

let server: Server;
let base: string;
const nodeFetch: ProbeFetch = (url, init) => fetch(url, { signal: init?.signal });

beforeAll(async () => {
  server = createServer((req, res) => res.writeHead(req.url?.includes("missing") ? 404 : 200).end("{}"));
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

function deps(fake: FakeExcel, over: Partial<SelfCheckDeps> = {}): SelfCheckDeps {
  const storage = memoryStorage();
  // The functions read "their" localStorage: in one runtime it is the pane's.
  (globalThis as unknown as { localStorage: unknown }).localStorage = storage;
  return {
    run: fake.run,
    host: EXCEL_WEB,
    storage,
    fetch: nodeFetch,
    deployment: { proxyOrigins: [] },
    targets: [
      { kind: "estat", url: `${base}/rest/3.0/app/json/getStatsList?limit=1` },
      { kind: "oecd", url: `${base}/public/rest/dataflow/OECD.STI.STP/DSD_MSTI@DF_MSTI/latest` },
    ],
    calcTimeoutMs: 2000,
    sleep: async () => undefined,
    random: () => "t1",
    ...over,
  };
}

afterEach(() => delete (globalThis as { localStorage?: unknown }).localStorage);

describe("self-check against the Excel fake", () => {
  it("passes the function, Japanese-name, shared-runtime, storage and network checks, and leaves no sheet behind", async () => {
    const fake = fakeWithFunctions();
    const before = fake.snapshot();
    const report = await runSelfCheck(deps(fake));
    const byId = Object.fromEntries(report.items.map((i) => [i.id, i]));
    expect(byId["host"].status).toBe("pass");
    expect(byId["platform"].detail.en).toBe("OfficeOnline (Excel on the web)");
    expect(byId["version"].detail.en).toBe("16.0.17928.20114");
    expect(byId["language"].detail.ja).toBe("ja-JP");
    expect(byId["functions:id"]).toMatchObject({ status: "pass" });
    expect(byId["functions:id"].detail.en).toMatch(/^0\.7641196013/);
    expect(byId["functions:ja"]).toMatchObject({ status: "pass" });
    expect(byId["runtime:shared"]).toMatchObject({ status: "pass" });
    expect(byId["storage"]).toMatchObject({ status: "pass" });
    expect(byId[`network:estat:${base}`]).toMatchObject({ status: "pass" });
    expect(byId[`network:oecd:${base}`]).toMatchObject({ status: "pass" });
    // Requirement sets: ExcelApi up to 1.7 supported by this facade, 1.9+ not (optional: says the fallback).
    expect(byId["req:ExcelApi:1.7"].status).toBe("pass");
    expect(byId["req:ExcelApi:1.13"]).toMatchObject({ status: "notSupported" });
    expect(byId["req:ExcelApi:1.13"].detail.en).toMatch(/adds or deletes table rows/);
    expect(byId["req:SharedRuntime:1.1"].status).toBe("pass");
    const missingRequired = await runSelfCheck(
      deps(fakeWithFunctions(), {
        host: { ...EXCEL_WEB, isSetSupported: (n) => n !== "CustomFunctionsRuntime" },
      }),
    );
    expect(missingRequired.items.find((i) => i.id === "req:CustomFunctionsRuntime:1.3")).toMatchObject({
      status: "fail",
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.workbook.sheets.map((s) => s.name)).not.toContain("SME自己診断_t1");
  });

  it("removes the temporary sheet when a sync fails half-way through the check", async () => {
    const fake = fakeWithFunctions();
    const sheetsBefore = fake.workbook.sheets.map((s) => s.name);
    // The 2nd sync is the one adding the sheet and its formulas; the 3rd (first read of the results) fails.
    fake.failSync(3);
    const report = await runSelfCheck(deps(fake));
    const fn = report.items.find((i) => i.id === "functions:id")!;
    expect(fn.status).toBe("fail");
    expect(fn.detail.en).toMatch(/could not check/);
    expect(report.items.find((i) => i.id === "runtime:shared")!.status).toBe("fail");
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  it("reports #NAME? when the functions are not registered, and still removes the sheet", async () => {
    const fake = new FakeExcel({ latencyMs: 0 });
    fake.setFormulaEvaluator(() => ({ error: "#NAME?" }));
    const report = await runSelfCheck(deps(fake));
    const fn = report.items.find((i) => i.id === "functions:id")!;
    expect(fn).toMatchObject({ status: "fail" });
    expect(fn.detail.ja).toMatch(/関数が登録されていません/);
    expect(fake.workbook.sheets.some((s) => s.name.startsWith("SME自己診断"))).toBe(false);
  });

  it("never touches a sheet of the user's that happens to have the temporary name", async () => {
    const fake = fakeWithFunctions();
    await fake.run(async (c) => {
      c.workbook.worksheets.add("SME自己診断_t1").getRange("A1").values = [["mine"]];
      await c.sync();
    });
    const report = await runSelfCheck(deps(fake));
    expect(report.items.find((i) => i.id === "functions:id")!.status).toBe("fail");
    expect(fake.values("SME自己診断_t1!A1")).toEqual([["mine"]]);
  });

  it("says 'not supported' outside Office and for Japanese names in an English Excel", async () => {
    const fake = fakeWithFunctions();
    const outside: HostFacade = { host: null, platform: null, version: null, displayLanguage: null };
    const report = await runSelfCheck(deps(fake, { host: outside }));
    const status = (id: string) => report.items.find((i) => i.id === id)!.status;
    expect(status("host")).toBe("notSupported");
    expect(status("req:ExcelApi:1.7")).toBe("notSupported");
    expect(status("functions:ja")).toBe("notSupported");
    expect(status("functions:id")).toBe("pass");
    const english = await runSelfCheck(deps(fake, { host: { ...EXCEL_WEB, displayLanguage: "en-US" } }));
    expect(english.items.find((i) => i.id === "functions:ja")!.detail.en).toMatch(
      /only when Excel's display language is Japanese/,
    );
  });

  it("tells a CSP-blocked origin from an unreachable one, without sending a request to the blocked one", async () => {
    const fake = fakeWithFunctions();
    const asked: string[] = [];
    const report = await runSelfCheck(
      deps(fake, {
        fetch: (url, init) => {
          asked.push(url);
          return nodeFetch(url, init);
        },
        deployment: {
          policy: parsePolicy(`default-src 'self'; connect-src 'self' ${base}`),
          proxyOrigins: [],
          selfOrigin: "https://addin.example.org",
        },
        targets: [
          { kind: "estat", url: `${base}/rest/3.0/app/json/getStatsList` },
          { kind: "proxy", url: "https://proxy.example.jp/estat/rest/3.0/app/json/getStatsList" },
          { kind: "oecd", url: "http://127.0.0.1:1/public/rest" },
        ],
      }),
    );
    const net = report.items.filter((i) => i.group === "network");
    expect(net.map((i) => i.status)).toEqual(["pass", "fail", "fail"]);
    expect(net[1].detail.en).toMatch(/Content-Security-Policy \(connect-src\)/);
    expect(asked.some((u) => u.startsWith("https://proxy.example.jp"))).toBe(false);
  });

  it("writes a copyable text report in Japanese and in English", async () => {
    const report = await runSelfCheck(deps(fakeWithFunctions()));
    const ja = selfCheckText(report, "ja");
    const en = selfCheckText(report, "en");
    expect(ja.split("\n")[0]).toMatch(/^中小企業政策ツールキット 自己診断 /);
    expect(ja).toContain("[OK] 合格 | 関数（=SME.LABORSHARE(230000,301000)） | 0.7641196013");
    expect(en).toContain("[OK] pass | Function (=SME.LABORSHARE(230000,301000)) | 0.7641196013");
    expect(en.split("\n")).toHaveLength(report.items.length + 2);
  });
});
