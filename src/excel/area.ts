// What is in a target area before a write, and putting it back when the write is cancelled or fails.
import type { RangeRef } from "./a1";
import { SyncMeter } from "./payload";
import { isApiSupported } from "./requirements";
import { toExcelValue } from "./textGuard";
import { writeRows, type ExcelInput } from "./writeRows";

/** Cells read per request: a response over 5 MB fails too (ResponsePayloadSizeLimitExceeded). */
const CELLS_PER_READ = 20_000;
/** Spill look-ups queued per request (each is one small operation). */
const SPILL_QUERIES_PER_SYNC = 5_000;

export interface SavedArea extends RangeRef {
  /**
   * What to write back: formulas as formulas, text guarded so it stays text, and null (leave the cell
   * alone) where a dynamic array spilled: writing that value back as a constant would block the spill
   * and turn its anchor into #SPILL!; the anchor's formula brings it back on recalculation.
   */
  inputs: (ExcelInput | null)[][];
  formats: string[][];
  nonEmptyCells: number;
  sample: string[];
}

/** Restore input for one cell: Range.formulas returns a formula, or the constant (without a text apostrophe). */
function restoreInput(value: unknown, formula: unknown): ExcelInput {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  return toExcelValue(String(value));
}

/** Reads an area in row bands small enough for the response limit; halves the band if Excel still refuses. */
export async function readArea(meter: SyncMeter, sheet: Excel.Worksheet, area: RangeRef): Promise<SavedArea> {
  const saved: SavedArea = { ...area, inputs: [], formats: [], nonEmptyCells: 0, sample: [] };
  // Dynamic arrays (and Range.hasSpill / getSpilling…) came with ExcelApi 1.12; older hosts have no spills.
  const spills = isApiSupported("1.12");
  const spillBands: { start: number; rows: number }[] = [];
  let band = Math.max(1, Math.floor(CELLS_PER_READ / area.cols));
  for (let start = 0; start < area.rows;) {
    const n = Math.min(band, area.rows - start);
    const range = sheet
      .getRangeByIndexes(area.row + start, area.col, n, area.cols)
      .load(spills ? "values, formulas, numberFormat, hasSpill" : "values, formulas, numberFormat");
    meter.add();
    try {
      await meter.sync();
    } catch (e) {
      if ((e as { code?: string }).code === "ResponsePayloadSizeLimitExceeded" && band > 1) {
        band = Math.max(1, Math.floor(band / 2));
        continue;
      }
      throw e;
    }
    range.values.forEach((row, i) => {
      saved.inputs.push(row.map((v, j) => restoreInput(v, range.formulas[i][j])));
      saved.formats.push(range.numberFormat[i].map((f) => String(f ?? "General")));
      row.forEach((v, j) => {
        const f = range.formulas[i][j];
        if (f === "" || f === null) return;
        saved.nonEmptyCells++;
        if (saved.sample.length < 3) saved.sample.push(String(v));
      });
    });
    if (spills && range.hasSpill !== false) spillBands.push({ start, rows: n });
    start += n;
  }
  if (spillBands.length > 0) await markSpilledCells(meter, sheet, saved, spillBands);
  return saved;
}

/**
 * Sets inputs to null where a cell is a spilled result of a dynamic array, not its anchor. Anchors in the
 * area are the formula cells; an anchor outside it spills in across the area's top row or left column, so
 * only those edge cells ask for their spill parent (a spill range runs right and down from its anchor).
 */
