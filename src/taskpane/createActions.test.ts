import { startEstatFake, type EstatFake } from "../../test/servers/estatFake";
import { startOecdFake } from "../../test/servers/oecdFake";
import { loadRequestFor, nodeFetch } from "../../test/support/paneOverFake";
import { listIndicators } from "../core/indicators";
import { FakeExcel } from "../playground/excel-fake";
import type { FetchLike } from "../core/stats/http";
import type { LoadProgress } from "./actions";
import { DEFAULT_MIN_INTERVAL_MS } from "../core/stats/http/createHttpClient";
import { createActions } from "./createActions";
import { memoryStorage } from "./tableHistory";

const APP_ID = "test-app-id-123";
const noNetwork: FetchLike = async () => {
  throw new TypeError("fetch failed (network down in this test)");
};
const never = async () => false;

describe("search status per source", () => {
  it("says the OECD download limit is reached while the offline catalogue still answers", async () => {
    const storage = memoryStorage();
    const now = Date.now();
    storage.setItem(
      "sme-toolkit.oecd:oecd-budget",
      JSON.stringify({ t: Array.from({ length: 60 }, (_, i) => now - 60_000 + i * 500) }),
    );
    const actions = createActions({ run: new FakeExcel().run, fetch: noNetwork, storage });
    const { results, sources } = await actions.search("MSTI", { sources: ["OECD"] });
    expect(results.length).toBeGreaterThan(0);
    expect(sources[0]).toMatchObject({ source: "OECD", state: "budget", count: results.length });
    expect(Date.parse(sources[0].resetAt!)).toBeGreaterThan(now);
  });
});

describe("OECD catalogue", () => {
  it("finds 中小企業 and GDP offline, and after a refresh from the live list also the flows it did not bundle", async () => {
    const oecd = await startOecdFake({});
    try {
      const storage = memoryStorage();
      const actions = createActions({
        run: new FakeExcel().run,
        fetch: (url, init) => fetch(url, init),
        storage,
        oecdBaseUrl: oecd.baseUrl,
        http: { retries: 0, minIntervalMs: 0 },
      });
      const titles = async (q: string) =>
        (await actions.search(q, { sources: ["OECD"] })).results.map((r) => r.ref.id);
      expect(await titles("中小企業")).toContain("OECD.SDD.TPS,DSD_SDBSBSC_ISIC4@DF_SDBS_ISIC4");
      expect(await titles("GDP")).toContain("OECD.SDD.NAD,DSD_NAMAIN1@DF_QNA_EXPENDITURE_USD");
      expect(await titles("greenhouse")).toEqual([]);
      const bundled = await actions.getOecdCatalogueInfo();
      expect(bundled.refreshedAt).toBeUndefined();

      const refreshed = await actions.refreshOecdCatalogue();
      expect(refreshed.count).toBeGreaterThan(bundled.count);
      expect(await actions.getOecdCatalogueInfo()).toEqual(refreshed);
      expect(await titles("greenhouse")).toEqual(["OECD.ENV.EPI,DSD_AIR_GHG@DF_AIR_GHG"]);
      expect(await titles("中小企業")).toContain("OECD.SDD.TPS,DSD_SDBSBSC_ISIC4@DF_SDBS_ISIC4");
      // a structure request: nothing counted against the hourly download budget
      expect(storage.getItem("sme-toolkit.oecd:oecd-budget")).toBeNull();
      // every bundled flow opens against the fake
      const info = await actions.openTable({ source: "OECD", id: "OECD.ELS.SAE,DSD_EARNINGS@AV_AN_WAGE" });
      expect(info.dimensions.length).toBeGreaterThan(0);
      // OECD names are English only: marked, and offered as the English labels
      expect(info.labelsEnglishOnly).toBe(true);
      expect(info.dimensions[0].codes[0].labelEn).toBe(info.dimensions[0].codes[0].label);
    } finally {
      await oecd.close();
    }
  });
});

