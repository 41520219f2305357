import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import { I18nContext, translator } from "../i18n";
import { memoryStorage } from "../tableHistory";
import { fakeActions, sampleResult } from "../testing/fakeActions";
import { DataFlow } from "./DataFlow";

function renderFlow() {
  const badAppId = new AppError("ESTAT_STATUS_AUTH", "bad appId", {
    params: { status: 100, errorMsg: "認証に失敗しました" },
  });
  const actions = fakeActions({
    openTable: async () => {
      throw badAppId;
    },
  });
  render(
    <I18nContext.Provider value={{ lang: "ja", t: translator("ja") }}>
      <DataFlow actions={actions} storage={memoryStorage()} />
    </I18nContext.Provider>,
  );
}

const searchbox = () => screen.getByRole<HTMLInputElement>("searchbox", { name: "統計表を検索" });

describe("a failed open", () => {
  it("keeps the words the user searched for in the search box", async () => {
    renderFlow();
    fireEvent.change(searchbox(), { target: { value: "法人企業統計" } });
    fireEvent.click(screen.getByRole("button", { name: "検索" }));
    fireEvent.click(await screen.findByRole("button", { name: `開く: ${sampleResult.title}` }));
    await screen.findByText("統計表を開けませんでした");
    expect(searchbox().value).toBe("法人企業統計");
  });

  it("keeps a typed table id in the search box", async () => {
    renderFlow();
    fireEvent.change(searchbox(), { target: { value: "0003410379" } });
    fireEvent.click(screen.getByRole("button", { name: "検索" }));
    await screen.findByText("統計表を開けませんでした");
    expect(searchbox().value).toBe("0003410379");
  });
});
