// Issue 15: the subsidy engine, SME definitions and data-formula runtime load on a function's first call
// (src/functions/shared/lazy.ts). The first call answers with a Promise of exactly what the synchronous
// call gives once loaded. A failed load is #VALUE! and is retried. Errors of a first call: the bundle test
// (test/bundle/lazyFunctions.test.ts; jest's isolated registries do not share classes with import()).
import { lazyModule } from "../../src/functions/shared/lazy";

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
type Subsidy = typeof import("../../src/functions/subsidy");
type Measures = typeof import("../../src/functions/measures");

/**
 * A functions module as a workbook opening sees it: nothing loaded yet. The whole test runs in the fresh
 * module registry, so the chunks it imports later share its classes (AppError), as in the bundle.
 */
function withFresh<T>(path: string, test: (m: T) => Promise<void>): Promise<void> {
  return jest.isolateModulesAsync(async () => {
    await test(require(path) as T);
  });
}

describe("lazy custom functions", () => {
  it("answers the first SME.GRANT with a Promise of the value the loaded function returns at once", () =>
    withFresh<Subsidy>("../../src/functions/subsidy", async ({ grantFn }) => {
      const args = [[["MONO-19:高付加価値化枠"]], [[10_000_000]], [[20]], [["製造業"]]] as const;
      const first = (grantFn as any)(...args);
      expect(first).toBeInstanceOf(Promise);
      const value = await first;
      const second = (grantFn as any)(...args);
      expect(second).not.toBeInstanceOf(Promise);
      expect(value).toEqual(second);
      expect(value[0][0]).toBeGreaterThan(0);
    }));

  it("keeps the arithmetic measures synchronous from the start, and loads the SME rules on first need", () =>
    withFresh<Measures>("../../src/functions/measures", async (m) => {
      expect(m.laborShareFn([[1]], [[4]])).toEqual([[0.25]]);
      const first = m.isSmeFn([["製造業"]], [[300_000_000]], [[300]]);
      expect(first).toBeInstanceOf(Promise);
      expect(await first).toEqual(m.isSmeFn([["製造業"]], [[300_000_000]], [[300]]));
    }));

  it("turns a chunk that fails to load into #VALUE! with the reason, and tries again on the next call", async () => {
    let attempts = 0;
    const mod = lazyModule(async () => {
      attempts++;
      if (attempts === 1) throw new Error("ChunkLoadError: Loading chunk fn-x failed");
      return { double: (n: number) => n * 2 };
    });
    await expect(mod.run((m) => m.double(2)) as unknown as Promise<number>).rejects.toEqual(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("fn-x") }),
    );
    expect(await (mod.run((m) => m.double(2)) as unknown as Promise<number>)).toBe(4);
    expect(mod.run((m) => m.double(3))).toBe(6);
    expect(attempts).toBe(2);
  });
});
