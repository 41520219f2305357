// Settings › 自己診断 in the playground: the real custom functions on the in-memory workbook, the loopback
// e-Stat and OECD fakes; outside Office the host and requirement-set items say "not supported".
import type { Page } from "playwright-core";
import { startHarnessWithFakes, type Harness } from "./harness";
import { fakeSnapshot, openPlayground, paneOf, paneOverflow, shot } from "./paneSteps";

jest.setTimeout(120_000);

async function runSelfCheck(page: Page): Promise<Record<string, string>> {
  const pane = paneOf(page);
  await pane.getByRole("tab", { name: "設定" }).click();
  await pane.getByRole("button", { name: "自己診断を実行" }).click();
  await pane.getByLabel("自己診断の結果（テキスト）").waitFor({ timeout: 60_000 });
  const rows = await pane
    .getByTestId("selfcheck-item")
    .evaluateAll((els) =>
      els.map((e) => [
        e.querySelector("span > span")?.textContent ?? "",
        e.getAttribute("data-status") ?? "",
      ]),
    );
  return Object.fromEntries(rows);
}

describe("self-check in the playground", () => {
  let h: Harness;
  beforeAll(async () => {
    ({ h } = await startHarnessWithFakes());
  });
  afterAll(async () => h?.close());

  it("reports pass / fail / not supported, leaves the workbook as it was, and gives a copyable report", async () => {
    const page = await openPlayground(h);
    const before = await fakeSnapshot(page);
    const status = await runSelfCheck(page);
    expect(status["ホスト"]).toBe("notSupported");
    expect(status["ExcelApi 1.7（表の書き込み・読み込んだ表の条件の保存・行列番号での範囲指定）"]).toBe(
      "notSupported",
    );
    expect(status["関数（=SME.LABORSHARE(230000,301000)）"]).toBe("pass");
    expect(status["関数（=SME.労働分配率(230000,301000)）"]).toBe("notSupported");
    expect(status["共有ランタイム（作業ウィンドウと関数が同じストレージ）"]).toBe("pass");
    expect(status["ストレージの読み書き"]).toBe("pass");
    const network = Object.entries(status).filter(([k]) => /への接続/.test(k));
    expect(network.map(([, s]) => s)).toEqual(["pass", "pass"]);
    const text = await paneOf(page).getByLabel("自己診断の結果（テキスト）").inputValue();
    expect(text).toMatch(/^中小企業政策ツールキット 自己診断 \d{4}-/);
    expect(text).toMatch(/\[OK\] 合格 \| 関数（=SME\.LABORSHARE\(230000,301000\)） \| 0\.764119601/);
    expect(text).not.toMatch(/appId=/);
    // The temporary sheet is gone: the workbook is exactly as before.
    expect(await fakeSnapshot(page)).toEqual(before);
    await paneOf(page).getByRole("list", { name: "自己診断の結果" }).scrollIntoViewIfNeeded();
    await shot(h, page, "selfcheck-playground");
  });

  it("fits a 320 px pane", async () => {
    const page = await openPlayground(h, "?paneWidth=320", { width: 1000, height: 900 });
    await runSelfCheck(page);
    await paneOf(page).getByLabel("自己診断の結果（テキスト）").scrollIntoViewIfNeeded();
    await shot(h, page, "selfcheck-playground-320");
    const o = await paneOverflow(page);
    expect(o.offenders).toEqual([]);
  });
});