async function markSpilledCells(
  meter: SyncMeter,
  sheet: Excel.Worksheet,
  saved: SavedArea,
  bands: { start: number; rows: number }[],
): Promise<void> {
  // Callers only get here with ExcelApi 1.12; said again where the calls are, so test/unit/apiSets.test.ts
  // sees the check (it reads guards in the code around a call, not through the caller's data).
  if (!isApiSupported("1.12")) return;
  const anchors = new Set<string>();
  const inBand = (i: number) => bands.some((b) => i >= b.start && i < b.start + b.rows);
  const probes: { i: number; j: number }[] = [];
  saved.inputs.forEach((row, i) => {
    if (!inBand(i)) return;
    row.forEach((x, j) => {
      if (typeof x === "string" && x.startsWith("=")) anchors.add(`${saved.row + i},${saved.col + j}`);
      else if (x !== "" && (i === 0 || j === 0)) probes.push({ i, j });
    });
  });
  for (let k = 0; k < probes.length; k += SPILL_QUERIES_PER_SYNC) {
    const parents = probes.slice(k, k + SPILL_QUERIES_PER_SYNC).map(({ i, j }) => {
      const p = sheet.getCell(saved.row + i, saved.col + j).getSpillParentOrNullObject();
      p.load("rowIndex, columnIndex");
      meter.add();
      return p;
    });
    await meter.sync();
    for (const p of parents) if (!p.isNullObject) anchors.add(`${p.rowIndex},${p.columnIndex}`);
  }
  const list = [...anchors].map((a) => a.split(",").map(Number));
  for (let k = 0; k < list.length; k += SPILL_QUERIES_PER_SYNC) {
    const ranges = list.slice(k, k + SPILL_QUERIES_PER_SYNC).map(([r, c]) => {
      const s = sheet.getCell(r, c).getSpillingToRangeOrNullObject();
      s.load("rowIndex, columnIndex, rowCount, columnCount");
      meter.add();
      return { r, c, s };
    });
    await meter.sync();
    for (const { r, c, s } of ranges) {
      if (s.isNullObject) continue;
      for (
        let y = Math.max(s.rowIndex, saved.row);
        y < Math.min(s.rowIndex + s.rowCount, saved.row + saved.rows);
        y++
      )
        for (
          let x = Math.max(s.columnIndex, saved.col);
          x < Math.min(s.columnIndex + s.columnCount, saved.col + saved.cols);
          x++
        )
          if (y !== r || x !== c) saved.inputs[y - saved.row][x - saved.col] = null;
    }
  }
}

/** The parts of `outer` not covered by `inner` (up to four bands). */
function outside(outer: RangeRef, inner: RangeRef | null): RangeRef[] {
  if (!inner) return [outer];
  const out: RangeRef[] = [];
  const top = inner.row - outer.row;
  const bottom = outer.row + outer.rows - (inner.row + inner.rows);
  if (top > 0) out.push({ ...outer, rows: top });
  if (bottom > 0) out.push({ ...outer, row: inner.row + inner.rows, rows: bottom });
  const left = inner.col - outer.col;
  const right = outer.col + outer.cols - (inner.col + inner.cols);
  if (left > 0) out.push({ row: inner.row, rows: inner.rows, col: outer.col, cols: left });
  if (right > 0) out.push({ row: inner.row, rows: inner.rows, col: inner.col + inner.cols, cols: right });
  return out;
}

/**
 * Puts an area back: cells that held nothing are cleared of contents and formats, the saved part is
 * rewritten (values/formulas and number formats) in chunks.
 */
export async function restoreArea(
  meter: SyncMeter,
  sheet: Excel.Worksheet,
  footprint: RangeRef,
  saved: SavedArea | null,
): Promise<void> {
  sheet.getRangeByIndexes(footprint.row, footprint.col, footprint.rows, footprint.cols).clear("Contents");
  meter.add();
  for (const r of outside(footprint, saved)) {
    sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols).clear("Formats");
    meter.add();
  }
  if (saved && saved.rows > 0) {
    await writeRows(meter, {
      sheet,
      row: saved.row,
      col: saved.col,
      width: saved.cols,
      count: saved.rows,
      rowAt: (i) => saved.inputs[i],
      formats: { kind: "cells", rowAt: (i) => saved.formats[i] },
    });
  } else await meter.sync();
}
