// Recalculation: every formula is evaluated by the injected evaluator after a sync that changed cells.
// Simple full recalculation, repeated until values settle (bounded, so circular formulas stop).
// Array results spill right/down like dynamic arrays; a blocked spill is #SPILL!; a Promise result shows
// #BUSY! until it settles (the async results are cached with the inputs they read, so settling one
// formula does not restart the others).
import { overlaps, parseRef, splitSheet } from "./address";
import { MAX_CELL_TEXT, type WorkbookStore } from "./store";
import type {
  CellModel,
  CellReader,
  CellValue,
  EvalError,
  EvalResult,
  FormulaEvaluator,
  Rect,
  SheetModel,
} from "./types";

export const MAX_ITERATIONS = 10;
const BUSY: EvalError = { error: "#BUSY!", message: "結果を待っています。 / Waiting for the result." };

type Read = { sheet: string; a1?: string; row?: number; col?: number; seen: string };

function isError(x: unknown): x is EvalError {
  return (
    typeof x === "object" && x !== null && !Array.isArray(x) && typeof (x as EvalError).error === "string"
  );
}

function isThenable(x: unknown): x is PromiseLike<EvalResult> {
  return typeof x === "object" && x !== null && typeof (x as PromiseLike<unknown>).then === "function";
}

export class Calculator {
  evaluator: FormulaEvaluator | undefined;
  private readonly settled = new Map<string, { formula: string; reads: Read[]; result: EvalResult }>();
  private readonly pending = new Map<string, { formula: string; reads: Read[]; token: object }>();
  /** Where each formula spilled last time, by "sheetId:row,col". */
  private readonly spills = new Map<string, Rect>();

  constructor(
    private readonly store: WorkbookStore,
    private readonly onAsyncSettled: () => void,
  ) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  private reader(reads: Read[]): CellReader {
    return {
      cell: (sheet, row, col) => {
        const s = this.store.sheetByName(sheet);
        const v = (s && this.store.cell(s, row, col)?.value) ?? "";
        reads.push({ sheet, row, col, seen: JSON.stringify(v) });
        return v;
      },
      range: (sheet, a1) => {
        const { sheet: named, ref } = splitSheet(a1);
        const s = this.store.sheetByName(named ?? sheet);
        const rect = parseRef(ref);
        if (!s || !rect) throw new Error(`#REF! ${a1}`);
        const v = this.store.readValues(s, rect) ?? [];
        reads.push({ sheet, a1, seen: JSON.stringify(v) });
        return v;
      },
    };
  }

  private readsUnchanged(reads: Read[]): boolean {
    const again: Read[] = [];
    const r = this.reader(again);
    try {
      return reads.every(
        (x) =>
          JSON.stringify(
            x.a1 !== undefined ? r.range(x.sheet, x.a1) : r.cell(x.sheet, x.row as number, x.col as number),
          ) === x.seen,
      );
    } catch {
      return false;
    }
  }

  private evaluate(sheet: SheetModel, row: number, col: number, formula: string): EvalResult {
    const key = `${sheet.id}:${row},${col}`;
    const done = this.settled.get(key);
    if (done && done.formula === formula && this.readsUnchanged(done.reads)) return done.result;
    const waiting = this.pending.get(key);
    if (waiting && waiting.formula === formula && this.readsUnchanged(waiting.reads)) return BUSY;
    if (!this.evaluator) return { error: "#NAME?", message: "No formula evaluator is installed." };
    const reads: Read[] = [];
    let out: EvalResult | Promise<EvalResult>;
    try {
      out = this.evaluator(formula, { sheet: sheet.name, row, col }, this.reader(reads));
    } catch (e) {
      return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
    }
    if (!isThenable(out)) return out;
    const token = {};
    this.pending.set(key, { formula, reads, token });
    const settle = (result: EvalResult) => {
      if (this.pending.get(key)?.token !== token) return;
      this.pending.delete(key);
      this.settled.set(key, { formula, reads, result });
      this.onAsyncSettled();
    };
    out.then(settle, (e: unknown) =>
      settle({ error: "#VALUE!", message: e instanceof Error ? e.message : String(e) }),
    );
    return BUSY;
  }

  /** Puts a result into the origin cell and its spill area; returns whether any displayed value changed. */
  private place(sheet: SheetModel, row: number, col: number, origin: CellModel, result: EvalResult): boolean {
    const key = `${row},${col}`;
    const spillKey = `${sheet.id}:${key}`;
    const before = this.signature(sheet, origin, this.spills.get(spillKey));
    let matrix: (CellValue | EvalError)[][] | null = null;
    let head: CellValue | EvalError = isError(result) ? result : Array.isArray(result) ? "" : result;
    if (Array.isArray(result)) {
      const rows = result.length;
      const cols = Math.max(0, ...result.map((r) => r.length));
      if (rows === 0 || cols === 0)
        head = { error: "#CALC!", message: "The formula returned an empty array." };
      else if (rows === 1 && cols === 1) head = result[0][0];
      else {
        matrix = result.map((r) =>
          Array.from({ length: cols }, (_, j) => (j < r.length ? r[j] : { error: "#N/A" })),
        );
        head = matrix[0][0];
      }
    }
    this.clearSpill(sheet, spillKey, key);
    if (matrix) {
      const rect = { r0: row, c0: col, r1: row + matrix.length - 1, c1: col + matrix[0].length - 1 };
      const spillError = this.spillError(sheet, rect, row, col);
      if (spillError) {
        head = { error: "#SPILL!", message: spillError };
      } else {
        for (let i = 0; i < matrix.length; i++)
          for (let j = 0; j < matrix[i].length; j++) {
            if (i === 0 && j === 0) continue;
            const cell = this.store.ensureCell(sheet, row + i, col + j);
            setResult(cell, matrix[i][j]);
            cell.spillOrigin = key;
          }
        this.spills.set(spillKey, rect);
      }
    }
    setResult(origin, head);
    return before !== this.signature(sheet, origin, this.spills.get(spillKey));
  }

