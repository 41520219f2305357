// Issue 13 (CLI): write failures (H1), exit codes, config.json errors (L4), files that are not a
// getStatsData response (L7) and secrets in messages (M4/L3). Each test runs the real CLI in a child process.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { startLoopbackServer, type LoopbackServer } from "../servers/common";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { readAsExcel } from "../support/excelDelimitedModel";
import { runCli } from "../support/runCli";

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, "../..");
const REAL = resolve(ROOT, "../shared/fixtures/real/estat");
const GOOD = join(REAL, "estat-getStatsData-lfs-0003005798-2024-01.json");

const tmp = () => mkdtempSync(join(tmpdir(), "sme-stats-safety-"));
const run = runCli;

describe("H1: write failures are errors that name the path; nothing half-written is left", () => {
  const dir = tmp();
  const aFile = join(dir, "plain.txt");
  writeFileSync(aFile, "x");
  const cases: [string, string, RegExp][] = [
    ["ENOENT", join(dir, "missing-folder/out"), /フォルダーがありません|folder does not exist/],
    ["ENOTDIR", join(aFile, "out"), /フォルダーではありません|not a folder/],
    ["EISDIR", join(dir, "a-folder"), /フォルダーです|is a folder/],
    ["ENOSPC", "/dev/full", /空き容量|no space/i],
  ];
  mkdirSync(join(dir, "a-folder"));
  for (const format of ["csv", "tsv", "json", "xlsx"]) {
    for (const [errno, base, text] of cases) {
      it(`${format} → ${errno}: exit 1, message names the path (ja/en)`, async () => {
        const out = base === "/dev/full" || errno === "EISDIR" ? base : `${base}.${format}`;
        const r = await run(["estat", "parse", GOOD, "--format", format, "--out", out]);
        expect({ code: r.code, rows: /rows →/.test(r.stderr) }).toEqual({ code: 1, rows: false });
        expect(r.stderr).toContain(out);
        expect(r.stderr).toMatch(text);
        expect(r.stderr).toMatch(/書き込めませんでした.* \/ .*could not be written/s);
        expect(r.stdout).toBe("");
        expect(readdirSync(join(dir, "a-folder"))).toEqual([]);
        expect(readdirSync(dir).sort()).toEqual(["a-folder", "plain.txt"]);
      });
    }
  }

  it("a successful write still reports the rows and leaves exactly the target file", async () => {
    const d = tmp();
    const out = join(d, "ok.csv");
    const r = await run(["estat", "parse", GOOD, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\d+ rows → /);
    expect(readdirSync(d)).toEqual(["ok.csv"]);
  });
});

describe("M3: CSV and TSV output as Excel reads it", () => {
  it.each(["csv", "tsv"])(
    "%s: labels that try to start a formula stay text; numbers stay numbers",
    async (format) => {
      const dir = tmp();
      const file = join(dir, "evil.csv");
      // SDMX-CSV whose reference-area label is a quoted HYPERLINK formula, as in the review
      writeFileSync(
        file,
        "DATAFLOW,REF_AREA,Reference area,TIME_PERIOD,OBS_VALUE\n" +
          'X:F(1.0),JPN,"""=HYPERLINK(""""http://x"""",""""y"""")""",2020,1.5\n' +
          'X:F(1.0),USA,"＝1+1",2020,-2\n' +
          'X:F(1.0),DEU,"a\tb",2020,3\n',
      );
      const r = await run(["oecd", "parse", file, "--format", format]);
      expect(r.code).toBe(0);
      const cells = readAsExcel(r.stdout, format === "tsv" ? "\t" : ",");
      const widths = new Set(cells.map((c) => c.length));
      expect(widths.size).toBe(1);
      expect(cells.flat().filter((c) => c.kind === "formula")).toEqual([]);
      expect(
        cells
          .flat()
          .filter((c) => c.kind === "number")
          .map((c) => (c.kind === "number" ? c.value : 0)),
      ).toEqual(expect.arrayContaining([1.5, -2, 3]));
    },
  );
});

describe("L4: a malformed config.json names the line and shows none of its content", () => {
  it("reports config.json is not valid JSON (line N) in ja/en, exit 1, no appId text", async () => {
    const d = tmp();
    writeFileSync(
      join(d, "config.json"),
      '{\n  "oecdBaseUrl": "http://x",\n  "estatAppId": abcSECRET123\n}\n',
    );
    const r = await run(["estat", "get", "0003005798", "--base-url", "http://127.0.0.1:9"], {
      SME_STATS_CONFIG_DIR: d,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("config.json");
    expect(r.stderr).toMatch(/3 行目/);
    expect(r.stderr).toMatch(/not valid JSON \(line 3\)/);
    expect(r.stderr).not.toMatch(/SECRET|abc|oecdBaseUrl|http:\/\/x/);
  });
});

describe("L7: estat parse names the file and what it is", () => {
  const d = tmp();
  const file = (name: string, text: string) => {
    const p = join(d, name);
    writeFileSync(p, text);
    return p;
  };
  const cases: [string, string, RegExp][] = [
    [file("zero.json", ""), "0-byte", /空です|is empty/],
    [file("blank.json", "  \n\t\n"), "whitespace", /空です|is empty/],
    [file("null.json", "null"), "null", /null/],
    [
      file("page.xml", "<html><body>Not Found</body></html>"),
      "XML/HTML",
      /e-Stat の応答ではありません|not an e-Stat response/,
    ],
    [
      join(REAL, "estat-getStatsList-kokusei-danjo-limit40-nextkey.json"),
      "getStatsList JSON",
      /getStatsList の応答です。getStatsData を渡してください/,
    ],
    [
      join(REAL, "estat-getStatsList-kikai-juchu-limit2-nextkey.xml"),
      "getStatsList XML",
      /getStatsList response; pass a getStatsData/,
    ],
    [
      join(REAL, "estat-getMetaInfo-cpi2025-0004052037-trimmed.json"),
      "getMetaInfo JSON",
      /getMetaInfo の応答です。getStatsData を渡してください/,
    ],
    [join(REAL, "estat-getMetaInfo-qe-gdp-0003109741.xml"), "getMetaInfo XML", /getMetaInfo response/],
  ];
  for (const [path, what, text] of cases) {
    it(`${what}: exit 1 and the message names the file`, async () => {
      const r = await run(["estat", "parse", path, "--format", "json"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(path);
      expect(r.stderr).toMatch(text);
      expect(r.stdout).toBe("");
    });
  }

  it("malformed JSON: file, line and column in ja/en, not V8's text", async () => {
    const p = file("broken.json", '{\n  "GET_STATS_DATA": {\n    "RESULT": { "STATUS": 0, }\n');
    const r = await run(["estat", "parse", p]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(p);
    expect(r.stderr).toMatch(/3 行 30 列/);
    expect(r.stderr).toMatch(/line 3, column 30/);
    expect(r.stderr).not.toMatch(/Unexpected token|Expected .* after|in JSON at position|"STATUS"/);
  });

  it("malformed JSON inside VALUE (read from the text, issue 15): the same file, line and column", async () => {
    const good = readFileSync(GOOD, "utf8");
    const at = good.indexOf('"VALUE"');
    const bad = good.slice(0, at) + good.slice(at).replace(/\},\s*\{/, "},\n  x{");
    const p = file("broken-value.json", bad);
    const line = bad.slice(0, bad.indexOf("x{")).split("\n").length;
    const r = await run(["estat", "parse", p, "--layout", "wide"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(p);
    expect(r.stderr).toMatch(new RegExp(`line ${line}, column 3\\b`));
    expect(r.stdout).toBe("");
  });

  it("a second file that is a getMetaInfo body is named, not the first", async () => {
    const meta = join(REAL, "estat-getMetaInfo-cpi2025-0004052037-trimmed.json");
    const r = await run(["estat", "parse", GOOD, meta]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(meta);
    expect(r.stderr).not.toContain(GOOD);
  });
});

describe("CLI exit codes (the README table)", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  it("the README lists 0, 1, 2 and 64", () => {
    for (const code of ["0", "1", "2", "64"]) expect(readme).toMatch(new RegExp(`^\\| *${code} *\\|`, "m"));
  });
  it("0: success", async () => {
    expect((await run(["estat", "parse", GOOD, "--format", "json"])).code).toBe(0);
  });
  it("1: error (missing input file, unwritable output, bad file)", async () => {
    expect((await run(["estat", "parse", "/nonexistent/in.json"])).code).toBe(1);
    expect((await run(["estat", "parse", GOOD, "--out", "/nonexistent/out.csv"])).code).toBe(1);
    expect((await run(["estat", "parse", GOOD, "--out", "/dev/full"])).code).toBe(1);
  });
  it("2: e-Stat STATUS ≥ 100", async () => {
    expect(
      (await run(["estat", "parse", join(REAL, "estat-error-status100-getStatsList-SEMIREAL.json")])).code,
    ).toBe(2);
  });
  it("64: usage (unknown command, bad option value, missing argument)", async () => {
    expect((await run(["estat", "frobnicate"])).code).toBe(64);
    expect((await run(["estat", "parse", GOOD, "--format", "pdf"])).code).toBe(64);
    expect((await run(["estat", "parse"])).code).toBe(64);
    expect((await run([])).code).toBe(64);
  });
});

describe("M4/L3: no appId, proxy password or secret path part in any message or provenance", () => {
  const APP = "appSECRETid42";
  const TOKEN = "tok3nSECRETpath";
  let estat: EstatFake;
  let proxy: LoopbackServer;
  let authSeen: string[] = [];
  let failNext = 0;
  beforeAll(async () => {
    estat = await startEstatFake({});
    estat.setTable("0000000040", { rows: 40, id: "0000000040" });
    // A proxy that echoes the URL it received (appId included) in every error it sends.
    proxy = await startLoopbackServer(async (req, res, rec) => {
      authSeen.push(String(req.headers.authorization ?? ""));
      const echo = `proxy got ${rec.url}`;
      if (!rec.path.startsWith(`/${TOKEN}/`)) {
        res.writeHead(404).end(echo);
        return;
      }
      const fn = rec.path.split("/").pop() ?? "";
      if (fn === "getStatsList" || fn === "getMetaInfo") {
        const root = fn === "getStatsList" ? "GET_STATS_LIST" : "GET_META_INFO";
        res.writeHead(403, { "content-type": "application/json" });
        res.end(JSON.stringify({ [root]: { RESULT: { STATUS: 100, ERROR_MSG: echo } } }));
        return;
      }
      if (failNext > 0) {
        failNext--;
        res.writeHead(502, { "content-type": "text/plain" }).end(echo);
        return;
      }
      const upstream = await fetch(estat.baseUrl + rec.url.slice(TOKEN.length + 1));
      res.writeHead(upstream.status, { "content-type": "application/json" });
      res.end(await upstream.text());
    });
  });
  afterAll(async () => {
    await proxy.close();
    await estat.close();
  });

  const base = () => proxy.baseUrl.replace("http://", "http://proxyuser:pAssW0rdXyz@") + `/${TOKEN}`;
  const config = () => {
    const d = tmp();
    writeFileSync(join(d, "config.json"), JSON.stringify({ estatAppId: APP, secretPathParts: [TOKEN] }));
    return d;
  };
  const clean = (s: string) => {
    expect(s).not.toContain(APP);
    expect(s).not.toContain(TOKEN);
    expect(s).not.toContain("pAssW0rdXyz");
    expect(s).not.toContain("proxyuser");
  };

  it("estat search: ERROR_MSG echoing the URL is scrubbed (exit 2)", async () => {
    const r = await run(["estat", "search", "賃金", "--base-url", base()], {
      SME_STATS_CONFIG_DIR: config(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("proxy got");
    clean(r.stderr + r.stdout);
  });

  it("estat meta: ERROR_MSG echoing the URL is scrubbed (exit 2)", async () => {
    const r = await run(["estat", "meta", "0000000040", "--base-url", base()], {
      SME_STATS_CONFIG_DIR: config(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("proxy got");
    clean(r.stderr + r.stdout);
  });

  it("estat get: retry lines and the xlsx provenance are scrubbed; the proxy got Basic auth", async () => {
    failNext = 1;
    authSeen = [];
    const d = tmp();
    const out = join(d, "t.xlsx");
    const r = await run(["estat", "get", "0000000040", "--base-url", base(), "--out", out], {
      SME_STATS_CONFIG_DIR: config(),
    });
    expect(r.stderr).toMatch(/retry 1/);
    expect(r.code).toBe(0);
    clean(r.stderr + r.stdout);
    expect(authSeen).toContain(`Basic ${Buffer.from("proxyuser:pAssW0rdXyz").toString("base64")}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const prov: string[] = [];
    wb.getWorksheet("provenance")!.eachRow((row) => prov.push(String(row.values)));
    expect(prov.join("\n")).toContain("getStatsData");
    clean(prov.join("\n"));
  });

  it("a network failure through a credentialed URL names neither password nor appId", async () => {
    const dead = "http://proxyuser:pAssW0rdXyz@127.0.0.1:9/" + TOKEN;
    const r = await run(["estat", "search", "x", "--base-url", dead], { SME_STATS_CONFIG_DIR: config() });
    expect(r.code).toBe(1);
    clean(r.stderr);
  });
});
