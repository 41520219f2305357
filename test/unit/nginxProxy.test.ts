// The organisation's shared cache (deploy/nginx): real nginx, started by run.sh on loopback, in front of the
// loopback fake e-Stat and OECD servers. Never skipped: without nginx the suite fails with the install command.
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeError } from "../../src/core/errors/messages";
import { createEstatClient } from "../../src/core/stats/estat";
import { createOecdClient } from "../../src/core/stats/oecd";
import { createHttpClient, type FetchLike } from "../../src/core/stats/http";
import { configureDataFunctions, estatValueFn, oecdFn, resetDataFunctions } from "../../src/functions/data";
import { writeStoredSettings } from "../../src/functions/data/settings";
import { generateStatsData, startEstatFake, type EstatFake } from "../servers/estatFake";
import { invocationAt, MemoryLocalStorage, settle } from "./dataTestKit";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { provenanceRows, STALE_CACHE_NOTE } from "../../src/taskpane/real/provenance";
import { runCli } from "../support/runCli";
import { nginxBinary, runScript, startProxy, type RunningProxy } from "../support/nginxProxy";

jest.setTimeout(120_000);

const APP_ID = "userkey111";
const ORIGIN = "https://addin.example.go.jp";
const fetchLike = globalThis.fetch as unknown as FetchLike;
const oecdRoot = (o: OecdFake) => o.baseUrl.replace(/\/public\/rest$/, "");
const estatPath = (p: RunningProxy, q: string) => `${p.baseUrl}/estat/rest/3.0/app/json/getStatsData?${q}`;
const upstreamCalls = (f: EstatFake, id: string) =>
  f.requests.filter((r) => r.query.get("statsDataId") === id).length;

