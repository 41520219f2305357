import {
  createMemoryStore,
  createOfficeRuntimeStore,
  createWebStorageStore,
  type WebStorageLike,
} from "./keyValueStore";
import { createTableCache } from "./tableCache";
import { encodeTable } from "./tableCodec";
import { makeTable } from "./testTable";

const HOUR = 3600_000;

function clock(start = Date.parse("2026-01-01T00:00:00Z")) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms), iso: () => new Date(t).toISOString() };
}

function fetcherOf(c: ReturnType<typeof clock>, id = "T1", rows = 10) {
  const calls: number[] = [];
  const fetcher = async () => {
    calls.push(c.now());
    const t = makeTable(rows, 3, id);
    t.meta.fetchedAt = c.iso();
    return t;
  };
  return { fetcher, calls };
}

describe("createTableCache", () => {
  it("returns a fresh entry without fetching, and refetches after max age (default 24 h)", async () => {
    const c = clock();
    const cache = createTableCache({ store: createMemoryStore(), now: c.now });
    const { fetcher, calls } = fetcherOf(c);
    const first = await cache.getOrFetch("k", fetcher);
    expect(first.fromCache).toBe(false);
    c.advance(23 * HOUR);
    const second = await cache.getOrFetch("k", fetcher);
    expect(second.fromCache).toBe(true);
    expect(second.table).toEqual(first.table);
    expect(calls).toHaveLength(1);
    c.advance(2 * HOUR);
    expect((await cache.getOrFetch("k", fetcher)).fromCache).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it("honours per-call maxAgeMs and forceRefresh", async () => {
    const c = clock();
    const cache = createTableCache({ store: createMemoryStore(), now: c.now });
    const { fetcher, calls } = fetcherOf(c);
    await cache.getOrFetch("k", fetcher);
    c.advance(10 * 60_000);
    expect((await cache.getOrFetch("k", fetcher, { maxAgeMs: 5 * 60_000 })).fromCache).toBe(false);
    expect((await cache.getOrFetch("k", fetcher, { forceRefresh: true })).fromCache).toBe(false);
    expect(calls).toHaveLength(3);
  });

  it("shares one download among concurrent identical requests", async () => {
    const c = clock();
    const cache = createTableCache({ store: createMemoryStore(), now: c.now });
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fetcher = async () => {
      calls++;
      await gate;
      return makeTable(5);
    };
    const all = Array.from({ length: 50 }, () => cache.getOrFetch("same", fetcher));
    release();
    const results = await Promise.all(all);
    expect(calls).toBe(1);
    expect(new Set(results.map((r) => r.table.rowCount))).toEqual(new Set([5]));
  });

  it("persists across instances on the same store (reopening the workbook)", async () => {
    const c = clock();
    const store = createMemoryStore();
    const { fetcher, calls } = fetcherOf(c);
    await createTableCache({ store, now: c.now }).getOrFetch("k", fetcher);
    const again = await createTableCache({ store, now: c.now }).getOrFetch("k", fetcher);
    expect(again.fromCache).toBe(true);
    expect(calls).toHaveLength(1);
    const [info] = await createTableCache({ store, now: c.now }).entries();
    expect(info).toMatchObject({ key: "k", fetchedAt: "2026-01-01T00:00:00.000Z", updated: "2025-12-24" });
  });

  it("returns the expired entry marked stale when the refetch fails, and rethrows when nothing is cached", async () => {
    const c = clock();
    const cache = createTableCache({ store: createMemoryStore(), now: c.now });
    await cache.getOrFetch("k", fetcherOf(c).fetcher);
    c.advance(48 * HOUR);
    const down = async () => {
      throw new Error("network down");
    };
    const r = await cache.getOrFetch("k", down);
    expect(r).toMatchObject({ fromCache: true, stale: true });
    expect((r.error as Error).message).toBe("network down");
    await expect(cache.getOrFetch("k", down, { staleIfError: false })).rejects.toThrow("network down");
    await expect(cache.getOrFetch("other", down)).rejects.toThrow("network down");
  });

  it("evicts least recently used entries beyond the size budget", async () => {
    const c = clock();
    const one = encodeTable(makeTable(200, 3, "A")).length;
    const cache = createTableCache({ store: createMemoryStore(), now: c.now, maxSize: one * 2.5 });
    for (const id of ["A", "B"]) {
      await cache.getOrFetch(id, async () => makeTable(200, 3, id));
      c.advance(1000);
    }
    await cache.peek("A"); // A is now more recent than B
    c.advance(1000);
    await cache.getOrFetch("C", async () => makeTable(200, 3, "C"));
    expect((await cache.entries()).map((e) => e.key).sort()).toEqual(["A", "C"]);
    expect(await cache.totalSize()).toBeLessThanOrEqual(one * 2.5);
  });

  it("serves but does not keep a table larger than the whole budget", async () => {
    const cache = createTableCache({ store: createMemoryStore(), maxSize: 100 });
    const r = await cache.getOrFetch("big", async () => makeTable(50));
    expect(r.table.rowCount).toBe(50);
    expect(await cache.entries()).toEqual([]);
  });

  it("drops a corrupt entry instead of failing", async () => {
    const store = createMemoryStore();
    const cache = createTableCache({ store });
    await cache.set("k", makeTable(3));
    await store.set("cache:k", "{broken");
    expect(await createTableCache({ store }).peek("k")).toBeUndefined();
  });

  it("refuses keys with an appId and never stores one", async () => {
    const store = createMemoryStore();
    const cache = createTableCache({ store });
    await expect(cache.getOrFetch("e-Stat:x?appId=SECRET", async () => makeTable(1))).rejects.toMatchObject({
      code: "CACHE_KEY_HAS_APPID",
    });
    const t = makeTable(1);
    t.meta.sourceUrl = "https://h/p?appId=SECRET&x=1";
    await cache.set("ok", t);
    expect([...store.map.values()].join("")).not.toContain("SECRET");
  });

  it("stops the shared download only when every waiting caller has aborted", async () => {
    const cache = createTableCache({ store: createMemoryStore() });
    let aborted = 0;
    let started!: () => void;
    let startedP = new Promise<void>((r) => (started = r));
    const fetcher = (signal: AbortSignal) =>
      new Promise<ReturnType<typeof makeTable>>((resolve, reject) => {
        started();
        signal.addEventListener("abort", () => {
          aborted++;
          reject(new Error("aborted"));
        });
        setTimeout(() => resolve(makeTable(2)), 50);
      });
    const a = new AbortController();
    const b = new AbortController();
    const pa = cache.getOrFetch("k", fetcher, { signal: a.signal });
    const pb = cache.getOrFetch("k", fetcher, { signal: b.signal });
    await startedP;
    a.abort(new Error("A gave up"));
    await expect(pa).rejects.toThrow("A gave up");
    expect(aborted).toBe(0);
    expect((await pb).table.rowCount).toBe(2);

    startedP = new Promise<void>((r) => (started = r));
    const c1 = new AbortController();
    const pc = cache.getOrFetch("k2", fetcher, { signal: c1.signal });
    await startedP;
    c1.abort(new Error("C gave up"));
    await expect(pc).rejects.toThrow("C gave up");
    expect(aborted).toBe(1);
  });
});

describe("storage adapters", () => {
  class FakeStorage implements WebStorageLike {
    data = new Map<string, string>();
    constructor(private readonly quota = Infinity) {}
    get length() {
      return this.data.size;
    }
    key(i: number) {
      return [...this.data.keys()][i] ?? null;
    }
    getItem(k: string) {
      return this.data.get(k) ?? null;
    }
    setItem(k: string, v: string) {
      const used = [...this.data].reduce((s, [kk, vv]) => s + (kk === k ? 0 : vv.length), 0);
      if (used + v.length > this.quota) throw new Error("QuotaExceededError");
      this.data.set(k, v);
    }
    removeItem(k: string) {
      this.data.delete(k);
    }
  }

  it("localStorage-like: lists only prefixed keys and round-trips through the cache", async () => {
    const ls = new FakeStorage();
    ls.setItem("someone-else", "x");
    const store = createWebStorageStore(ls, "p:");
    const cache = createTableCache({ store });
    await cache.set("k", makeTable(4));
    expect((await store.keys()).sort()).toEqual(["cache-index", "cache:k"]);
    expect((await createTableCache({ store }).peek("k"))?.table.rowCount).toBe(4);
    expect(ls.getItem("someone-else")).toBe("x");
  });

  it("localStorage-like: evicts older entries when the browser quota is hit before our budget", async () => {
    const one = encodeTable(makeTable(100, 3, "A")).length;
    const ls = new FakeStorage(one * 1.8);
    const cache = createTableCache({ store: createWebStorageStore(ls), maxSize: one * 10 });
    await cache.set("A", makeTable(100, 3, "A"));
    await cache.set("B", makeTable(100, 3, "B"));
    expect((await cache.entries()).map((e) => e.key)).toEqual(["B"]);
  });

  it("OfficeRuntime.storage shape: getItem/setItem/removeItem/getKeys", async () => {
    const m = new Map<string, string>();
    const office = {
      getItem: async (k: string) => m.get(k) ?? null,
      setItem: async (k: string, v: string) => void m.set(k, v),
      removeItem: async (k: string) => void m.delete(k),
      getKeys: async () => [...m.keys()],
    };
    const cache = createTableCache({ store: createOfficeRuntimeStore(office) });
    await cache.set("k", makeTable(3));
    expect([...m.keys()].sort()).toEqual(["sme-stats:cache-index", "sme-stats:cache:k"]);
    await cache.clear();
    expect([...m.keys()]).toEqual(["sme-stats:cache-index"]);
  });
});
