import { AppError } from "../../core/errors/AppError";
import { parseLenientNumber } from "../../core/parse/parseNumber";

/** What Excel passes for one cell: desktop gives 0 for a blank cell, the web gives null. */
export type Cell = number | string | boolean | null | undefined;
/** A matrix parameter (`any[][]` in JSDoc). A single value arrives as [[value]]; an omitted optional as null. */
export type Arg = Cell[][] | Cell | null | undefined;

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * A number from one cell. Blank → `missing` decides: "error" raises ARG_MISSING
 * (#N/A), a number is used as the default. Text numbers are read leniently.
 */
export function readNumber(cell: Cell, arg: string, missing: "error" | number = "error"): number {
  if (isBlank(cell)) {
    if (missing === "error") throw new AppError("ARG_MISSING", `${arg} is blank`, { kind: "notAvailable", params: { arg } });
    return missing;
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new AppError("ARG_NOT_NUMBER", `${arg} is not finite`, { params: { arg, value: String(cell) } });
    return cell;
  }
  if (typeof cell === "boolean") throw new AppError("ARG_NOT_NUMBER", `${arg} is boolean`, { params: { arg, value: String(cell) } });
  const n = parseLenientNumber(String(cell));
  if (n === null) throw new AppError("ARG_NOT_NUMBER", `${arg} is not numeric`, { params: { arg, value: String(cell) } });
  return n;
}

/** Text from one cell; numbers are turned into their text form. */
export function readText(cell: Cell, arg: string, missing: "error" | string = "error"): string {
  if (isBlank(cell)) {
    if (missing === "error") throw new AppError("ARG_MISSING", `${arg} is blank`, { kind: "notAvailable", params: { arg } });
    return missing;
  }
  return String(cell).trim();
}

export function readBoolean(cell: Cell, arg: string, missing: boolean): boolean {
  if (isBlank(cell)) return missing;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell !== 0;
  const s = String(cell).trim().toUpperCase();
  if (["TRUE", "1", "はい", "YES"].includes(s)) return true;
  if (["FALSE", "0", "いいえ", "NO"].includes(s)) return false;
  throw new AppError("ARG_NOT_BOOLEAN", `${arg} is not boolean`, { params: { arg, value: String(cell) } });
}

/** A matrix argument as a matrix (scalars and omitted values become 1×1). */
export function asMatrix(arg: Arg): Cell[][] {
  if (Array.isArray(arg)) return arg.length === 0 ? [[null]] : arg;
  return [[arg ?? null]];
}

/** The single value of an argument that must be one cell (the top-left of a range is not guessed). */
export function scalarOf(arg: Arg, name: string): Cell {
  const m = asMatrix(arg);
  if (m.length !== 1 || m[0].length !== 1) {
    throw new AppError("ARG_SHAPE_MISMATCH", `${name} must be one cell`, {
      params: { a: name, b: `${m.length}×${m[0].length}` },
    });
  }
  return m[0][0];
}

/**
 * Applies `fn` cell by cell over arguments of the same shape; 1×1 arguments
 * are repeated over the others (so `=F(B2:B500, 0.5)` works). A cell whose
 * computation fails becomes an AppError in that cell only: one bad row does
 * not hide 498 good ones. Different shapes fail the whole call.
 */
export function mapCells<R>(args: Arg[], names: string[], fn: (...cells: Cell[]) => R): (R | AppError)[][] {
  const matrices = args.map(asMatrix);
  let rows = 1;
  let cols = 1;
  let shapeOwner = -1;
  matrices.forEach((m, i) => {
    const r = m.length;
    const c = m[0].length;
    if (r === 1 && c === 1) return;
    if (shapeOwner === -1) {
      rows = r;
      cols = c;
      shapeOwner = i;
    } else if (r !== rows || c !== cols) {
      throw new AppError("ARG_SHAPE_MISMATCH", "range shapes differ", {
        params: { a: `${names[shapeOwner]} ${rows}×${cols}`, b: `${names[i]} ${r}×${c}` },
      });
    }
  });
  const out: (R | AppError)[][] = new Array(rows);
  const cells: Cell[] = new Array(matrices.length);
  for (let r = 0; r < rows; r++) {
    const row: (R | AppError)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let k = 0; k < matrices.length; k++) {
        const m = matrices[k];
        cells[k] = m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c];
      }
      try {
        row[c] = fn(...cells);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        row[c] = e;
      }
    }
    out[r] = row;
  }
  return out;
}
