import "../testing/domShims";
import { cleanup, render, screen, within } from "@testing-library/react";
import { App } from "../App";
import { memoryStorage } from "../tableHistory";
import { fakeActions } from "../testing/fakeActions";

jest.setTimeout(20_000);

describe("help where the user is (issue 14)", () => {
  it("links to 「はじめに」 and the function reference, next to the tabs, in Japanese and in English", async () => {
    render(<App actions={fakeActions()} storage={memoryStorage()} officeLang="ja" />);
    const nav = screen.getByRole("navigation", { name: "ヘルプ" });
    const start = within(nav).getByRole("link", { name: "はじめに" });
    const reference = within(nav).getByRole("link", { name: "関数リファレンス" });
    // Relative to the pane's page: the same origin wherever the add-in (or the playground) is served.
    expect(start.getAttribute("href")).toBe("docs/getting-started.html");
    expect(reference.getAttribute("href")).toBe("docs/functions.html");
    expect(start.getAttribute("target")).toBe("_blank");

    cleanup();
    render(<App actions={fakeActions()} storage={memoryStorage()} officeLang="en" />);
    const en = await screen.findByRole("navigation", { name: "Help" });
    expect(within(en).getByRole("link", { name: "Getting started" })).toBeTruthy();
    expect(within(en).getByRole("link", { name: "Function reference" })).toBeTruthy();
  });
});
