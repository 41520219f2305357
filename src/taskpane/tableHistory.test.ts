import type { SearchResult } from "./actions";
import {
  favouriteTables,
  isFavourite,
  memoryStorage,
  RECENT_LIMIT,
  recentTables,
  rememberTable,
  toggleFavourite,
} from "./tableHistory";

const table = (id: string): SearchResult => ({ ref: { source: "e-Stat", id }, title: `表 ${id}` });

describe("recent tables", () => {
  it("keeps the newest first without duplicates", () => {
    const s = memoryStorage();
    rememberTable(s, table("1"));
    rememberTable(s, table("2"));
    rememberTable(s, table("1"));
    expect(recentTables(s).map((r) => r.ref.id)).toEqual(["1", "2"]);
  });

  it(`keeps at most ${RECENT_LIMIT}`, () => {
    const s = memoryStorage();
    for (let i = 0; i < RECENT_LIMIT + 5; i++) rememberTable(s, table(String(i)));
    expect(recentTables(s)).toHaveLength(RECENT_LIMIT);
    expect(recentTables(s)[0].ref.id).toBe(String(RECENT_LIMIT + 4));
  });

  it("ignores corrupt or foreign stored data", () => {
    expect(recentTables(memoryStorage({ "sme-toolkit.recentTables": "{not json" }))).toEqual([]);
    expect(recentTables(memoryStorage({ "sme-toolkit.recentTables": '[{"x":1}, 3]' }))).toEqual([]);
  });

  it("still works when storage refuses writes", () => {
    const s = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(rememberTable(s, table("1"))).toHaveLength(1);
  });
});

describe("favourite tables", () => {
  it("toggles a table in and out", () => {
    const s = memoryStorage();
    toggleFavourite(s, table("1"));
    expect(isFavourite(s, table("1"))).toBe(true);
    expect(favouriteTables(s)).toHaveLength(1);
    toggleFavourite(s, table("1"));
    expect(isFavourite(s, table("1"))).toBe(false);
  });

  it("tells sources apart", () => {
    const s = memoryStorage();
    toggleFavourite(s, table("1"));
    expect(isFavourite(s, { ref: { source: "OECD", id: "1" }, title: "x" })).toBe(false);
  });
});