describe("createActions with the offline pack (no network, no appId)", () => {
  it("finds, opens, previews and loads a bundled series with provenance and a stored query", async () => {
    const fake = new FakeExcel();
    const actions = createActions({ run: fake.run, fetch: noNetwork, storage: memoryStorage() });
    const first = listIndicators()[0];
    const { results, sources } = await actions.search(first.titleJa.split(/\s/)[0], {
      sources: ["offline", "e-Stat"],
    });
    expect(results.map((r) => r.ref.id)).toContain(first.id);
    // no appId: e-Stat is reported as not set up, not left out silently
    expect(sources).toEqual([
      { source: "offline", state: "ok", count: results.length },
      expect.objectContaining({ source: "e-Stat", state: "notConfigured", count: 0 }),
    ]);

    const info = await actions.openTable({ source: "offline", id: first.id });
    expect(info.status).toBeTruthy();
    const request = loadRequestFor(info);
    const preview = await actions.preview(request, 3);
    expect(preview.header).toEqual(expect.arrayContaining(["値", "単位"]));

    const result = await actions.load(
      request,
      { kind: "newSheet", sheetName: "Pack" },
      { confirmOverwrite: never },
    );
    expect(result).toMatchObject({ written: true, sheetName: "Pack", rows: info.totalRows });
    const block = fake.values("Pack!A1:B12").map((r) => r.join("|"));
    expect(block.some((r) => r.startsWith("出典 / Source|内蔵データ"))).toBe(true);
    expect(block.some((r) => r.startsWith("確認状況 / Status|"))).toBe(true);

    const tables = await actions.listTables();
    expect(tables).toEqual([
      expect.objectContaining({
        tableName: result.tableName,
        source: "offline",
        id: first.id,
        sheetName: "Pack",
      }),
    ]);
  });
});

