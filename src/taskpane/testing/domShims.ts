// jsdom lacks ResizeObserver, which Fluent's MessageBar reflow uses; browsers and Office have it.
// Imported first by the task pane's component tests.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
// jsdom lacks TextEncoder, which react-dom/server's browser build needs at load (PaneRoot.test.tsx renders
// the prerender's way); Node's is the same API.
if (typeof globalThis.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  globalThis.TextEncoder = (require("node:util") as typeof import("node:util"))
    .TextEncoder as typeof TextEncoder;
}
export {};
