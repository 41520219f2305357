// SME.ESTATVALUE batching against the loopback e-Stat fake (50 ms injected latency per request): request
// counts and timings for 1,000 cells cold, recalculated warm, after a restart with the persisted cache, and
// after "refresh formulas"; plus 10,000 cells over a 250,000-row table (code lists split at 100).
import { installCustomFunctionsShim } from "../src/playground/customFunctionsRuntime";
installCustomFunctionsShim();
import { startEstatFake, type EstatFake } from "../test/servers/estatFake";
import { configureDataFunctions, estatValueFn, refreshDataFormulas } from "../src/functions/data";
import { writeStoredSettings } from "../src/functions/data/settings";
import { MemoryLocalStorage } from "../test/unit/dataTestKit";

const LATENCY_MS = 50;

function configure(fake: EstatFake, storage: MemoryLocalStorage) {
  configureDataFunctions({ storage, estatBaseUrl: fake.baseUrl, jsonp: null, recalculate: null });
}

async function cells(table: string, cat: number, area: number): Promise<number> {
  const calls: Promise<unknown>[] = [];
  for (let c = 0; c < cat; c++)
    for (let a = 0; a < area; a++)
      calls.push(
        estatValueFn(
          [[table]],
          [[[`cat01=${String(c + 1).padStart(3, "0")}`]], [[`area=${String(a).padStart(5, "0")}`]]],
        ).catch((e: unknown) => {
          if (!(e instanceof CustomFunctions.Error)) throw e;
          return e;
        }),
      );
  const out = await Promise.all(calls);
  return out.filter((v) => typeof v === "number").length;
}

async function measure(label: string, fake: EstatFake, run: () => Promise<number | void>) {
  fake.requests.length = 0;
  const t0 = performance.now();
  const numbers = await run();
  const ms = performance.now() - t0;
  const data = fake.requests.filter((r) => r.path.endsWith("/getStatsData"));
  const fetches = data.filter((r) => r.query.get("cntGetFlg") === "Y").length;
  console.log(
    `${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms  downloads ${String(fetches).padStart(2)}  HTTP requests ${String(data.length).padStart(3)}${typeof numbers === "number" ? `  numbers ${numbers}` : ""}`,
  );
}

async function main() {
  const fake = await startEstatFake({ latencyMs: LATENCY_MS });
  fake.setTable("B1K", {
    rows: 1000,
    dims: [
      { id: "cat01", name: "産業", size: 20 },
      { id: "area", name: "地域", size: 50 },
    ],
  });
  fake.setTable("B250K", {
    rows: 250_000,
    dims: [
      { id: "cat01", name: "産業", size: 500 },
      { id: "area", name: "地域", size: 500 },
    ],
  });
  const storage = new MemoryLocalStorage();
  writeStoredSettings(storage, { appId: "bench" });
  configure(fake, storage);
  console.log(
    `e-Stat fake with ${LATENCY_MS} ms latency per request; a download = count request + its page; code lists split at 100 → one download per chunk`,
  );
  await measure("1,000 cells, cold (one table)", fake, () => cells("B1K", 20, 50));
  await measure("1,000 cells, recalculated (warm)", fake, () => cells("B1K", 20, 50));
  configure(fake, storage);
  await measure("1,000 cells, restart with persisted cache", fake, () => cells("B1K", 20, 50));
  await measure("refresh formulas (1 table used)", fake, async () => {
    await refreshDataFormulas();
  });
  await measure("1,000 cells after refresh", fake, () => cells("B1K", 20, 50));
  await measure("10,000 cells over 250,000 rows, cold", fake, () => cells("B250K", 100, 100));
  await measure("10,000 cells over 250,000 rows, recalculated", fake, () => cells("B250K", 100, 100));
  await measure("10,000 cells, 250 area codes (3 chunks), cold", fake, () => cells("B250K", 40, 250));
  configure(fake, storage);
  await measure("10,000 cells, 250 area codes, restart", fake, () => cells("B250K", 40, 250));
  await measure("refresh (250 area codes → 3 chunks)", fake, async () => {
    await refreshDataFormulas();
  });
  console.log(
    `persisted cache: ${[...storage.map.values()].reduce((s, v) => s + v.length, 0)} characters in storage`,
  );
  await fake.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