describe("createActions against the loopback e-Stat fake", () => {
  let server: EstatFake;
  beforeAll(async () => {
    server = await startEstatFake({ appId: APP_ID });
    server.setTable("T400", {
      rows: 500,
      title: "生成表 品目×時間",
      dims: [
        { id: "cat01", name: "品目", size: 250 },
        { id: "time", name: "時間", size: 2 },
      ],
    });
  });
  afterAll(() => server.close());

  function setup() {
    const fake = new FakeExcel();
    const storage = memoryStorage();
    const actions = createActions({ run: fake.run, fetch: nodeFetch, storage, estatBaseUrl: server.baseUrl });
    return { fake, storage, actions };
  }

  it("loads a filtered table whose values equal the source, with the e-Stat credit and no appId in the workbook", async () => {
    const { fake, actions } = setup();
    await actions.saveSettings({ appId: APP_ID });
    const info = await actions.openTable({ source: "e-Stat", id: "T400" });
    const cat = info.dimensions.find((d) => d.id === "cat01")!;
    const picked = cat.codes.slice(0, 10).map((c) => c.code);
    const request = loadRequestFor(info, { filters: { cat01: picked }, labels: "code" });
    const preview = await actions.preview(request, 20);
    const before = server.requests.length;
    const progress: LoadProgress[] = [];
    const result = await actions.load(
      request,
      { kind: "newSheet", sheetName: "T400" },
      { confirmOverwrite: never, onProgress: (p) => progress.push(p) },
    );
    // The load reuses what the preview downloaded.
    expect(server.requests.length).toBe(before);
    expect(result.rows).toBe(20);
    // The workbook holds exactly what the preview showed: header and every value (blank for null).
    const written = fake.values(`T400!${result.address}`);
    expect(written[0]).toEqual(preview.header);
    expect(written.slice(1)).toEqual(preview.rows.map((r) => r.map((v) => (v === null ? "" : v))));
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(["transform", "write"]));
    const dataRequests = server.requests.filter((r) => r.path.endsWith("getStatsData"));
    expect(dataRequests.at(-1)!.query.get("cdCat01")).toBe(picked.join(","));

    const text = JSON.stringify(fake.snapshot());
    expect(text).toContain("政府統計総合窓口(e-Stat)のAPI機能を使用していますが");
    expect(text).not.toContain(APP_ID);
    const [stored] = await actions.listTables();
    expect(stored).toMatchObject({ source: "e-Stat", id: "T400", title: info.title });
  });

  it("asks before a preview that needs many e-Stat requests, with the count, and fetches nothing on no", async () => {
    const { actions } = setup();
    await actions.saveSettings({ appId: APP_ID });
    server.setTable("TWIDE", {
      rows: 100,
      title: "生成表 コードの多い表",
      dims: [
        { id: "cat01", name: "品目", size: 400 },
        { id: "time", name: "時間", size: 800 },
      ],
    });
    const info = await actions.openTable({ source: "e-Stat", id: "TWIDE" });
    const some = (id: string, n: number) =>
      info.dimensions
        .find((d) => d.id === id)!
        .codes.slice(0, n)
        .map((c) => c.code);
    // 301 and 701 codes are fetched in 100-code chunks: 4 × 8 = 32 requests, above the 16 that need a yes.
    const request = loadRequestFor(info, { filters: { cat01: some("cat01", 301), time: some("time", 701) } });
    const before = server.requests.length;
    const asked: number[] = [];
    await expect(
      actions.preview(request, 20, { confirmRequests: async (n) => (asked.push(n), false) }),
    ).rejects.toMatchObject({ code: "ESTAT_REQUESTS_DECLINED" });
    expect(asked).toEqual([32]);
    expect(server.requests.length).toBe(before);
  });

  it("spaces its e-Stat requests like the formulas do (100 ms apart by default), so a fan-out is not a burst", async () => {
    const starts: number[] = [];
    const timed: FetchLike = (url, init) => {
      if (String(url).includes("getStatsData")) starts.push(performance.now());
      return nodeFetch(url, init);
    };
    // No `http` option: the pane's defaults, as in Excel.
    const actions = createActions({
      run: new FakeExcel().run,
      fetch: timed,
      storage: memoryStorage(),
      estatBaseUrl: server.baseUrl,
    });
    await actions.saveSettings({ appId: APP_ID });
    const info = await actions.openTable({ source: "e-Stat", id: "T400" });
    const cat = info.dimensions.find((d) => d.id === "cat01")!.codes.map((c) => c.code);
    // Past the getMetaInfo's slot, so the first data request starts at once and the span below is exact.
    await new Promise((r) => setTimeout(r, 2 * DEFAULT_MIN_INTERVAL_MS));
    // 249 of 250 codes: three 100-code requests.
    await actions.preview(loadRequestFor(info, { filters: { cat01: cat.slice(1) } }), 5);
    expect(starts.length).toBeGreaterThanOrEqual(3);
    // The limiter books slot k at least k × 100 ms after the first request, which starts at once (no timer).
    // A later request may start late (a busy machine fires timers late), so one gap can be short; the span
    // from the first start can't. A lower bound only; 5 ms of slack for timer rounding.
    const span = starts.at(-1)! - starts[0];
    expect(span).toBeGreaterThanOrEqual((starts.length - 1) * DEFAULT_MIN_INTERVAL_MS - 5);
  });

  it("reports no download phase when the load reuses the preview's rows, and one when it downloads", async () => {
    const { actions } = setup();
    await actions.saveSettings({ appId: APP_ID });
    const info = await actions.openTable({ source: "e-Stat", id: "T400" });
    const cat = info.dimensions.find((d) => d.id === "cat01")!;
    const reused = loadRequestFor(info, { filters: { cat01: cat.codes.slice(0, 5).map((c) => c.code) } });
    await actions.preview(reused, 20);
    const afterPreview: LoadProgress[] = [];
    await actions.load(
      reused,
      { kind: "newSheet", sheetName: "Reused" },
      { confirmOverwrite: never, onProgress: (p) => afterPreview.push(p) },
    );
    expect(afterPreview.map((p) => p.phase)).not.toContain("fetch");
    expect(afterPreview.length).toBeGreaterThan(0);
    expect(afterPreview.every((p) => p.download === false)).toBe(true);

    const fresh = loadRequestFor(info, { filters: { cat01: cat.codes.slice(5, 9).map((c) => c.code) } });
    const downloaded: LoadProgress[] = [];
    await actions.load(
      fresh,
      { kind: "newSheet", sheetName: "Fresh" },
      { confirmOverwrite: never, onProgress: (p) => downloaded.push(p) },
    );
    expect(downloaded.map((p) => p.phase)).toContain("fetch");
    expect(downloaded.filter((p) => p.phase === "write").every((p) => p.download === true)).toBe(true);
  });

  it("refreshes a stored table after the source changed and reports what changed", async () => {
    const { fake, actions } = setup();
    await actions.saveSettings({ appId: APP_ID });
    server.setTable("T50", {
      rows: 50,
      title: "生成表 50",
      dims: [
        { id: "cat01", name: "品目", size: 25 },
        { id: "time", name: "時間", size: 2 },
      ],
    });
    const info = await actions.openTable({ source: "e-Stat", id: "T50" });
    const loaded = await actions.load(
      loadRequestFor(info, { labels: "code" }),
      { kind: "newSheet", sheetName: "T50" },
      { confirmOverwrite: never },
    );
    expect(await actions.refresh("all")).toEqual([
      expect.objectContaining({
        tableName: loaded.tableName,
        title: info.title,
        status: "unchanged",
        cellsChanged: 0,
      }),
    ]);

    server.setTable("T50", {
      rows: 50,
      seed: 7,
      title: "生成表 50",
      dims: [
        { id: "cat01", name: "品目", size: 25 },
        { id: "time", name: "時間", size: 2 },
      ],
    });
    const [report] = await actions.refresh(loaded.tableName);
    expect(report).toMatchObject({
      tableName: loaded.tableName,
      status: "updated",
      rowsAdded: 0,
      rowsRemoved: 0,
    });
    expect(report.cellsChanged).toBeGreaterThan(0);
    expect(fake.workbook.tables).toHaveLength(1);
  });

  it("inserts a chart of a loaded table", async () => {
    const { actions } = setup();
    const first = listIndicators()[0];
    const info = await actions.openTable({ source: "offline", id: first.id });
    const loaded = await actions.load(
      loadRequestFor(info, { labels: "label" }),
      { kind: "newSheet", sheetName: "Chart" },
      { confirmOverwrite: never },
    );
    const r = await actions.insertChart({ tableName: loaded.tableName, kind: "table", title: info.title });
    expect(r.chartName).toBeTruthy();
  });

  it("calculates a Go-Tech consortium through the engine", async () => {
    const { actions } = setup();
    const gotech = (await actions.listPrograms()).find((p) => p.kind === "gotech")!;
    expect(gotech.frames).toEqual(expect.arrayContaining(["通常枠"]));
    const r = await actions.calculate({
      kind: "gotech",
      programId: gotech.id,
      frame: "通常枠",
      members: [
        { name: "A社", type: "中小企業者等", costs: [30_000_000, 30_000_000], taxableIncome: 100_000_000 },
        { name: "B大学", type: "大学・公設試等", costs: [3_000_000, 3_000_000] },
      ],
    });
    // 2/3 of 30,000,000 + 3,000,000 fixed = 23,000,000 per year, under the 4,500万円 per-year cap.
    expect(r.perYear).toEqual([23_000_000, 23_000_000]);
    expect(r.total).toBe(46_000_000);
  });

  it("writes a live calculation sheet whose formulas read the labelled inputs", async () => {
    const { fake, actions } = setup();
    const [program] = (await actions.listPrograms()).filter((p) => p.kind === "grant");
    const input = {
      kind: "grant" as const,
      programId: program.id,
      eligibleCost: 10_000_000,
      applicant: { industry: "製造業", employees: 20, flags: [] },
    };
    const calc = await actions.calculate(input);
    expect(calc.total).toBeGreaterThan(0);
    expect(calc.findings.length).toBeGreaterThan(0);
    const cancel = async () => "cancel" as const;
    const r = await actions.writeCalculationSheet(input, { chooseSheet: cancel });
    expect(r).toEqual({ written: true, sheetName: "補助金計算" });
    expect(fake.cell("補助金計算!B9")?.formula).toBe("=SME.GRANT(B3,B4,B5,B6,B7)");
    expect(fake.values("補助金計算!B4")).toEqual([[10_000_000]]);
    // A second write finds content and, declined, leaves it; a new sheet keeps the first one.
    expect(await actions.writeCalculationSheet(input, { chooseSheet: cancel })).toEqual({
      written: false,
      sheetName: "補助金計算",
    });
    const newSheet = async () => "newSheet" as const;
    expect(await actions.writeCalculationSheet(input, { chooseSheet: newSheet, lang: "en" })).toEqual({
      written: true,
      sheetName: "補助金計算 (2)",
    });
    expect(fake.cell("補助金計算!B9")?.formula).toBe("=SME.GRANT(B3,B4,B5,B6,B7)");
    expect(fake.cell("'補助金計算 (2)'!A15")?.formula).toBe('=SME.GRANTCHECK(B3,B4,B5,B6,B7,,"en")');
  });

  it("cancelling a load after the download leaves the workbook as it was", async () => {
    const { fake, actions } = setup();
    await actions.saveSettings({ appId: APP_ID });
    const info = await actions.openTable({ source: "e-Stat", id: "T400" });
    const before = JSON.stringify(fake.snapshot());
    const controller = new AbortController();
    const loading = actions.load(
      loadRequestFor(info),
      { kind: "newSheet", sheetName: "X" },
      {
        confirmOverwrite: never,
        signal: controller.signal,
        onProgress: (p) => p.phase === "transform" && controller.abort(),
      },
    );
    await expect(loading).rejects.toMatchObject({ code: "EXCEL_CANCELLED" });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it("reports a bad appId as e-Stat STATUS 100, and a missing one without a request", async () => {
    const { actions } = setup();
    const statusOf = async () => (await actions.search("人口", { sources: ["e-Stat"] })).sources[0];
    const before = server.requests.length;
    expect(await statusOf()).toMatchObject({
      state: "notConfigured",
      error: expect.objectContaining({ code: "ESTAT_MISSING_APP_ID" }),
    });
    expect(server.requests.length).toBe(before);
    await actions.saveSettings({ appId: "invalid-key" });
    expect(await statusOf()).toMatchObject({
      state: "authFailed",
      error: expect.objectContaining({ code: "ESTAT_STATUS_AUTH" }),
    });
    expect(await actions.testAppId("invalid-key")).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: "ESTAT_STATUS_AUTH" }),
    });
    expect(await actions.testAppId(APP_ID)).toEqual({ ok: true });
  });

  it("still shows offline results when e-Stat cannot be reached", async () => {
    const actions = createActions({ run: new FakeExcel().run, fetch: noNetwork, storage: memoryStorage() });
    await actions.saveSettings({ appId: APP_ID });
    const term = listIndicators()[0].titleJa.split(/\s/)[0];
    const { results, sources } = await actions.search(term, { sources: ["offline", "e-Stat"] });
    expect(results.length).toBeGreaterThan(0);
    expect(sources.map((s) => s.state)).toEqual(["ok", "networkError"]);
    expect((await actions.search(term, { sources: ["e-Stat"] })).sources[0]).toMatchObject({
      state: "networkError",
      error: expect.objectContaining({ code: "NETWORK" }),
    });
  }, 30_000);

  it("keeps settings in the add-in's storage only", async () => {
    const { storage, actions } = setup();
    await actions.saveSettings({ appId: APP_ID, language: "en" });
    expect(await actions.getSettings()).toEqual({ appId: APP_ID, proxyBaseUrl: "", language: "en" });
    expect(storage.getItem("sme-toolkit.settings")).toContain(APP_ID);
  });
});
