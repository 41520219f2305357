import { proxyBases } from "./proxyBases";

describe("proxyBases", () => {
  it.each([
    ["", {}],
    ["  ", {}],
    [
      "https://stats-proxy.example.go.jp/estat",
      {
        estat: "https://stats-proxy.example.go.jp/estat",
        oecd: "https://stats-proxy.example.go.jp/oecd/public/rest",
      },
    ],
    [
      "https://p.example.go.jp/sme/estat/",
      { estat: "https://p.example.go.jp/sme/estat", oecd: "https://p.example.go.jp/sme/oecd/public/rest" },
    ],
    [
      "https://stats-proxy.example.go.jp",
      {
        estat: "https://stats-proxy.example.go.jp/estat",
        oecd: "https://stats-proxy.example.go.jp/oecd/public/rest",
      },
    ],
    [
      "http://127.0.0.1:8080/",
      { estat: "http://127.0.0.1:8080/estat", oecd: "http://127.0.0.1:8080/oecd/public/rest" },
    ],
    ["https://other-proxy.example.jp/api", { estat: "https://other-proxy.example.jp/api" }],
  ])("%s → %j", (input, expected) => {
    expect(proxyBases(input)).toEqual(expected);
  });
});