/** The CLI from source, as a person with an empty local cache and no appId of their own. */
const cli = runCli;

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe("deploy/nginx/run.sh", () => {
  it("fails with the install command when nginx is missing", async () => {
    const r = await runScript(["start"], { NGINX_BIN: "/nonexistent/nginx", ADDIN_ORIGIN: ORIGIN });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("apt-get install -y nginx");
  });

  it.each([
    [{ PROXY_PORT: "80a" }, "PROXY_PORT"],
    [{ PROXY_PORT: "70000" }, "PROXY_PORT"],
    [{ CACHE_TTL: "one day" }, "CACHE_TTL"],
    [{ ESTAT_UPSTREAM: "https://api.e-stat.go.jp/rest" }, "ESTAT_UPSTREAM"],
    [{ OECD_RATE: "60/h" }, "OECD_RATE"],
    [{ ADDIN_ORIGIN: "" }, "ADDIN_ORIGIN"],
    [{ ADDIN_ORIGIN: "https://addin.example.go.jp/sme/" }, "ADDIN_ORIGIN"],
    [{ ESTAT_APP_ID_FILE: "/nonexistent/appid" }, "ESTAT_APP_ID_FILE"],
    [{ ADDIN_DIST: "/tmp" }, "ADDIN_DIST"],
  ])("refuses a wrong variable with a message naming it: %j", async (bad, name) => {
    const r = await runScript(["start"], {
      NGINX_BIN: nginxBinary(),
      ADDIN_ORIGIN: ORIGIN,
      PROXY_STATE_DIR: "/tmp/sme-nginx-refused",
      ...bad,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(name);
  });
});

describe("shared cache in front of e-Stat (client appIds pass through)", () => {
  let estat: EstatFake;
  let oecd: OecdFake;
  let proxy: RunningProxy;
  beforeAll(async () => {
    estat = await startEstatFake({ latencyMs: 50 });
    oecd = await startOecdFake({ fail: { count: 2, status: 429, match: /dataflow\/all/ } });
    proxy = await startProxy({ estatUpstream: estat.baseUrl, oecdUpstream: oecdRoot(oecd) });
  });
  afterAll(async () => {
    await proxy?.stop();
    await estat?.close();
    await oecd?.close();
  });

  it("serves the second person from the cache: MISS, then HIT with another appId and 0 upstream requests", async () => {
    const a = await get(estatPath(proxy, `appId=${APP_ID}&statsDataId=0003425893&lang=J`));
    expect([a.status, a.headers.get("x-cache-status")]).toEqual([200, "MISS"]);
    const before = upstreamCalls(estat, "0003425893");
    const b = await get(estatPath(proxy, `appId=otherperson2&statsDataId=0003425893&lang=J`));
    expect([b.status, b.headers.get("x-cache-status")]).toEqual([200, "HIT"]);
    expect(b.text).toBe(a.text);
    expect(upstreamCalls(estat, "0003425893")).toBe(before);
    expect(b.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(b.headers.get("access-control-expose-headers")).toContain("X-Cache-Status");
  });

  it("passes a wrong appId's STATUS 100 through and never caches it", async () => {
    const q = "appId=invalidkey&statsDataId=0003005798&lang=J";
    const first = await get(estatPath(proxy, q));
    const second = await get(estatPath(proxy, q));
    expect(first.status).toBe(403);
    expect(JSON.parse(second.text).GET_STATS_DATA.RESULT.STATUS).toBe(100);
    expect([first.headers.get("x-cache-status"), second.headers.get("x-cache-status")]).toEqual([
      "MISS",
      "MISS",
    ]);
    expect(upstreamCalls(estat, "0003005798")).toBe(2);
  });

  it("turns 100 simultaneous misses for one URL into one upstream request (cache lock)", async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => get(estatPath(proxy, `appId=person${i}&statsDataId=GEN-2000`))),
    );
    expect(answers.every((a) => a.status === 200 && a.text === answers[0].text)).toBe(true);
    expect(upstreamCalls(estat, "GEN-2000")).toBe(1);
  });

  it("loads a 250,000-row paged table whole through the proxy, then again from the cache alone", async () => {
    const client = () =>
      createEstatClient({
        http: createHttpClient({ fetch: fetchLike }),
        baseUrl: `${proxy.baseUrl}/estat`,
      });
    const first = await client().getStatsData({ appId: APP_ID, statsDataId: "GEN-250000" });
    expect(first.table.rowCount).toBe(250_000);
    const upstream = upstreamCalls(estat, "GEN-250000");
    const second = await client().getStatsData({ appId: "anotheruser9", statsDataId: "GEN-250000" });
    expect(second.table.rowCount).toBe(250_000);
    expect(upstreamCalls(estat, "GEN-250000")).toBe(upstream);
  });

  it("keeps OECD answers per Accept header and never caches an upstream 429", async () => {
    const flow = `${proxy.baseUrl}/oecd/public/rest/data/OECD.STI.STP,DSD_MSTI@DF_MSTI,/all`;
    const csv = { accept: "application/vnd.sdmx.data+csv; charset=utf-8" };
    const json = { accept: "application/vnd.sdmx.data+json; charset=utf-8; version=2" };
    expect((await get(flow, csv)).headers.get("x-cache-status")).toBe("MISS");
    expect((await get(flow, csv)).headers.get("x-cache-status")).toBe("HIT");
    const j = await get(flow, json);
    expect(j.headers.get("x-cache-status")).toBe("MISS");
    expect(j.text.trimStart().startsWith("{")).toBe(true);
    const limited = `${proxy.baseUrl}/oecd/public/rest/dataflow/all`;
    const l1 = await get(limited);
    const l2 = await get(limited);
    expect([l1.status, l2.status]).toEqual([429, 429]);
    expect(l2.headers.get("x-cache-status")).toBe("MISS");
  });

  it("writes no appId into its logs or cache files", async () => {
    await get(estatPath(proxy, `appId=${APP_ID}&statsDataId=0003425893&lang=E`));
    const files = proxy.stateFiles().filter((f) => /\/(logs|cache)\//.test(f.path));
    expect(files.some((f) => f.path.endsWith("access.log"))).toBe(true);
    expect(files.filter((f) => f.path.includes("/cache/")).length).toBeGreaterThan(0);
    for (const secret of [APP_ID, "otherperson2", "invalidkey", "person7", "anotheruser9", "appId="]) {
      expect(files.filter((f) => f.text.includes(secret)).map((f) => f.path)).toEqual([]);
    }
  });
});

describe("organisation appId held by the proxy (ESTAT_APP_ID_FILE)", () => {
  const ORG_KEY = "orgKey20261207";
  let estat: EstatFake;
  let oecd: OecdFake;
  let proxy: RunningProxy;
  beforeAll(async () => {
    estat = await startEstatFake({ appId: ORG_KEY });
    oecd = await startOecdFake({});
    const dir = mkdtempSync(join(tmpdir(), "sme-appid-"));
    writeFileSync(join(dir, "estat-appid"), `${ORG_KEY}\n`);
    proxy = await startProxy({
      estatUpstream: estat.baseUrl,
      oecdUpstream: oecdRoot(oecd),
      env: { ESTAT_APP_ID_FILE: join(dir, "estat-appid") },
    });
  });
  afterAll(async () => {
    await proxy?.stop();
    await estat?.close();
    await oecd?.close();
  });

  it("loads for a client that sends no appId, and replaces one a client does send", async () => {
    const client = createEstatClient({
      http: createHttpClient({ fetch: fetchLike }),
      baseUrl: `${proxy.baseUrl}/estat`,
      appIdOptional: true,
    });
    const none = await client.getStatsData({ appId: "", statsDataId: "0003425893" });
    expect(none.table.rowCount).toBeGreaterThan(0);
    const wrong = await get(estatPath(proxy, "appId=invalidclientkey&statsDataId=0003005798"));
    expect(wrong.status).toBe(200);
    expect(wrong.headers.get("x-sme-proxy-appid")).toBe("server");
    const sent = estat.requests.map((r) => r.query.getAll("appId"));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((ids) => ids.length === 1 && ids[0] === ORG_KEY)).toBe(true);
  });

  it("still needs an appId when the client talks to e-Stat itself", async () => {
    const client = createEstatClient({ http: createHttpClient({ fetch: fetchLike }) });
    await expect(client.getStatsData({ appId: "", statsDataId: "0003425893" })).rejects.toMatchObject({
      code: "ESTAT_MISSING_APP_ID",
    });
  });

  it("CLI: `estat get --base-url <proxy>/estat` works without ESTAT_APP_ID; a second person is served from the cache", async () => {
    const args = ["estat", "get", "0003005798", "--base-url", `${proxy.baseUrl}/estat`, "--format", "csv"];
    const first = await cli(args);
    expect([first.code, first.stderr]).toEqual([0, expect.any(String)]);
    const upstream = upstreamCalls(estat, "0003005798");
    const second = await cli(args);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout.split("\n").length).toBeGreaterThan(2);
    expect(upstreamCalls(estat, "0003005798")).toBe(upstream);
  });

  it("keeps the organisation's appId out of logs, cache files and responses", async () => {
    const files = proxy.stateFiles().filter((f) => /\/(logs|cache)\//.test(f.path));
    expect(files.filter((f) => f.text.includes(ORG_KEY)).map((f) => f.path)).toEqual([]);
    const r = await get(estatPath(proxy, "statsDataId=0003425893"));
    expect(r.text).not.toContain(ORG_KEY);
    expect(JSON.stringify([...r.headers])).not.toContain(ORG_KEY);
  });
});

