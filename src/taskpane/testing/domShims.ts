// jsdom lacks ResizeObserver, which Fluent's MessageBar reflow uses; browsers and Office have it.
// Imported first by the task pane's component tests.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
export {};
