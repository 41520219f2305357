// The fake e-Stat's getMetaInfo for the recorded real tables the playground offers: a GET_META_INFO body
// (not the recorded getStatsData body), read by the real client like e-Stat's own answer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEstatClient } from "../../src/core/stats/estat/createEstatClient";
import { createHttpClient } from "../../src/core/stats/http/createHttpClient";
import { metaInfoFromStatsData } from "../servers/estatRecordedMeta";
import { DEMO_ESTAT_TABLES, startDemoEstat } from "../servers/demoTables";
import type { EstatFake } from "../servers/estatFake";

const REAL = join(__dirname, "../../../shared/fixtures/real/estat");
const recorded = (file: string) => JSON.parse(readFileSync(join(REAL, file), "utf8"));

let fake: EstatFake;
beforeAll(async () => {
  fake = await startDemoEstat();
});
afterAll(() => fake.close());

const client = () =>
  createEstatClient({
    http: createHttpClient({ fetch: globalThis.fetch, retries: 0, rateLimit: { minIntervalMs: 0 } }),
    baseUrl: fake.baseUrl,
  });

describe("fake e-Stat getMetaInfo for recorded tables", () => {
  it.each([
    ["0003425893", "estat-getStatsData-chingin-kozo-0003425893.json"],
    ["0003005798", "estat-getStatsData-lfs-0003005798-2024-01.json"],
  ])("%s answers GET_META_INFO with the recording's TABLE_INF and CLASS_INF", async (id, file) => {
    const res = await fetch(`${fake.baseUrl}/rest/3.0/app/json/getMetaInfo?appId=demo&statsDataId=${id}`);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["GET_META_INFO"]);
    const rec = recorded(file).GET_STATS_DATA.STATISTICAL_DATA;
    expect(body.GET_META_INFO.METADATA_INF.TABLE_INF).toEqual(rec.TABLE_INF);
    expect(body.GET_META_INFO.METADATA_INF.CLASS_INF).toEqual(rec.CLASS_INF);
    expect(body.GET_META_INFO.PARAMETER.STATS_DATA_ID).toBe(id);

    const meta = await client().getMetaInfo({ appId: "demo", statsDataId: id });
    const objs = [rec.CLASS_INF.CLASS_OBJ].flat();
    expect(meta.dimensions.map((d) => d.id)).toEqual(objs.map((o: { "@id": string }) => o["@id"]));
    expect(meta.meta.title).toContain(rec.TABLE_INF.TITLE.$ ?? rec.TABLE_INF.TITLE);
  });

  it("opens every demo table's metadata through the client", async () => {
    for (const t of DEMO_ESTAT_TABLES) {
      const meta = await client().getMetaInfo({ appId: "demo", statsDataId: t.id });
      expect(meta.dimensions.length).toBeGreaterThan(0);
    }
  });

  it("finds every demo table by its search word, listed with its own TABLE_INF", async () => {
    for (const t of DEMO_ESTAT_TABLES) {
      const list = await client().getStatsList({ appId: "demo", searchWord: t.searchWord, limit: 50 });
      expect(list.tables.map((x) => x.id)).toContain(t.id);
    }
    const list = await client().getStatsList({ appId: "demo", searchWord: "賃金構造", limit: 50 });
    expect(list.tables.find((x) => x.id === "0003425893")?.statName).toBe("賃金構造基本統計調査");
  });

  it("derives nothing from a body without CLASS_INF", () => {
    expect(metaInfoFromStatsData({ GET_STATS_DATA: { STATISTICAL_DATA: { TABLE_INF: {} } } })).toBeNull();
  });
});
