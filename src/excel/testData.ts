// Test helpers shared by the adapter tests and the benchmark (not shipped code paths).
import type { SourceCell, WriteTableRequest } from "./types";

export const HEADER_8 = ["地域コード", "地域", "産業", "規模", "時点", "値", "単位", "注記"];

/** A table shaped like an e-Stat long layout: labels, codes, numbers, nulls and a few formula-like labels. */
export function sampleRows(n: number): SourceCell[][] {
  const industries = ["製造業", "建設業", "卸売業，小売業", "-その他", "=SUM(A1)", "+81 事業所", "@home"];
  return Array.from({ length: n }, (_, i) => [
    String(13000 + (i % 47) * 1000).padStart(5, "0"),
    `地域${i % 47}`,
    industries[i % industries.length],
    `${(i % 9) + 1}人以上`,
    `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, "0")}`,
    i % 97 === 0 ? null : Math.round((i * 7919) % 1000003) / 10,
    "百万円",
    i % 101 === 0 ? "X: 秘匿" : "",
  ]);
}

export function sampleRequest(n: number, over: Partial<WriteTableRequest> = {}): WriteTableRequest {
  return {
    destination: { kind: "newSheet", name: "法人企業統計" },
    header: HEADER_8,
    rows: sampleRows(n),
    numberFormats: [null, null, null, null, null, "#,##0.0", null, null],
    provenance: [
      ["出典 / Source", "e-Stat 法人企業統計調査"],
      ["統計表ID / Table id", "0003060791"],
      [
        "クエリ / Query",
        "https://api.e-stat.go.jp/rest/3.0/app/json/getStatsData?appId=SECRET123&statsDataId=0003060791",
      ],
      ["取得日時 / Retrieved", "2026-11-25T10:00:00Z"],
      [
        "クレジット / Credit",
        "このサービスは、政府統計総合窓口(e-Stat)のAPI機能を使用していますが、サービスの内容は国によって保証されたものではありません。",
      ],
    ],
    markerLegend: [
      { marker: "-", meaning: "該当数値なし" },
      { marker: "X", meaning: "秘匿" },
    ],
    query: {
      source: "e-Stat",
      title: "法人企業統計調査 時系列データ",
      query: {
        statsDataId: "0003060791",
        appId: "SECRET123",
        filters: { cat01: ["100"] },
        url: "https://x.example/?appId=SECRET123&a=1",
      },
      loadedAt: "2026-11-25T10:00:00Z",
      sourceUpdated: "2026-09-01",
    },
    ...over,
  };
}
