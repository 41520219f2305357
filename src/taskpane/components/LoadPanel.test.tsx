import "../testing/domShims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { LoadOptions, LoadRequest, LoadResult, TaskpaneActions } from "../actions";
import { I18nContext, translator } from "../i18n";
import { LoadPanel, progressValue } from "./LoadPanel";

const request: LoadRequest = {
  ref: { source: "e-Stat", id: "0003000001" },
  title: "Test table",
  filters: {},
  layout: { kind: "long" },
  labels: "label",
  labelLang: "ja",
};

/** A load the test drives by hand: it resolves when `finish` is called. */
function manualLoad() {
  const h: { options?: LoadOptions; finish?: (r: LoadResult) => void } = {};
  const load: TaskpaneActions["load"] = (_req, _dest, options) =>
    new Promise((resolve) => {
      h.options = options;
      h.finish = resolve;
    });
  return { h, load };
}

function renderPanel(load: TaskpaneActions["load"]) {
  render(
    <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
      <LoadPanel actions={{ load }} request={request} onBack={() => {}} onLoaded={() => {}} />
    </I18nContext.Provider>,
  );
}

describe("load progress", () => {
  it("spends the whole bar on writing when nothing is downloaded (rows reused from the preview)", async () => {
    const { h, load } = manualLoad();
    renderPanel(load);
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    act(() => h.options!.onProgress!({ phase: "write", rows: 25, totalRows: 100, download: false }));
    const bar = within(screen.getByTestId("load-progress")).getByRole("progressbar");
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(0.25);
  });

  it("keeps the first half for the download when the load downloads", () => {
    expect(progressValue({ phase: "fetch", pages: 1, totalPages: 2, rows: 10 })).toBeCloseTo(0.25);
    expect(progressValue({ phase: "write", rows: 25, totalRows: 100, download: true })).toBeCloseTo(0.625);
    expect(progressValue({ phase: "write", rows: 100, totalRows: 100, download: false })).toBe(1);
  });
});

describe("while the overwrite dialog is open", () => {
  it("shows a neutral waiting state, not 'shaping' and a cancel button, until the user answers", async () => {
    const { h, load } = manualLoad();
    renderPanel(load);
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    act(() => h.options!.onProgress!({ phase: "transform", rows: 30 }));
    let answer: Promise<boolean> | undefined;
    act(() => {
      answer = h.options!.confirmOverwrite({ sheet: "Sheet1", address: "A1:C3", nonEmptyCells: 2 });
    });
    const progress = screen.getByTestId("load-progress");
    expect(progress.textContent).toContain("上書きの確認待ち");
    expect(progress.textContent).not.toContain("表を整形中");
    expect(within(progress).queryByRole("button", { name: "読み込みを中止" })).toBeNull();

    fireEvent.click(await screen.findByRole("button", { name: "上書きする" }));
    await expect(answer).resolves.toBe(true);
    act(() => h.options!.onProgress!({ phase: "write", rows: 1, totalRows: 3 }));
    const after = screen.getByTestId("load-progress");
    expect(after.textContent).not.toContain("上書きの確認待ち");
    expect(within(after).getByRole("button", { name: "読み込みを中止" })).toBeTruthy();
  });
});
