// The provenance block written above a loaded table: label/value rows, then the marker legend.
import { stripAppId } from "./stripAppId";
import { toExcelValue } from "./textGuard";
import type { WriteTableRequest } from "./types";
import type { ExcelInput } from "./writeRows";

export const LEGEND_TITLE = "凡例 / Legend";

/** Rows of exactly `width` cells, ending with one blank separator row. */
export function provenanceBlock(
  req: Pick<WriteTableRequest, "provenance" | "markerLegend">,
  width: number,
): ExcelInput[][] {
  const pad = (cells: string[]): ExcelInput[] =>
    Array.from({ length: width }, (_, j) =>
      j < cells.length ? toExcelValue(stripAppId(cells[j]) as string) : "",
    );
  const rows = req.provenance.map(pad);
  if (req.markerLegend && req.markerLegend.length > 0) {
    rows.push(pad([LEGEND_TITLE]));
    for (const m of req.markerLegend) rows.push(pad([m.marker, m.meaning]));
  }
  rows.push(pad([]));
  return rows;
}

export function blockWidth(req: Pick<WriteTableRequest, "provenance" | "header">): number {
  return Math.max(req.header.length, 2, ...req.provenance.map((r) => r.length));
}
