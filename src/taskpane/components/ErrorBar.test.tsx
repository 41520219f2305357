import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import { I18nContext, translator } from "../i18n";
import { OpenSettingsContext } from "../openSettings";
import { ErrorBar, nextStepFor } from "./ErrorBar";

const URL_TEXT = "http://127.0.0.1:41077/rest/3.0/app/json/getMetaInfo?lang=J&statsDataId=0001000011";
const network = () =>
  new AppError("NETWORK", "down", { params: { url: URL_TEXT, detail: "Failed to fetch" } });
const auth = () =>
  new AppError("ESTAT_STATUS_AUTH", "auth", {
    params: { status: 100, errorMsg: "認証に失敗しました。アプリケーションIDを確認して下さい。" },
  });

function renderIn(lang: "ja" | "en", ui: React.ReactElement, openSettings: (() => void) | null = null) {
  return render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <OpenSettingsContext.Provider value={openSettings}>{ui}</OpenSettingsContext.Provider>
    </I18nContext.Provider>,
  );
}

describe("ErrorBar", () => {
  it("says to try again and keeps the URL and the source's text behind 詳細", () => {
    renderIn("ja", <ErrorBar title="統計表を開けませんでした" error={network()} />);
    expect(screen.getByText(/もう一度お試しください/)).toBeTruthy();
    expect(screen.queryByText(new RegExp(URL_TEXT.replace(/[?.]/g, "\\$&")))).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "詳細" }));
    const details = screen.getByTestId("error-details");
    expect(details.textContent).toContain(URL_TEXT);
    expect(details.textContent).toContain("通信に失敗しました");
    expect(screen.getByText("コード: NETWORK")).toBeTruthy();
  });

  it("shows one language at a time: English only in English mode", () => {
    renderIn("en", <ErrorBar title="Could not open the table" error={network()} />);
    expect(screen.getByText(/Please try again/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Details" }));
    const details = screen.getByTestId("error-details").textContent ?? "";
    expect(details).toMatch(/network|connect|request/i);
    expect(details).not.toMatch(/[ぁ-んァ-ン]/);
    expect(details).not.toContain(" / ");
  });

  it("and Japanese only in Japanese mode", () => {
    renderIn("ja", <ErrorBar title="統計表を開けませんでした" error={auth()} />);
    fireEvent.click(screen.getByRole("button", { name: "詳細" }));
    const details = screen.getByTestId("error-details").textContent ?? "";
    expect(details).toContain("認証に失敗しました");
    expect(details).not.toMatch(/authentication|failed/i);
  });

  it("keeps e-Stat's own Japanese text out of an English sentence: on its own line, marked as e-Stat's", () => {
    renderIn("en", <ErrorBar title="Could not open the table" error={auth()} />);
    fireEvent.click(screen.getByRole("button", { name: "Details" }));
    const details = screen.getByTestId("error-details").textContent ?? "";
    expect(details).toBe(
      "e-Stat API authentication failed (STATUS 100): Check the application ID on your e-Stat My Page.",
    );
    expect(screen.getByTestId("error-source-text").textContent).toContain(
      "(as sent, in Japanese): 認証に失敗しました。アプリケーションIDを確認して下さい。",
    );
  });

  it("a rejected appId says to check it in Settings, with a link that opens Settings", () => {
    const openSettings = jest.fn();
    renderIn("ja", <ErrorBar title="検索できませんでした" error={auth()} />, openSettings);
    expect(
      screen.getByText("設定で e-Stat の appId（アプリケーション ID）を確認してください。"),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "設定を開く" }));
    expect(openSettings).toHaveBeenCalledTimes(1);
  });

  it("has no settings link where nothing can open Settings", () => {
    renderIn("ja", <ErrorBar title="検索できませんでした" error={auth()} />);
    expect(screen.queryByRole("button", { name: "設定を開く" })).toBeNull();
  });

  it("shows a message that is already plain (OECD budget with its retry time) as it is, with no expander", () => {
    const budget = new AppError("OECD_BUDGET_EXHAUSTED", "budget", {
      params: { limit: 60, resetAt: "10:42", minutes: 12 },
    });
    renderIn("ja", <ErrorBar title="プレビューを作れませんでした" error={budget} />);
    expect(screen.getByText(/10:42 以降（約 12 分後）に再試行してください/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "詳細" })).toBeNull();
  });

  it("lets the details' URL break anywhere in a narrow pane", () => {
    renderIn("ja", <ErrorBar title="統計表を開けませんでした" error={network()} />);
    fireEvent.click(screen.getByRole("button", { name: "詳細" }));
    const body = screen.getByText("統計表を開けませんでした").parentElement!;
    expect(getComputedStyle(body).overflowWrap).toBe("anywhere");
    expect(getComputedStyle(screen.getByTestId("error-details")).overflowWrap).toBe("anywhere");
  });

  it.each([
    ["ESTAT_MISSING_APP_ID", "appId"],
    ["ESTAT_STATUS_NOT_FOUND", "checkId"],
    ["ESTAT_BAD_RESPONSE", "retry"],
    ["OECD_BUDGET_EXHAUSTED", null],
    ["EXCEL_NO_ROWS", null],
  ])("next step for %s is %s", (code, step) => {
    expect(nextStepFor(new AppError(code, "x"))).toBe(step);
  });

  it("treats a thrown non-AppError as technical", () => {
    expect(nextStepFor(new TypeError("x is undefined"))).toBe("retry");
  });
});
