// The organisation's shared cache (deploy/nginx): real nginx, started by run.sh on loopback, in front of the
// loopback fake e-Stat and OECD servers. Never skipped: without nginx the suite fails with the install command.
import { createEstatClient } from "../../src/core/stats/estat";
import { createHttpClient, type FetchLike } from "../../src/core/stats/http";
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { nginxBinary, runScript, startProxy, type RunningProxy } from "../support/nginxProxy";

jest.setTimeout(120_000);

const APP_ID = "userkey111";
const ORIGIN = "https://addin.example.go.jp";
const fetchLike = globalThis.fetch as unknown as FetchLike;
const oecdRoot = (o: OecdFake) => o.baseUrl.replace(/\/public\/rest$/, "");
const estatPath = (p: RunningProxy, q: string) => `${p.baseUrl}/estat/rest/3.0/app/json/getStatsData?${q}`;
const upstreamCalls = (f: EstatFake, id: string) =>
  f.requests.filter((r) => r.query.get("statsDataId") === id).length;

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
      createEstatClient({ http: createHttpClient({ fetch: fetchLike }), baseUrl: `${proxy.baseUrl}/estat` });
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
