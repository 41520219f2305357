// Small hand-made tables for the transform tests (not shipped code paths; imported only by *.test.ts).
import type { DimensionMeta, TidyTable } from "./types";

export function sampleTable(): TidyTable {
  const dimensions: DimensionMeta[] = [
    {
      id: "cat01",
      name: "産業",
      nameEn: "Industry",
      role: "category",
      codes: [
        { code: "000", label: "全産業", labelEn: "All industries", level: 1 },
        { code: "100", label: "製造業", labelEn: "Manufacturing", level: 2, parent: "000" },
        { code: "200", label: "その他", level: 2, parent: "000" },
      ],
    },
    { id: "area", name: "地域", role: "area", codes: [{ code: "00000", label: "全国", level: 1 }] },
    {
      id: "time",
      name: "時間軸（年次）",
      nameEn: "Time",
      role: "time",
      codes: [
        { code: "2023000000", label: "2023年", labelEn: "2023" },
        { code: "2024000000", label: "2024年", labelEn: "2024" },
      ],
    },
  ];
  return {
    meta: {
      source: "e-Stat",
      id: "0000000001",
      title: "テスト表",
      fetchedAt: "2025-01-01T00:00:00.000Z",
      markers: [
        { marker: "-", meaning: "計数のない場合" },
        { marker: "0", meaning: "数値が表章単位に満たないもの" },
      ],
    },
    dimensions,
    rowCount: 6,
    // deliberately not in code-list order: the wide pivot must sort by the code list
    codes: [
      ["100", "000", "000", "100", "200", "200"],
      ["00000", "00000", "00000", "00000", "00000", "00000"],
      ["2024000000", "2023000000", "2024000000", "2023000000", "2023000000", "2024000000"],
    ],
    values: [12.5, 100, 110, 10, null, 0],
    markers: [null, null, null, null, "-", "0"],
    units: ["億円", "億円", "億円", "億円", "億円", "億円"],
  };
}
