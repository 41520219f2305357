// Issue 13: every custom function in dist/functions.json, called with random Excel-shaped arguments, from
// source and through the built bundle: only CustomFunctions.Error is ever thrown, no NaN/Infinity reaches a
// cell. 2,000 calls each here; `npm run bench -- functions-fuzz` runs 10^5 each and also counts calls over
// 1 s (speed is checked by the benchmark, never by a timed test: this machine's load is not the code's).
// Build first (npm run build): the metadata and the bundle come from dist/.
import { fuzzFunctions, type FuzzStats } from "../support/functionFuzz";
import {
  bundleTarget,
  sourceTarget,
  startFuzzServers,
  type FuzzServers,
} from "../support/functionFuzzTargets";

jest.setTimeout(240_000);

let servers: FuzzServers;
beforeAll(async () => {
  servers = await startFuzzServers();
});
afterAll(() => servers.close());

function summary(s: FuzzStats) {
  return { uncaught: s.uncaught.slice(0, 5), nonFinite: s.nonFinite.slice(0, 5) };
}

describe.each([
  ["source", () => sourceTarget(servers)],
  ["bundle", async () => bundleTarget(servers)],
])("every custom function from %s under 2,000 Excel-shaped calls", (_name, make) => {
  it("throws only CustomFunctions.Error and returns no NaN/Infinity", async () => {
    const target = await make();
    const stats = await fuzzFunctions(target, 2000, 13, { slowMs: Infinity });
    expect(summary(stats)).toEqual({ uncaught: [], nonFinite: [] });
    expect(stats.calls).toBe(2000);
    // every function was called, and the calls reached past the argument checks for most of them
    const ids = Object.keys(stats.byFunction);
    expect(ids.length).toBe(target.meta.length);
    for (const id of ids) expect(stats.byFunction[id].calls).toBeGreaterThan(0);
    const answered = ids.filter((id) => stats.byFunction[id].errors < stats.byFunction[id].calls);
    expect(answered.length).toBeGreaterThan(ids.length / 2);
  });
});