describe("when e-Stat is down or the organisation's limit is reached", () => {
  it("serves the last copy marked STALE, and the load's provenance says it came from the cache", async () => {
    const estat = await startEstatFake({});
    const oecd = await startOecdFake({});
    const proxy = await startProxy({
      estatUpstream: estat.baseUrl,
      oecdUpstream: oecdRoot(oecd),
      env: { CACHE_TTL: "1s" },
    });
    try {
      const client = createEstatClient({
        http: createHttpClient({ fetch: fetchLike, retries: 0 }),
        baseUrl: `${proxy.baseUrl}/estat`,
      });
      const fresh = await client.getStatsData({ appId: APP_ID, statsDataId: "0003425893" });
      expect(fresh.table.meta.staleCache).toBeUndefined();
      const oecdClient = createOecdClient({
        http: createHttpClient({ fetch: fetchLike, retries: 0 }),
        baseUrl: `${proxy.baseUrl}/oecd/public/rest`,
        retries: 0,
      });
      const msti = { flow: "OECD.STI.STP,DSD_MSTI@DF_MSTI", key: "JPN.A.G.PT_B1GQ.V._Z" };
      const oecdFresh = await oecdClient.getData(msti);
      expect(oecdFresh.meta.staleCache).toBeUndefined();
      // nginx keeps validity in whole seconds: wait past the next second boundary
      await new Promise((r) => setTimeout(r, 2500));
      await estat.close();
      await oecd.close();
      // OECD too: a table the proxy served from its old copy says so in its provenance (it did not).
      const oecdStale = await oecdClient.getData(msti);
      expect(oecdStale.rowCount).toBe(oecdFresh.rowCount);
      expect(oecdStale.meta.staleCache).toBe(true);
      const stale = await client.getStatsData({ appId: APP_ID, statsDataId: "0003425893" });
      expect(stale.table.rowCount).toBe(fresh.table.rowCount);
      expect(stale.table.meta.staleCache).toBe(true);
      const rows = provenanceRows(stale.table.meta, "statsDataId=0003425893", "2026-12-07T00:00:00Z");
      expect(rows).toContainEqual(["取得元 / Served by", STALE_CACHE_NOTE]);
      expect(proxy.stateFiles().find((f) => f.path.endsWith("access.log"))?.text).toContain("cache=STALE");
    } finally {
      await proxy.stop();
      await oecd.close().catch(() => undefined);
    }
  });

  it("answers over the upstream limit with 429 that the client reports as 組織の上限に達しました", async () => {
    const estat = await startEstatFake({});
    const oecd = await startOecdFake({});
    const proxy = await startProxy({
      estatUpstream: estat.baseUrl,
      oecdUpstream: oecdRoot(oecd),
      env: { ESTAT_RATE: "1r/m", ESTAT_BURST: "0" },
    });
    try {
      const client = createEstatClient({
        http: createHttpClient({ fetch: fetchLike }),
        baseUrl: `${proxy.baseUrl}/estat`,
      });
      await client.getStatsData({ appId: APP_ID, statsDataId: "0003425893" });
      const err = await client
        .getStatsData({ appId: APP_ID, statsDataId: "0003005798" })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "PROXY_RATE_LIMIT" });
      expect(describeError(err, "ja")).toContain("組織の上限に達しました");
      expect(describeError(err, "en")).toContain("organisation limit");
      // the cached table is still served: hits do not count against the limit
      const again = await client.getStatsData({ appId: "someone", statsDataId: "0003425893" });
      expect(again.table.rowCount).toBeGreaterThan(0);
    } finally {
      await proxy.stop();
      await estat.close();
      await oecd.close();
    }
  });
});

