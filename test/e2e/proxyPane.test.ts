// The task pane behind the organisation's nginx cache (deploy/nginx): two people in separate browser profiles
// load the same e-Stat table; the first fills the cache, the second costs e-Stat nothing and gets the same table.
import { startEstatFake, type EstatFake } from "../servers/estatFake";
import { startOecdFake, type OecdFake } from "../servers/oecdFake";
import { startProxy, type RunningProxy } from "../support/nginxProxy";
import { startHarness, type Harness } from "./harness";
import {
  lastTable,
  loadFromPreview,
  openPlayground,
  openTable,
  previewWithDefaults,
  setAppId,
  shot,
} from "./paneSteps";

jest.setTimeout(120_000);

const TABLE = "0009990001";

describe("task pane through the organisation's nginx cache", () => {
  let h: Harness;
  let estat: EstatFake;
  let oecd: OecdFake;
  let proxy: RunningProxy;
  beforeAll(async () => {
    estat = await startEstatFake({});
    estat.setTable(TABLE, { rows: 3_000, title: "生成表（プロキシ経由）" });
    oecd = await startOecdFake({});
    // the harness first: the proxy's CORS answer names the page's origin
    h = await startHarness({});
    proxy = await startProxy({
      estatUpstream: estat.baseUrl,
      oecdUpstream: oecd.baseUrl.replace(/\/public\/rest$/, ""),
      addinOrigin: new URL(h.baseUrl).origin,
    });
    h.config.estatBaseUrl = `${proxy.baseUrl}/estat`;
    h.closers.push(
      () => proxy.stop(),
      () => estat.close(),
      () => oecd.close(),
    );
  });
  afterAll(async () => h?.close());

  async function loadAs(appId: string) {
    const page = await openPlayground(h);
    await setAppId(page, appId);
    await openTable(page, TABLE);
    await previewWithDefaults(page);
    await loadFromPreview(page);
    const t = await lastTable(page);
    return { page, t };
  }

  it("the second person's load is served from the cache: same table, 0 requests to e-Stat", async () => {
    const first = await loadAs("person-one-app");
    const upstream = estat.requests.length;
    expect(upstream).toBeGreaterThan(0);
    await shot(h, first.page, "proxy-first-load");
    await first.page.close();

    const second = await loadAs("person-two-app");
    expect(estat.requests.length).toBe(upstream);
    expect(second.t.header).toEqual(first.t.header);
    expect(second.t.firstRow).toEqual(first.t.firstRow);
    expect(second.t.rect.r1 - second.t.rect.r0).toBe(first.t.rect.r1 - first.t.rect.r0);
    const log = proxy.stateFiles().find((f) => f.path.endsWith("access.log"))?.text ?? "";
    expect(log).toContain("cache=HIT");
    expect(log).not.toContain("person-two-app");
    await second.page.close();
  });
});
