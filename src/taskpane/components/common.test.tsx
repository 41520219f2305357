import "../testing/domShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { AppError } from "../../core/errors/AppError";
import { ErrorBar, InfoBar } from "./common";

const URL_TEXT = "http://127.0.0.1:41077/rest/3.0/app/json/getMetaInfo?lang=J&statsDataId=0001000011";

describe("message bars in a narrow pane", () => {
  it("lets an error's URL break anywhere instead of running past the pane's edge", () => {
    const error = new AppError("NETWORK", "down", { params: { url: URL_TEXT, detail: "Failed to fetch" } });
    render(<ErrorBar title="統計表を開けませんでした" error={error} />);
    fireEvent.click(screen.getByRole("button", { name: "詳細" }));
    const body = screen.getByText("統計表を開けませんでした").parentElement!;
    expect(body.textContent).toContain(URL_TEXT);
    expect(getComputedStyle(body).overflowWrap).toBe("anywhere");
  });

  it("does the same for information messages (a long search query)", () => {
    render(<InfoBar>{`「${"統計".repeat(80)}」に該当する統計表はありません。`}</InfoBar>);
    const body = screen.getByText(/に該当する統計表はありません/);
    expect(getComputedStyle(body).overflowWrap).toBe("anywhere");
  });
});
