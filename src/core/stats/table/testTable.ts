// Small hand-made tables for the transform tests (not shipped code paths; imported only by *.test.ts).
import type { Cell } from "./cells";
import { DelimitedEncoder } from "./DelimitedEncoder";
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

/** A view that writes its rows itself (the long and wide views) and row by row. */
interface EncodingView {
  rowCount: number;
  row(i: number): Cell[];
  encodeRows(from: number, to: number, enc: DelimitedEncoder): void;
}

/**
 * True when `view.encodeRows`, called `chunk` rows at a time into buffers of `capacity` bytes, writes the
 * same bytes as `record(view.row(i))` for every row, with either separator from the same view.
 */
export function encodesLikeRecords(view: EncodingView, capacity: number, chunk: number): boolean {
  for (const sep of [",", "\t"] as const) {
    const expected = new DelimitedEncoder(sep);
    for (let i = 0; i < view.rowCount; i++) expected.record(view.row(i));
    const enc = new DelimitedEncoder(sep, capacity);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < view.rowCount; i += chunk) {
      view.encodeRows(i, Math.min(view.rowCount, i + chunk), enc);
      parts.push(enc.take());
    }
    if (!Buffer.concat(parts).equals(Buffer.from(expected.take()))) return false;
  }
  return true;
}