  /**
   * Why an array result cannot spill into rect, or null. @types/office-js SpillErrorCellValueSubType lists the
   * causes shown as #SPILL!: "collision" (a cell that isn't empty), "worksheetEdge", and "table": "An error
   * caused by entering a dynamic array formula in a table"; Microsoft's "Dynamic arrays and spilled array
   * behavior" (support.microsoft.com/office/205c6b06-03ba-4151-89a1-87a7eb36e531): "Spilled array formulas
   * are not supported in Excel tables themselves". A formula outside a table whose spill range would cover
   * table cells is #SPILL! as well (our reading: its results would land in the table).
   */
  private spillError(sheet: SheetModel, rect: Rect, row: number, col: number): string | null {
    if (rect.r1 >= 1_048_576 || rect.c1 >= 16_384)
      return "スピル範囲がワークシートの端を越えます。 / The spill range runs off the edge of the worksheet.";
    const tables = this.store.model.tables.filter((t) => t.sheetId === sheet.id);
    const origin = { r0: row, c0: col, r1: row, c1: col };
    const home = tables.find((t) => overlaps(t.rect, origin));
    if (home)
      return `テーブル（${home.name}）の中ではスピルできません。 / Spilled array formulas aren't supported in tables (${home.name}).`;
    const hit = tables.find((t) => overlaps(t.rect, rect));
    if (hit)
      return `スピル範囲がテーブル ${hit.name} にかかります。 / The spill range runs into table ${hit.name}; dynamic arrays can't spill into tables.`;
    if (this.blocked(sheet, rect, row, col))
      return "スピル範囲が空白ではありません。 / The spill range isn't blank.";
    return null;
  }

  private blocked(sheet: SheetModel, rect: Rect, row: number, col: number): boolean {
    let blocked = false;
    this.store.forEachCell(sheet, rect, (cell, r, c) => {
      if (r === row && c === col) return;
      if (cell.formula !== undefined || cell.value !== "") blocked = true;
    });
    return blocked;
  }

  private clearSpill(sheet: SheetModel, spillKey: string, key: string): void {
    const old = this.spills.get(spillKey);
    if (!old) return;
    this.spills.delete(spillKey);
    this.store.forEachCell(sheet, old, (cell) => {
      if (cell.spillOrigin !== key) return;
      cell.value = "";
      delete cell.spillOrigin;
      delete cell.errorMessage;
    });
  }

  private signature(sheet: SheetModel, origin: CellModel, spill: Rect | undefined): string {
    return JSON.stringify([
      origin.value,
      origin.errorMessage,
      spill,
      spill && this.store.readValues(sheet, spill),
    ]);
  }

  /** Recalculates every formula; returns whether any value changed. */
  recalc(): boolean {
    const formulas: { sheet: SheetModel; row: number; col: number; cell: CellModel }[] = [];
    for (const sheet of this.store.model.sheets)
      sheet.rows.forEach((line, row) =>
        line.forEach((cell, col) => {
          if (cell?.formula !== undefined) formulas.push({ sheet, row, col, cell });
        }),
      );
    let changed = this.dropOrphans(new Set(formulas.map((f) => `${f.sheet.id}:${f.row},${f.col}`)));
    for (let i = 0; i < MAX_ITERATIONS; i++) {
      let pass = false;
      for (const f of formulas) {
        if (f.cell.formula === undefined) continue;
        if (this.place(f.sheet, f.row, f.col, f.cell, this.evaluate(f.sheet, f.row, f.col, f.cell.formula)))
          pass = true;
      }
      changed ||= pass;
      if (!pass) break;
    }
    return changed;
  }

  /** Spill areas whose formula is gone are emptied. */
  private dropOrphans(live: Set<string>): boolean {
    let changed = false;
    for (const spillKey of [...this.spills.keys()]) {
      if (live.has(spillKey)) continue;
      const [sheetId, key] = spillKey.split(":");
      const sheet = this.store.sheetById(sheetId);
      if (sheet) this.clearSpill(sheet, spillKey, key);
      else this.spills.delete(spillKey);
      changed = true;
    }
    for (const k of [...this.settled.keys()]) if (!live.has(k)) this.settled.delete(k);
    return changed;
  }
}

function setResult(cell: CellModel, v: CellValue | EvalError): void {
  if (typeof v === "number" && !Number.isFinite(v))
    v = { error: "#NUM!", message: `The result is not a finite number (${v}).` };
  // "An error caused by a cell's formula returning a string that exceeds the maximum of 32767 characters.
  // Displays as error type #CALC! in Excel." (@types/office-js, CalcErrorCellValueSubType.textOverflow)
  if (typeof v === "string" && v.length > MAX_CELL_TEXT)
    v = {
      error: "#CALC!",
      message: `The result has ${v.length} characters; a cell holds at most ${MAX_CELL_TEXT}.`,
    };
  if (isError(v)) {
    cell.value = v.error;
    cell.errorMessage = v.message ?? "";
  } else {
    cell.value = v ?? "";
    delete cell.errorMessage;
  }
}
