// Component and function tests see the pane and the functions as they are once their lazy parts have
// loaded (src/core/lazy.ts): every part the test file's imports declared is loaded before its tests run.
// The loading itself is tested in test/unit/lazy.test.ts, the bundle and the browser tests.
beforeAll(async () => {
  const preload = (globalThis as { __SME_PRELOAD__?: (() => Promise<unknown>)[] }).__SME_PRELOAD__ ?? [];
  await Promise.all(preload.map((load) => load()));
});
