import "../testing/domShims";
import { fireEvent, screen, within } from "@testing-library/react";
import type { Lang, TableInfo } from "../actions";
import { renderInspect } from "../testing/renderInspect";

const info: TableInfo = {
  ref: { source: "e-Stat", id: "0003000001" },
  title: "Test table",
  notes: [],
  dimensions: [
    {
      id: "area",
      name: "地域",
      nameEn: "Area",
      role: "area",
      codes: [{ code: "00000", label: "全国", labelEn: "Japan" }],
    },
    {
      id: "cat01",
      name: "産業",
      nameEn: "Industry",
      role: "category",
      codes: [
        { code: "A", label: "製造業", labelEn: "Manufacturing", level: 1 },
        { code: "A1", label: "食料品", labelEn: "Food", level: 2 },
      ],
    },
  ],
};

const renderIn = (lang: Lang) => renderInspect(info, lang);

describe("dimension summaries", () => {
  it("use singular and plural English nouns by count", () => {
    renderIn("en");
    expect(screen.getByRole("button", { name: "Area (1 code, 1 level)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Industry (2 codes, 2 levels)" })).toBeTruthy();
  });

  it("read naturally in Japanese for one code", () => {
    renderIn("ja");
    expect(screen.getByRole("button", { name: "地域（1 項目・1 階層）" })).toBeTruthy();
  });
});

describe("offline-pack notes and sources", () => {
  const urls = Array.from({ length: 40 }, (_, i) => `https://example.org/source-${i + 1}`);
  const offline: TableInfo = {
    ...info,
    ref: { source: "offline", id: "gerd_pct_gdp_japan" },
    notes: ["See each figure's note."],
    sources: urls.map((url, i) => (i === 0 ? { url, label: "MSTI 2017/1 text" } : { url })),
  };

  const renderOffline = (lang: Lang) => renderInspect(offline, lang);

  it("shows the series' note and only the first 3 sources as links that open a new tab", () => {
    renderOffline("ja");
    expect(screen.getByText("See each figure's note.")).toBeTruthy();
    expect(screen.queryByText(/ ; /)).toBeNull();
    const list = screen.getByRole("list", { name: "出典" });
    const links = within(list).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(urls.slice(0, 3));
    expect(links[0].textContent).toBe("MSTI 2017/1 text");
    for (const a of links) {
      expect(a.getAttribute("target")).toBe("_blank");
      expect(a.getAttribute("rel")).toContain("noopener");
    }
  });

  it("lists the other sources behind a 'show N more' toggle", () => {
    renderOffline("ja");
    fireEvent.click(screen.getByRole("button", { name: "他 37 件の出典を表示" }));
    expect(within(screen.getByRole("list", { name: "出典" })).getAllByRole("link")).toHaveLength(40);
    fireEvent.click(screen.getByRole("button", { name: "出典を折りたたむ" }));
    expect(within(screen.getByRole("list", { name: "出典" })).getAllByRole("link")).toHaveLength(3);
  });

  it("says the count in English with a plural", () => {
    renderOffline("en");
    expect(screen.getByRole("button", { name: "Show 37 more sources" })).toBeTruthy();
  });

  it("renders a source's text as text, never as markup, and links only web addresses", () => {
    const hostile: TableInfo = {
      ...offline,
      sources: [{ url: "javascript:alert(1)", label: "<b>x</b>" }, { url: "https://a.example/" }],
    };
    renderInspect(hostile);
    const list = screen.getByRole("list", { name: "出典" });
    expect(within(list).getByText("<b>x</b>")).toBeTruthy();
    expect(
      within(list)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(["https://a.example/"]);
  });
});
