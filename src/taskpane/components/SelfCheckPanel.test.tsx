import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import type { CheckItem, SelfCheckReport } from "../../excel/selfCheck";
import { I18nContext, translator } from "../i18n";
import { SelfCheckPanel } from "./SelfCheckPanel";

const items: CheckItem[] = [
  {
    id: "host",
    group: "host",
    status: "notSupported",
    label: { ja: "ホスト", en: "Host" },
    detail: { ja: "Office の外で動いています", en: "not running in Office" },
  },
  {
    id: "functions:id",
    group: "functions",
    status: "pass",
    label: { ja: "関数（=SME.LABORSHARE(230000,301000)）", en: "Function (=SME.LABORSHARE(230000,301000))" },
    detail: { ja: "0.7641196013289037（期待値 0.7641…）", en: "0.7641196013289037 (expected 0.7641…)" },
  },
  {
    id: "network:proxy:https://p.example",
    group: "network",
    status: "fail",
    label: { ja: "プロキシへの接続（https://p.example）", en: "Reaching the proxy (https://p.example)" },
    detail: { ja: "接続できません", en: "unreachable" },
  },
];

function renderPanel(
  lang: "ja" | "en",
  run: () => Promise<SelfCheckReport>,
  copy?: (t: string) => Promise<void>,
) {
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <SelfCheckPanel actions={{ runSelfCheck: run }} copy={copy} />
    </I18nContext.Provider>,
  );
}

describe("SelfCheckPanel", () => {
  it("runs the check, lists pass / fail / not supported, and copies the text report", async () => {
    const copied: string[] = [];
    renderPanel(
      "ja",
      async () => ({ startedAt: "2026-12-07T05:00:00.000Z", items }),
      async (t) => void copied.push(t),
    );
    fireEvent.click(screen.getByRole("button", { name: "自己診断を実行" }));
    const list = await screen.findByRole("list", { name: "自己診断の結果" });
    const rows = [...list.querySelectorAll("li")].map((li) => [
      li.getAttribute("data-status"),
      li.textContent,
    ]);
    expect(rows).toEqual([
      ["notSupported", "対象外ホストOffice の外で動いています"],
      ["pass", "合格関数（=SME.LABORSHARE(230000,301000)）0.7641196013289037（期待値 0.7641…）"],
      ["fail", "不合格プロキシへの接続（https://p.example）接続できません"],
    ]);
    const text = (screen.getByLabelText("自己診断の結果（テキスト）") as HTMLTextAreaElement).value;
    expect(text.split("\n")).toEqual([
      "中小企業政策ツールキット 自己診断 2026-12-07T05:00:00.000Z",
      "合格 1 / 不合格 1 / 対象外 1",
      "[--] 対象外 | ホスト | Office の外で動いています",
      "[OK] 合格 | 関数（=SME.LABORSHARE(230000,301000)） | 0.7641196013289037（期待値 0.7641…）",
      "[NG] 不合格 | プロキシへの接続（https://p.example） | 接続できません",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "結果をコピー" }));
    expect(await screen.findByText("結果をコピーしました。")).toBeTruthy();
    expect(copied).toEqual([text]);
  });

  it("speaks English, and says to copy by hand when the clipboard is refused", async () => {
    renderPanel(
      "en",
      async () => ({ startedAt: "2026-12-07T05:00:00.000Z", items }),
      async () => {
        throw new Error("NotAllowedError");
      },
    );
    fireEvent.click(screen.getByRole("button", { name: "Run self-check" }));
    const box = (await screen.findByLabelText("Self-check result (text)")) as HTMLTextAreaElement;
    expect(box.value).toContain("[NG] fail | Reaching the proxy (https://p.example) | unreachable");
    fireEvent.click(screen.getByRole("button", { name: "Copy result" }));
    expect(await screen.findByText(/Could not copy automatically/)).toBeTruthy();
  });

  it("shows an error when the check itself cannot run", async () => {
    renderPanel("ja", async () => {
      throw new Error("boom");
    });
    fireEvent.click(screen.getByRole("button", { name: "自己診断を実行" }));
    expect(await screen.findByText("自己診断を実行できませんでした")).toBeTruthy();
  });
});
