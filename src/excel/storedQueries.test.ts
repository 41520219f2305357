import { FakeExcel } from "../playground/excel-fake";
import {
  STORED_QUERIES_NAMESPACE,
  listStoredQueries,
  parseStoredQueries,
  removeStoredQuery,
  saveStoredQuery,
  serializeStoredQueries,
} from "./storedQueries";
import type { StoredQuery } from "./types";

const q = (tableName: string, extra: Partial<StoredQuery> = {}): StoredQuery => ({
  tableName,
  sheet: "統計",
  source: "e-Stat",
  title: "賃金構造 <基本> & 統計",
  query: { statsDataId: "0003411234", cdCat01: ["A", "B"] },
  loadedAt: "2026-11-25T10:00:00Z",
  ...extra,
});

describe("stored queries", () => {
  it("saves, lists, replaces and removes entries in one custom XML part", async () => {
    const fake = new FakeExcel();
    await saveStoredQuery(fake.run, q("T1"));
    await saveStoredQuery(fake.run, q("T2"));
    await saveStoredQuery(fake.run, q("t1", { sourceUpdated: "2026-10-01" }));
    expect((await listStoredQueries(fake.run)).map((x) => [x.tableName, x.sourceUpdated])).toEqual([
      ["T2", undefined],
      ["t1", "2026-10-01"],
    ]);
    expect(fake.workbook.customXmlParts).toHaveLength(1);
    expect(fake.workbook.customXmlParts[0].namespaceUri).toBe(STORED_QUERIES_NAMESPACE);
    expect(await removeStoredQuery(fake.run, "T2")).toBe(true);
    expect(await removeStoredQuery(fake.run, "nope")).toBe(false);
    expect((await listStoredQueries(fake.run)).map((x) => x.tableName)).toEqual(["t1"]);
  });

  it("never lets an appId reach the workbook, wherever it hides in the query", async () => {
    const fake = new FakeExcel();
    const secret = "abc123SECRETxyz";
    await saveStoredQuery(
      fake.run,
      q("T1", {
        query: {
          appId: secret,
          nested: { APP_ID: secret, list: [{ applicationId: secret }] },
          url: `https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?statsDataId=1&appId=${secret}&lang=J`,
          text: `appId=${secret}`,
        },
      }),
    );
    expect(JSON.stringify(fake.snapshot())).not.toContain(secret);
    const [stored] = await listStoredQueries(fake.run);
    expect(stored.query).toEqual({
      nested: { list: [{}] },
      url: "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?statsDataId=1&lang=J",
      text: "",
    });
  });

  it("round-trips text that needs XML escaping and skips entries it cannot read", () => {
    const xml = serializeStoredQueries([q("T1")]);
    expect(parseStoredQueries(xml)).toEqual([q("T1")]);
    const broken = xml.replace(
      "</storedQueries>",
      '<entry>{not json</entry><entry>{"tableName":1}</entry></storedQueries>',
    );
    expect(parseStoredQueries(broken)).toEqual([q("T1")]);
  });
});