describe("serving the add-in's files (ADDIN_DIST)", () => {
  it("sends the page's CSP as a header, no-cache for HTML, manifest and metadata, a year for hashed chunks", async () => {
    const dist = mkdtempSync(join(tmpdir(), "sme-dist-"));
    chmodSync(dist, 0o755); // nginx's workers (nobody when started as root) read it
    const csp = "default-src 'self'; connect-src 'self' https://api.e-stat.go.jp";
    writeFileSync(
      join(dist, "taskpane.html"),
      // as the production build writes it: minified (no quotes around http-equiv's value), one line
      `<!doctype html><html lang=ja><head><meta charset=UTF-8><meta http-equiv=Content-Security-Policy content="${csp}"><meta name=sme-proxy-origins content><style>.a{color:red}</style></head><body><div id="root" inert>ok</div></body></html>`,
    );
    writeFileSync(join(dist, "functions.json"), "{}");
    writeFileSync(join(dist, "manifest.xml"), "<OfficeApp/>");
    writeFileSync(join(dist, "123.0a1b2c3d.js"), "console.log(1)");
    const proxy = await startProxy({
      estatUpstream: "http://127.0.0.1:9",
      oecdUpstream: "http://127.0.0.1:9",
      env: { ADDIN_DIST: dist },
    });
    try {
      const page = await get(`${proxy.baseUrl}/taskpane.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toBe(csp);
      expect(page.headers.get("x-content-type-options")).toBe("nosniff");
      expect(page.headers.get("x-frame-options")).toBeNull();
      for (const f of ["taskpane.html", "functions.json", "manifest.xml"])
        expect((await get(`${proxy.baseUrl}/${f}`)).headers.get("cache-control")).toBe("no-cache");
      const chunk = await get(`${proxy.baseUrl}/123.0a1b2c3d.js`);
      expect(chunk.headers.get("cache-control")).toContain("max-age=31536000");
      expect(chunk.headers.get("content-type")).toContain("javascript");
      expect((await get(`${proxy.baseUrl}/../../etc/passwd`)).status).not.toBe(200);
    } finally {
      await proxy.stop();
    }
  });
});

describe("the data formulas through the proxy chosen in Settings (bare origin → /estat and /oecd)", () => {
  const FLOW = "OECD.STI.STP,DSD_MSTI@DF_MSTI";
  const DIMS = [
    { id: "cat01", name: "産業", size: 5 },
    { id: "time", name: "時間軸（年次）", size: 4 },
  ];
  const TABLE = generateStatsData({ rows: 20, id: "PX1", dims: DIMS });
  let estat: EstatFake;
  let oecd: OecdFake;
  let proxy: RunningProxy;
  beforeAll(async () => {
    estat = await startEstatFake({ appId: "orgonlykey1" });
    estat.setTable("PX1", { rows: 20, dims: DIMS });
    oecd = await startOecdFake({});
    const dir = mkdtempSync(join(tmpdir(), "sme-appid-"));
    writeFileSync(join(dir, "estat-appid"), "orgonlykey1");
    proxy = await startProxy({
      estatUpstream: estat.baseUrl,
      oecdUpstream: oecdRoot(oecd),
      env: { ESTAT_APP_ID_FILE: join(dir, "estat-appid") },
    });
  });
  afterAll(async () => {
    resetDataFunctions();
    await proxy?.stop();
    await estat?.close();
    await oecd?.close();
  });

  /** A person with an empty local cache and no appId of their own, the proxy chosen in Settings. */
  function newPerson() {
    resetDataFunctions();
    const storage = new MemoryLocalStorage();
    writeStoredSettings(storage, { appId: "", proxyBaseUrl: proxy.baseUrl });
    configureDataFunctions({
      storage,
      jsonp: null,
      http: { timeoutMs: 10_000, retries: 0, backoffBaseMs: 1, minIntervalMs: 0 },
      recalculate: () => undefined,
      now: Date.now,
    });
  }
  const cell = () =>
    settle(
      estatValueFn(
        [["PX1"]],
        [[[`cat01=${TABLE.codeOf(0, 2)}`]], [[`time=${TABLE.codeOf(1, 1)}`]]],
        invocationAt("Sheet1!B2") as never,
      ),
    );

  it("SME.ESTATVALUE and SME.OECD work with no appId; a second person costs the upstreams nothing", async () => {
    newPerson();
    const first = await cell();
    expect([typeof first, first]).toEqual(["number", first]);
    const flows = await settle(oecdFn([[FLOW]], [["JPN+USA.A.G.PT_B1GQ.."]], [[2015]], [[2020]]));
    expect(Array.isArray(flows)).toBe(true);
    const [e, o] = [estat.requests.length, oecd.requests.length];
    expect(e).toBeGreaterThan(0);
    expect(o).toBeGreaterThan(0);

    newPerson();
    expect(await cell()).toBe(first);
    expect(await settle(oecdFn([[FLOW]], [["JPN+USA.A.G.PT_B1GQ.."]], [[2015]], [[2020]]))).toEqual(flows);
    expect([estat.requests.length, oecd.requests.length]).toEqual([e, o]);
  });
});
