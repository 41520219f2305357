import "../testing/domShims";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Lang, LoadOptions, LoadRequest, TaskpaneActions } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { LoadPanel } from "./LoadPanel";
import { PreviewPanel } from "./PreviewPanel";
import { RefreshPanel } from "./RefreshPanel";

// Issue 13 L5: a selection (or a stored query from someone else's workbook) that needs more than 16 e-Stat
// requests must be confirmed by the user, with the count, before anything is fetched with their appId.
const request: LoadRequest = {
  ref: { source: "e-Stat", id: "0003000001" },
  title: "Wide selection",
  filters: {},
  layout: { kind: "long" },
  labels: "label",
  labelLang: "ja",
};

function wrap(node: React.ReactNode, lang: Lang = "ja") {
  return render(<I18nContext.Provider value={{ lang, t: translator(lang) }}>{node}</I18nContext.Provider>);
}

describe("asking before many e-Stat requests", () => {
  it("load: the dialog names the count (40 requests); 40 回取得する lets the load go on", async () => {
    let options: LoadOptions | undefined;
    let asked: Promise<boolean> | undefined;
    const load: TaskpaneActions["load"] = (_r, _d, o) => {
      options = o;
      return new Promise(() => {});
    };
    wrap(<LoadPanel actions={{ load }} request={request} onBack={() => {}} onLoaded={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    expect(options?.confirmRequests).toBeInstanceOf(Function);
    act(() => {
      asked = options!.confirmRequests!(40);
    });
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("40");
    expect(dialog.textContent).toContain("appId");
    // Nothing runs while the question is open: no progress bar, no cancel-load button.
    expect(screen.getByTestId("load-progress").textContent).toContain("確認待ち");
    fireEvent.click(screen.getByRole("button", { name: "40 回取得する" }));
    await expect(asked).resolves.toBe(true);
  });

  it("load: キャンセル (or Escape) answers no, so nothing is fetched", async () => {
    let asked: Promise<boolean> | undefined;
    const load: TaskpaneActions["load"] = (_r, _d, o) => {
      asked = o.confirmRequests!(40);
      return new Promise(() => {});
    };
    wrap(<LoadPanel actions={{ load }} request={request} onBack={() => {}} onLoaded={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "読み込む" }));
    await screen.findByRole("alertdialog");
    fireEvent.click(screen.getByRole("button", { name: "キャンセル" }));
    await expect(asked).resolves.toBe(false);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  });

  it("preview: asks too (the preview is the first download; the load then reuses it)", async () => {
    let asked: Promise<boolean> | undefined;
    const preview: TaskpaneActions["preview"] = (_r, _n, o) => {
      asked = o?.confirmRequests?.(33);
      return new Promise(() => {});
    };
    wrap(<PreviewPanel actions={{ preview }} request={request} onBack={() => {}} onNext={() => {}} />, "en");
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("33");
    fireEvent.click(screen.getByRole("button", { name: "Fetch with 33 requests" }));
    await expect(asked).resolves.toBe(true);
  });

  it("refresh: a stored query's fan-out is asked about, not silently refused", async () => {
    let asked: Promise<boolean> | undefined;
    const actions = fakeActions({
      listTables: async () => [
        {
          tableName: "SME_A",
          sheetName: "S",
          title: "T",
          source: "e-Stat",
          id: "0003000001",
          retrievedAt: "2026-01-01T00:00:00Z",
        },
      ],
      refresh: (_target, o) => {
        asked = o?.confirmRequests?.(64);
        return new Promise(() => {});
      },
    });
    wrap(<RefreshPanel actions={actions} />);
    fireEvent.click(await screen.findByRole("button", { name: "すべての表を更新" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("64");
    fireEvent.click(screen.getByRole("button", { name: "64 回取得する" }));
    await expect(asked).resolves.toBe(true);
  });
});
