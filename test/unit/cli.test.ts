import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { parseSdmx } from "../../src/core/stats/oecd/parseSdmx";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { estatNoDataBody } from "../support/paneOverFake";
import { pageWorkerFile } from "../support/pageWorkerFile";
import { runCli } from "../support/runCli";

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, "../..");
const REAL = resolve(ROOT, "../shared/fixtures/real");

const run = runCli;

const tmp = () => mkdtempSync(join(tmpdir(), "sme-stats-"));

describe("sme-stats offline (saved responses)", () => {
  it("estat parse: every saved getStatsData JSON gives one JSON row per VALUE with numeric or null values", async () => {
    for (const f of [
      "estat-getStatsData-chingin-kozo-0003425893.json",
      "estat-getStatsData-lfs-0003005798-2024-01.json",
      "estat-getStatsData-cpi2025-0004052037-DATA_INF-only.json",
    ]) {
      const r = await run(["estat", "parse", join(REAL, "estat", f), "--format", "json"]);
      expect({ f, code: r.code, err: r.code ? r.stderr : "" }).toEqual({ f, code: 0, err: "" });
      const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
      const expected = (readFileSync(join(REAL, "estat", f), "utf8").match(/"\$"\s*:/g) ?? []).length;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(expected);
      for (const row of rows) expect(row.value === null || typeof row.value === "number").toBe(true);
    }
  });

  it("estat parse: the saved getSimpleStatsData CSV and the JSON of the same request give the same values", async () => {
    const csv = await run([
      "estat",
      "parse",
      join(REAL, "estat/estat-getSimpleStatsData-lfs-0003005798-2024-01-noheader.csv"),
      "--format",
      "json",
      "--labels",
      "code",
    ]);
    const json = await run([
      "estat",
      "parse",
      join(REAL, "estat/estat-getStatsData-lfs-0003005798-2024-01.json"),
      "--format",
      "json",
      "--labels",
      "code",
    ]);
    expect(csv.code).toBe(0);
    const values = (s: string) => (JSON.parse(s) as { value: number | null }[]).map((r) => r.value);
    expect(values(csv.stdout)).toEqual(values(json.stdout));
  });

  it("estat parse: an error body (STATUS 100) exits non-zero and prints STATUS and ERROR_MSG", async () => {
    const r = await run([
      "estat",
      "parse",
      join(REAL, "estat/estat-error-status100-getStatsList-SEMIREAL.json"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("STATUS 100");
    expect(r.stderr).toContain("認証に失敗しました");
    expect(r.stdout).toBe("");
  });

  it("estat parse: a STATUS 1 body gives an empty table and exit 0", async () => {
    const dir = tmp();
    const file = join(dir, "status1.json");
    writeFileSync(file, JSON.stringify(estatNoDataBody("0003005798")));
    const r = await run(["estat", "parse", file, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it("oecd parse: every OECD/SDMX fixture converts with the same number of rows the parser gives", async () => {
    for (const f of readdirSync(join(REAL, "oecd"))) {
      const r = await run(["oecd", "parse", join(REAL, "oecd", f), "--format", "json"]);
      expect({ f, code: r.code }).toEqual({ f, code: 0 });
      expect(JSON.parse(r.stdout)).toHaveLength(
        parseSdmx(readFileSync(join(REAL, "oecd", f), "utf8")).rowCount,
      );
    }
  });

  it("writes CSV with a BOM on request and never lets a label start a formula", async () => {
    const dir = tmp();
    const file = join(dir, "evil.csv");
    writeFileSync(
      file,
      "DATAFLOW,REF_AREA: Reference area,TIME_PERIOD,OBS_VALUE\nX:F(1.0),=HYPERLINK(1): =cmd|x,2020,1.5\n",
    );
    const out = join(dir, "out.csv");
    const r = await run(["oecd", "parse", file, "--bom", "--out", out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).not.toMatch(/(^|,)=/m);
    expect(text).toContain("1.5");
  });

  it("fails clearly on usage errors and missing files", async () => {
    const bad = await run(["oecd", "parse"]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain("oecd parse needs one FILE");
    const missing = await run(["oecd", "parse", "/nonexistent.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/error: .*nonexistent/);
  });
});

describe("sme-stats against the loopback fakes", () => {
  let estat: EstatFake;
  let oecd: OecdFake;
  beforeAll(async () => {
    estat = await startEstatFake({});
    estat.setTable("0000000250", { rows: 250, id: "0000000250" });
    oecd = await startOecdFake();
  });
  afterAll(async () => {
    await estat.close();
    await oecd.close();
  });

  it("estat get: a table fetched in 3 pages equals the one-page result; no appId in output", async () => {
    const env = { ESTAT_APP_ID: "testapp-SECRET" };
    const paged = await run(
      ["estat", "get", "0000000250", "--limit", "100", "--format", "json", "--base-url", estat.baseUrl],
      env,
    );
    const whole = await run(
      ["estat", "get", "0000000250", "--format", "json", "--base-url", estat.baseUrl],
      env,
    );
    expect(paged.code).toBe(0);
    expect(paged.stderr).toContain("page 3");
    const rows = JSON.parse(paged.stdout);
    expect(rows).toHaveLength(250);
    expect(rows).toEqual(JSON.parse(whole.stdout));
    expect(paged.stdout + paged.stderr).not.toContain("SECRET");
  });

  it("estat get: pages 2… parsed in worker threads give the same output, and the process ends", async () => {
    const args = [
      "estat",
      "get",
      "0000000250",
      "--limit",
      "40",
      "--format",
      "csv",
      "--base-url",
      estat.baseUrl,
    ];
    const env = { ESTAT_APP_ID: "testapp-SECRET" };
    const one = await run(args, env);
    const workers = await run(args, { ...env, SME_STATS_PAGE_WORKER: pageWorkerFile() });
    expect(workers.code).toBe(0);
    expect(workers.stderr).toContain("page 7 of 7");
    expect(workers.stdout).toBe(one.stdout);
    expect(workers.stdout.split("\n").length).toBeGreaterThan(250);
  });

  it("estat get: --cd*/--cd*From/--cd*To reach e-Stat as filters and select those rows only", async () => {
    const before = estat.requests.length;
    const r = await run(
      [
        "estat",
        "get",
        "0000000250",
        "--cdArea",
        "00001,00002",
        "--cdCat03From",
        "002",
        "--cdCat03To",
        "003",
        "--format",
        "json",
        "--labels",
        "code",
        "--base-url",
        estat.baseUrl,
      ],
      { ESTAT_APP_ID: "testapp" },
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((x) => x.area_code))).toEqual(new Set(["00001", "00002"]));
    expect(new Set(rows.map((x) => x.cat03_code))).toEqual(new Set(["002", "003"]));
    const sent = estat.requests.slice(before).filter((q) => q.path.endsWith("/getStatsData"));
    expect(sent.length).toBeGreaterThan(0);
    for (const q of sent) {
      expect(q.query.get("cdArea")).toBe("00001,00002");
      expect(q.query.get("cdCat03From")).toBe("002");
      expect(q.query.get("cdCat03To")).toBe("003");
    }
  });

  it("estat get: a page that fails once (HTTP 500) is retried and the table is complete", async () => {
    estat.setOptions({
      failures: [
        { kind: "http500", times: 1, when: { fn: "getStatsData", params: { startPosition: "101" } } },
      ],
    });
    try {
      const r = await run(
        ["estat", "get", "0000000250", "--limit", "100", "--format", "json", "--base-url", estat.baseUrl],
        { ESTAT_APP_ID: "testapp" },
      );
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/retry 1/);
      expect(JSON.parse(r.stdout)).toHaveLength(250);
    } finally {
      estat.setOptions({ failures: [] });
    }
  });

  it("estat get: STATUS 1 (no data) is an empty table with exit 0", async () => {
    const r = await run(["estat", "get", "STATUS-1", "--format", "json", "--base-url", estat.baseUrl], {
      ESTAT_APP_ID: "testapp",
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain("no data");
  });

  it("estat get: an unknown or unsupported option is a usage error before any request", async () => {
    const before = estat.requests.length;
    const typo = await run(["estat", "get", "0000000250", "--cdcat01", "A", "--base-url", estat.baseUrl], {
      ESTAT_APP_ID: "testapp",
    });
    expect(typo.code).toBe(64);
    expect(typo.stderr).toContain("unknown option --cdcat01");
    const partial = await run(
      ["estat", "get", "0000000250", "--startPosition", "101", "--base-url", estat.baseUrl],
      { ESTAT_APP_ID: "testapp" },
    );
    expect(partial.code).toBe(64);
    expect(estat.requests.length).toBe(before);
  });

  it("estat get: without an appId (and no proxy) it stops with a clear message before any request", async () => {
    const before = estat.requests.length;
    const r = await run(["estat", "get", "0000000250"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("アプリケーションID");
    expect(estat.requests.length).toBe(before);
  });

  it("estat get: behind a proxy no appId is sent (the proxy may add its own); e-Stat's refusal is reported as STATUS 100", async () => {
    const r = await run(["estat", "get", "0000000250", "--base-url", estat.baseUrl]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("アプリケーションID");
    expect(estat.requests.at(-1)?.query.has("appId")).toBe(false);
  });

  it("estat get: a rejected appId (STATUS 100, HTTP 403) exits 2 with STATUS and ERROR_MSG", async () => {
    const r = await run(["estat", "get", "0000000250", "--base-url", estat.baseUrl], {
      ESTAT_APP_ID: "invalid-id",
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("STATUS 100");
  });

  it("oecd get: wide xlsx with the data and a provenance sheet; the download is counted", async () => {
    const dir = tmp();
    const out = join(dir, "msti.xlsx");
    const r = await run(
      [
        "oecd",
        "get",
        "OECD.STI.STP,DSD_MSTI@DF_MSTI",
        "JPN+USA+DEU.A.G.PT_B1GQ.V._Z",
        "--start",
        "2015",
        "--end",
        "2020",
        "--layout",
        "wide",
        "--out",
        out,
        "--base-url",
        oecd.baseUrl,
      ],
      { SME_STATS_CONFIG_DIR: dir },
    );
    expect(r.stderr).toContain("OECD downloads this hour: 1/60");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("data")!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(["REF_AREA_code", "2015", "2020"]));
    expect(ws.rowCount).toBe(4); // header + 3 countries
    const prov = wb.getWorksheet("provenance")!;
    expect(String(prov.getRow(1).getCell(2).value)).toBe("OECD");
    expect(JSON.parse(readFileSync(join(dir, "state.json"), "utf8"))["oecd-budget"]).toBeDefined();
  });

  it("oecd get: no records is an empty table with exit 0", async () => {
    const r = await run([
      "oecd",
      "get",
      "OECD.STI.STP,DSD_MSTI@DF_MSTI",
      "JPN.A.G...",
      "--start",
      "2090",
      "--format",
      "json",
      "--base-url",
      oecd.baseUrl,
      "--no-budget",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
