// The workbook's state and the cell-level operations queued proxies apply at sync.
import { MAX_COLS, MAX_ROWS, columnLetters, formatAddress, formatRef, rectCols, rectRows } from "./address";
import { displayText, hasFormat, interpretInput, isEmptyCell, valueType, type ValueType } from "./cells";
import { invalidArgument, invalidOperation, itemAlreadyExists } from "./errors";
import { formulaProblem } from "./formulaSyntax";
import type { CellModel, CellValue, Rect, SheetModel, WorkbookModel } from "./types";

/** Reads over this many cells return null instead of values, as Excel does (domain notes §4.6). */
export const MAX_READ_CELLS = 5_000_000;

/**
 * "Total number of characters that a cell can contain: 32,767 characters" (Microsoft, "Excel specifications
 * and limits", support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3). Counted in UTF-16 code
 * units: @types/office-js (CalcErrorCellValueSubType.textOverflow) says "A surrogate character counts as
 * multiple characters toward the maximum character limit".
 */
export const MAX_CELL_TEXT = 32_767;

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/;
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * Worksheet names, from Microsoft's support article "Rename a worksheet"
 * (https://support.microsoft.com/office/3f1f7148-ee83-404d-8ef0-9ff99fbad1f9): a name cannot be blank,
 * contain more than 31 characters, contain / \ ? * : [ ], begin or end with an apostrophe, or be
 * "History" ("a reserved word Excel uses internally"). Names are unique case-insensitively (Excel treats
 * "Data" and "DATA" as the same sheet). Choices where the article is silent: we count UTF-16 code units
 * (as @types/office-js counts cell text, where "a surrogate character counts as multiple characters"),
 * reserve "History" in any letter case, treat a name of only spaces as blank, and reject with
 * InvalidArgument (the article describes the UI; the API's code is not documented).
 */
function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "it is blank";
  if (name.length > MAX_SHEET_NAME_LENGTH) return `it has ${name.length} characters (at most 31)`;
  if (INVALID_SHEET_CHARS.test(name)) return "it contains one of \\ / ? * [ ] :";
  if (/^'|'$/.test(name)) return "it begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved by Excel";
  return null;
}

export class WorkbookStore {
  readonly model: WorkbookModel;
  private nextId = 1;
  /** Set when cells changed since the last recalculation. */
  cellsDirty = false;
  /** Set when anything changed since listeners were last told. */
  changed = false;

  constructor() {
    const first = this.newSheet("Sheet1");
    this.model = {
      sheets: [first],
      activeSheetId: first.id,
      tables: [],
      charts: [],
      comments: [],
      settings: new Map(),
      customXmlParts: [],
      calculationMode: "Automatic",
      selection: { sheetId: first.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } },
    };
  }

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, "0")}}`;
  }

  private newSheet(name: string): SheetModel {
    return {
      id: this.newId("sheet"),
      name,
      visibility: "Visible",
      rows: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      autofitColumns: [],
      freezeRows: 0,
    };
  }

  sheetById(id: string): SheetModel | undefined {
    return this.model.sheets.find((s) => s.id === id);
  }

  /** Sheet names are case-insensitive in Excel. */
  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.model.sheets.find((s) => s.name.toLowerCase() === key);
  }

  validateSheetName(name: string, exceptId?: string): void {
    const problem = sheetNameProblem(name);
    if (problem) throw invalidArgument(`'${name}' is not a valid sheet name: ${problem}.`, "Worksheet.name");
    const other = this.sheetByName(name);
    if (other && other.id !== exceptId) throw itemAlreadyExists(`A sheet named '${name}' already exists.`);
  }

  addSheet(name?: string): SheetModel {
    let n = this.model.sheets.length + 1;
    while (name === undefined && this.sheetByName(`Sheet${n}`)) n++;
    const finalName = name ?? `Sheet${n}`;
    this.validateSheetName(finalName);
    const sheet = this.newSheet(finalName);
    this.model.sheets.push(sheet);
    this.changed = true;
    return sheet;
  }

  deleteSheet(id: string): void {
    const visible = this.model.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0].id === id)
      throw invalidOperation("A workbook must contain at least one visible worksheet.");
    const index = this.model.sheets.findIndex((s) => s.id === id);
    this.model.sheets.splice(index, 1);
    this.model.tables = this.model.tables.filter((t) => t.sheetId !== id);
    this.model.charts = this.model.charts.filter((c) => c.sheetId !== id);
    this.model.comments = this.model.comments.filter((c) => c.sheetId !== id);
    if (this.model.activeSheetId === id) {
      const next = this.model.sheets[Math.min(index, this.model.sheets.length - 1)];
      this.model.activeSheetId = next.id;
      this.model.selection = { sheetId: next.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }
    this.changed = this.cellsDirty = true;
  }

  address(sheet: SheetModel, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }

  cell(sheet: SheetModel, r: number, c: number): CellModel | undefined {
    return sheet.rows[r]?.[c];
  }

  ensureCell(sheet: SheetModel, r: number, c: number): CellModel {
    const row = (sheet.rows[r] ??= []);
    return (row[c] ??= { value: "" });
  }

  /** Calls fn for every stored cell inside rect, in row-major order. */
  forEachCell(sheet: SheetModel, rect: Rect, fn: (cell: CellModel, r: number, c: number) => void): void {
    const full = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    const visitRow = (row: (CellModel | undefined)[] | undefined, r: number) => {
      if (!row) return;
      if (rect.c0 === 0 && rect.c1 === MAX_COLS - 1) row.forEach((cell, c) => cell && fn(cell, r, c));
      else
        for (let c = rect.c0; c <= rect.c1 && c < row.length; c++) if (row[c]) fn(row[c] as CellModel, r, c);
    };
    if (full || rectRows(rect) > sheet.rows.length)
      sheet.rows.forEach((row, r) => r >= rect.r0 && r <= rect.r1 && visitRow(row, r));
    else for (let r = rect.r0; r <= rect.r1; r++) visitRow(sheet.rows[r], r);
  }

  /** Applies one Range.values / formulas / numberFormat assignment. */
  write(sheet: SheetModel, rect: Rect, input: unknown, what: "values" | "formulas" | "numberFormat"): void {
    const rows = rectRows(rect);
    const cols = rectCols(rect);
    const at = (i: number, j: number): unknown => (Array.isArray(input) ? (input[i] as unknown[])[j] : input);
    if (Array.isArray(input)) {
      if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
        throw invalidArgument(
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rows}x${cols}, input ${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}).`,
        );
    } else if (rows * cols > MAX_READ_CELLS && input !== null && input !== "") {
      throw invalidArgument(`Writing one value to ${rows * cols} cells is beyond what the fake models.`);
    }
    if (!Array.isArray(input) && (input === "" || input === null) && what !== "numberFormat") {
      if (input === "") this.clear(sheet, rect, "Contents");
      return;
    }
    if (what === "numberFormat") {
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const x = at(i, j);
          if (x === null || x === undefined) continue;
          if (typeof x !== "string") throw invalidArgument(`A number format must be text, got ${typeof x}.`);
        }
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const x = at(i, j) as string | null | undefined;
          if (x === null || x === undefined) continue;
          this.ensureCell(sheet, rect.r0 + i, rect.c0 + j).numberFormat = x === "General" ? undefined : x;
        }
      this.changed = this.cellsDirty = true;
      return;
    }
    // Every cell is checked before any is written: one assignment is one operation, and an operation that
    // fails leaves its range as it was (the batch's earlier operations stay applied, see FakeExcel).
    const parsed = new Array<ReturnType<typeof interpretInput>[]>(rows);
    for (let i = 0; i < rows; i++) {
      const line = (parsed[i] = new Array<ReturnType<typeof interpretInput>>(cols));
      for (let j = 0; j < cols; j++) {
        const p = (line[j] = interpretInput(at(i, j)));
        const where = () => formatRef({ r0: rect.r0 + i, c0: rect.c0 + j, r1: rect.r0 + i, c1: rect.c0 + j });
        if (p.kind === "formula") {
          const problem = formulaProblem(p.formula);
          if (problem)
            throw invalidArgument(
              `There's a problem with the formula in ${where()}: ${problem}.`,
              `Range.${what}`,
            );
        } else if (p.kind === "value" && typeof p.value === "string" && p.value.length > MAX_CELL_TEXT)
          // The API's answer to over-long text is not documented; we model a rejected write (InvalidArgument)
          // rather than silent truncation, so adapters must check lengths themselves.
          throw invalidArgument(
            `The text for ${where()} has ${p.value.length} characters; a cell holds at most ${MAX_CELL_TEXT}.`,
            `Range.${what}`,
          );
      }
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const p = parsed[i][j];
        if (p.kind === "skip") continue;
        const cell =
          p.kind === "blank"
            ? this.cell(sheet, rect.r0 + i, rect.c0 + j)
            : this.ensureCell(sheet, rect.r0 + i, rect.c0 + j);
        if (!cell) continue;
        delete cell.spillOrigin;
        delete cell.errorMessage;
        delete cell.textPrefix;
        delete cell.formula;
        if (p.kind === "blank") cell.value = "";
        else if (p.kind === "formula") {
          cell.formula = p.formula;
          cell.value = "";
        } else {
          cell.value = p.value;
          if (p.textPrefix) cell.textPrefix = true;
        }
      }
    }
    this.changed = this.cellsDirty = true;
  }

  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
    const formats = applyTo === "All" || applyTo === "Formats";
    this.forEachCell(sheet, rect, (cell, r, c) => {
      if (contents) {
        cell.value = "";
        delete cell.formula;
        delete cell.errorMessage;
        delete cell.spillOrigin;
        delete cell.textPrefix;
      }
      if (formats) {
        for (const k of [
          "numberFormat",
          "bold",
          "italic",
          "fontColor",
          "fillColor",
          "horizontalAlignment",
          "wrapText",
        ] as const)
          delete cell[k];
      }
      if (isEmptyCell(cell) && !hasFormat(cell)) delete (sheet.rows[r] as (CellModel | undefined)[])[c];
    });
    this.changed = this.cellsDirty = true;
  }

  read<T>(sheet: SheetModel, rect: Rect, pick: (cell: CellModel | undefined) => T): T[][] | null {
    const rows = rectRows(rect);
    const cols = rectCols(rect);
    if (rows * cols > MAX_READ_CELLS) return null;
    const out: T[][] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const row = sheet.rows[rect.r0 + i];
      const line: T[] = new Array(cols);
      for (let j = 0; j < cols; j++) line[j] = pick(row?.[rect.c0 + j]);
      out[i] = line;
    }
    return out;
  }

  readValues(sheet: SheetModel, rect: Rect): CellValue[][] | null {
    return this.read(sheet, rect, (c) => (c === undefined ? "" : c.value));
  }
  readFormulas(sheet: SheetModel, rect: Rect): CellValue[][] | null {
    return this.read(sheet, rect, (c) => (c === undefined ? "" : (c.formula ?? c.value)));
  }
  readNumberFormats(sheet: SheetModel, rect: Rect): string[][] | null {
    return this.read(sheet, rect, (c) => c?.numberFormat ?? "General");
  }
  readText(sheet: SheetModel, rect: Rect): string[][] | null {
    return this.read(sheet, rect, displayText);
  }
  readValueTypes(sheet: SheetModel, rect: Rect): ValueType[][] | null {
    return this.read(sheet, rect, valueType);
  }

  /** Bounding rectangle of non-empty cells (and formatted ones unless valuesOnly); null for an empty sheet. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || (isEmptyCell(cell) && (valuesOnly || !hasFormat(cell)))) return;
        if (!rect) rect = { r0: r, c0: c, r1: r, c1: c };
        else {
          rect.r0 = Math.min(rect.r0, r);
          rect.r1 = Math.max(rect.r1, r);
          rect.c0 = Math.min(rect.c0, c);
          rect.c1 = Math.max(rect.c1, c);
        }
      }),
    );
    return rect;
  }

  /** Where the formula at (r, c) spills (anchor included), or null when it does not spill. */
  spillRect(sheet: SheetModel, r: number, c: number): Rect | null {
    if (this.cell(sheet, r, c)?.formula === undefined) return null;
    const key = `${r},${c}`;
    let r1 = r;
    let c1 = c;
    while (this.cell(sheet, r1 + 1, c)?.spillOrigin === key) r1++;
    while (this.cell(sheet, r, c1 + 1)?.spillOrigin === key) c1++;
    return r1 === r && c1 === c ? null : { r0: r, c0: c, r1, c1 };
  }

  /** The anchor of the spill (r, c) belongs to: itself for a spilling formula, null outside any spill. */
  spillAnchor(sheet: SheetModel, r: number, c: number): { row: number; col: number } | null {
    const origin = this.cell(sheet, r, c)?.spillOrigin;
    if (origin !== undefined) {
      const [row, col] = origin.split(",").map(Number);
      return { row, col };
    }
    return this.spillRect(sheet, r, c) ? { row: r, col: c } : null;
  }

  /** Range.hasSpill: true when every cell of rect is in a spill range, false when none is, else null. */
  hasSpill(sheet: SheetModel, rect: Rect): boolean | null {
    let spilled = 0;
    this.forEachCell(sheet, rect, (cell, r, c) => {
      if (cell.spillOrigin !== undefined || this.spillRect(sheet, r, c)) spilled++;
    });
    if (spilled === 0) return false;
    return spilled === rectRows(rect) * rectCols(rect) ? true : null;
  }

  columnName(c: number): string {
    return columnLetters(c);
  }
}
