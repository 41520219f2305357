import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import type { Settings } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { isValidProxyUrl, SettingsPanel } from "./SettingsPanel";

function renderPanel(overrides: Parameters<typeof fakeActions>[0] = {}) {
  const actions = fakeActions(overrides);
  const saved: Settings[] = [];
  render(
    <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
      <SettingsPanel actions={actions} onSaved={(s) => saved.push(s)} />
    </I18nContext.Provider>,
  );
  return { actions, saved };
}

describe("settings", () => {
  it("saves the appId through the actions (never the workbook) and applies the language", async () => {
    const { actions, saved } = renderPanel();
    fireEvent.change(await screen.findByLabelText("e-Stat アプリケーション ID"), {
      target: { value: "  abc123  " },
    });
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("設定を保存しました。")).toBeTruthy();
    expect(actions.calls.saveSettings).toEqual([{ appId: "abc123", proxyBaseUrl: "", language: "en" }]);
    expect(saved[0].language).toBe("en");
  });

  it("tests the appId and shows e-Stat's refusal (STATUS 100)", async () => {
    const error = new AppError("ESTAT_STATUS_AUTH", "auth", {
      params: { status: 100, errorMsg: "認証に失敗しました。" },
    });
    renderPanel({ testAppId: async () => ({ ok: false, error }) });
    fireEvent.change(await screen.findByLabelText("e-Stat アプリケーション ID"), {
      target: { value: "bad" },
    });
    fireEvent.click(screen.getByRole("button", { name: "ID をテスト" }));
    expect(await screen.findByText("アプリケーション ID を確認できませんでした")).toBeTruthy();
    expect(screen.getByText(/認証に失敗しました（STATUS 100）/)).toBeTruthy();
  });

  it("links to e-Stat's API page for getting an ID", async () => {
    renderPanel();
    const link = await screen.findByRole("link", { name: "アプリケーション ID の取得方法（e-Stat）" });
    expect(link.getAttribute("href")).toBe("https://www.e-stat.go.jp/api/");
  });

  it("shows the cache size and clears it", async () => {
    let entries = 3;
    renderPanel({
      getCacheInfo: async () => ({ entries, bytes: 2048 }),
      clearCache: async () => void (entries = 0),
    });
    expect((await screen.findByTestId("cache-info")).textContent).toBe("3 件、2 KB");
    fireEvent.click(screen.getByRole("button", { name: "キャッシュを消去" }));
    expect(await screen.findByText("キャッシュを消去しました。")).toBeTruthy();
    expect(screen.getByTestId("cache-info").textContent).toBe("0 件、2 KB");
  });

  it("refuses a proxy URL that is not https", async () => {
    renderPanel();
    fireEvent.change(await screen.findByLabelText(/プロキシのベース URL/), {
      target: { value: "http://proxy.example.jp" },
    });
    expect(screen.getByText("https:// で始まる URL を入力してください。")).toBeTruthy();
    expect((screen.getByRole("button", { name: "保存" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("isValidProxyUrl", () => {
  it.each([
    ["", true],
    ["https://proxy.example.jp/estat", true],
    ["http://localhost:8080", true],
    ["http://proxy.example.jp", false],
    ["proxy", false],
  ])("%j → %s", (url, ok) => expect(isValidProxyUrl(url)).toBe(ok));
});
