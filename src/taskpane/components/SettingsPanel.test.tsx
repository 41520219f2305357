import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import type { Settings } from "../actions";
import { I18nContext, translator } from "../i18n";
import { fakeActions } from "../testing/fakeActions";
import { parsePolicy } from "../../core/net/contentSecurityPolicy";
import type { Deployment } from "../../core/net/deployment";
import { SettingsPanel } from "./SettingsPanel";

const PROXY = "https://proxy.example.jp/estat";
const DEPLOYMENT: Deployment = {
  policy: parsePolicy(
    "default-src 'self'; connect-src 'self' https://api.e-stat.go.jp https://proxy.example.jp",
  ),
  proxyOrigins: [PROXY],
  selfOrigin: "https://addin.example.org",
};

function renderPanel(
  overrides: Parameters<typeof fakeActions>[0] = {},
  deployment: Deployment = DEPLOYMENT,
  lang: "ja" | "en" = "ja",
) {
  const actions = fakeActions(overrides);
  const saved: Settings[] = [];
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <SettingsPanel actions={actions} onSaved={(s) => saved.push(s)} deployment={deployment} />
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

  it("warns before saving an appId that failed 「ID をテスト」, and saves only when told to", async () => {
    const error = new AppError("ESTAT_STATUS_AUTH", "auth", {
      params: { status: 100, errorMsg: "認証に失敗" },
    });
    const { actions } = renderPanel({ testAppId: async () => ({ ok: false, error }) });
    fireEvent.change(await screen.findByLabelText("e-Stat アプリケーション ID"), {
      target: { value: "bad" },
    });
    fireEvent.click(screen.getByRole("button", { name: "ID をテスト" }));
    await screen.findByText("アプリケーション ID を確認できませんでした");
    // already in Settings: no link to Settings
    expect(screen.queryByRole("button", { name: "設定を開く" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    const warning = await screen.findByRole("alertdialog", {
      name: "この ID はテストで確認できませんでした",
    });
    expect(warning).toBeTruthy();
    expect(actions.calls.saveSettings).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "キャンセル" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(actions.calls.saveSettings).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    fireEvent.click(await screen.findByRole("button", { name: "それでも保存" }));
    expect(await screen.findByText("設定を保存しました。")).toBeTruthy();
    expect(actions.calls.saveSettings).toEqual([expect.objectContaining({ appId: "bad" })]);
  }, 20_000); // many steps; the shared CI machine is slow under load

  it("saves an appId that passed the test without asking", async () => {
    const { actions } = renderPanel({ testAppId: async () => ({ ok: true }) });
    fireEvent.change(await screen.findByLabelText("e-Stat アプリケーション ID"), {
      target: { value: "good" },
    });
    fireEvent.click(screen.getByRole("button", { name: "ID をテスト" }));
    await screen.findByText("アプリケーション ID は有効です。");
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("設定を保存しました。")).toBeTruthy();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(screen.queryByText(/まだテストしていません/)).toBeNull();
    expect(actions.calls.saveSettings).toEqual([expect.objectContaining({ appId: "good" })]);
  });

  it("saves an untested appId at once and says it can be tested", async () => {
    const { actions } = renderPanel();
    fireEvent.change(await screen.findByLabelText("e-Stat アプリケーション ID"), {
      target: { value: "new-id" },
    });
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("設定を保存しました。")).toBeTruthy();
    expect(
      screen.getByText("この ID はまだテストしていません。「ID をテスト」で e-Stat に確認できます。"),
    ).toBeTruthy();
    expect(actions.calls.saveSettings).toEqual([expect.objectContaining({ appId: "new-id" })]);
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
    fireEvent.click(screen.getByRole("button", { name: "詳細" }));
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
    expect(screen.getByText(/https:\/\/ で始まる URL を指定してください/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "保存" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("offers only the configured proxy and saves it", async () => {
    const { actions } = renderPanel();
    const choices = await screen.findByRole("group", { name: "接続先の候補" });
    const buttons = [...choices.querySelectorAll("button")].map((b) => b.textContent);
    expect(buttons).toEqual(["プロキシなし（e-Stat に直接）", PROXY]);
    expect(screen.queryByText(/appId は空欄のままでかまいません/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: PROXY }));
    expect((screen.getByLabelText(/プロキシのベース URL/) as HTMLInputElement).value).toBe(PROXY);
    // behind the organisation's proxy an appId may be unnecessary: the pane says so
    expect(screen.getByText(/appId は空欄のままでかまいません/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("設定を保存しました。")).toBeTruthy();
    expect(actions.calls.saveSettings).toEqual([{ appId: "", proxyBaseUrl: PROXY, language: "auto" }]);
  });

  it("refuses another origin, explaining the page's CSP in the pane's language only", async () => {
    renderPanel();
    fireEvent.change(await screen.findByLabelText(/プロキシのベース URL/), {
      target: { value: "https://other-proxy.example.com/estat" },
    });
    const message = screen.getByText(/Content-Security-Policy の connect-src/).textContent ?? "";
    expect(message).toContain("https://other-proxy.example.com");
    expect(message).toContain("許可されているプロキシ: https://proxy.example.jp");
    expect(message).not.toMatch(/does not allow| \/ /);
    expect((screen.getByRole("button", { name: "保存" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says the same in English in an English pane, and refuses a malformed URL in English", async () => {
    renderPanel({}, DEPLOYMENT, "en");
    const input = await screen.findByLabelText(/proxy/i);
    fireEvent.change(input, { target: { value: "https://other-proxy.example.com/estat" } });
    const message = screen.getByText(/does not allow https:\/\/other-proxy\.example\.com/).textContent ?? "";
    expect(message).toContain("https://proxy.example.jp");
    expect(message).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    fireEvent.change(input, { target: { value: "not a url" } });
    const invalid = screen.getByText(/not a url/).textContent ?? "";
    expect(invalid).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect((screen.getByRole("button", { name: "Save" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says no proxy is allowed when the build configured none", async () => {
    renderPanel({}, { proxyOrigins: [] });
    expect(await screen.findByText(/この配置ではプロキシが許可されていません/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/プロキシのベース URL/), {
      target: { value: "https://proxy.example.jp" },
    });
    expect(screen.getByText(/許可されているプロキシ: —/)).toBeTruthy();
  });
});
