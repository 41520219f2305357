import "./testing/domShims";
import { act, screen } from "@testing-library/react";
import { createDOMRenderer, webLightTheme } from "@fluentui/react-components";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { PaneRoot } from "./PaneRoot";
import { markPaneLive } from "./prerendered";
import { memoryStorage, toggleFavourite } from "./tableHistory";
import { fakeActions, sampleResult } from "./testing/fakeActions";

jest.setTimeout(20_000);

// The prerender runs in Node, where Fluent sees no DOM (canUseDOM) and writes the theme's <style> into the
// markup; jsdom has a DOM, so the "server" render here is told there is none, as in the build.
let serverSide = false;
jest.mock("@fluentui/react-utilities", () => {
  const actual = jest.requireActual("@fluentui/react-utilities");
  return { ...actual, canUseDOM: () => !serverSide && actual.canUseDOM() };
});

/** renderToString as the build does it; Fluent's layout-effect notices (Node uses useEffect) are not ours. */
function prerender(node: React.ReactElement): string {
  serverSide = true;
  const notices = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return renderToString(node);
  } finally {
    serverSide = false;
    notices.mockRestore();
  }
}

// The build prerenders the pane in Node (src/taskpane/prerender.tsx) and the page hydrates it
// (mount.tsx). Development React names every mismatch (text, attributes) in console.error, which
// production React does not: so hydration is checked here too, in development mode.
describe("hydrating the pane's prerendered first frame", () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.replaceChildren();
  });

  it("matches what the page renders first, even with tables in this browser's history, then shows them", async () => {
    const props = { actions: fakeActions(), officeLang: "ja" as const, theme: webLightTheme };
    // The build has no history; this browser has a favourite.
    const html = prerender(<PaneRoot {...props} storage={memoryStorage()} />);
    expect(html).toMatch(/<style id="fui-FluentProvider/);
    expect(html).not.toContain(sampleResult.title);
    const stored = memoryStorage();
    toggleFavourite(stored, sampleResult);

    const element = document.createElement("div");
    element.append(document.createRange().createContextualFragment(html)); // our own markup, as the page has it
    element.setAttribute("inert", "");
    document.body.append(element);
    const search = element.querySelector('input[type="search"]');
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await act(async () => {
        root = hydrateRoot(
          element,
          <PaneRoot
            {...props}
            storage={stored}
            renderer={createDOMRenderer(document)}
            onMounted={() => markPaneLive(element)}
          />,
          { onRecoverableError: (e) => console.error("recoverable", e) },
        );
      });
      expect(errors.mock.calls).toEqual([]);
    } finally {
      errors.mockRestore();
    }
    // Hydrated, not re-rendered: the same <input>; live; then the favourite from storage.
    expect(element.querySelector('input[type="search"]')).toBe(search);
    expect(element.hasAttribute("inert")).toBe(false);
    expect(await screen.findByRole("button", { name: `開く: ${sampleResult.title}` })).toBeTruthy();
  });
});
