import { AppError } from "../../core/errors/AppError";
import { toYen, type Yen } from "../../core/money";
import { parseLenientNumber } from "../../core/parse/parseNumber";

/** What Excel passes for one cell: desktop gives 0 for a blank cell, the web gives null. */
export type Cell = number | string | boolean | null | undefined;
/** A matrix parameter (`any[][]` in JSDoc). A single value arrives as [[value]]; an omitted optional as null. */
export type Arg = Cell[][] | Cell | null | undefined;

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Blank for a text argument (an industry, a type, a program, a basis …): also the number 0, which is how
 * Excel desktop passes a blank cell (the web passes null), and never a meaningful name. Numeric arguments
 * cannot tell a desktop blank from a real 0; each function documents what that means for it.
 */
export function isBlankText(cell: Cell): boolean {
  return cell === 0 || isBlank(cell);
}

/**
 * A number from one cell. Blank → `missing` decides: "error" raises ARG_MISSING
 * (#N/A), a number is used as the default. Text numbers are read leniently.
 */
export function readNumber(cell: Cell, arg: string, missing: "error" | number = "error"): number {
  // Numbers first: the common case of a range of numbers pays one typeof per cell.
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) {
    if (missing === "error")
      throw new AppError("ARG_MISSING", `${arg} is blank`, { kind: "notAvailable", params: { arg } });
    return missing;
  }
  return readNonBlankNumber(cell, arg);
}

/** Whole, non-negative yen from a cell (the subsidy and R&D tax functions). */
export function readYen(cell: Cell, arg: string, missing: "error" | number = "error"): Yen {
  const y = toYen(readNumber(cell, arg, missing), arg);
  if (y < 0)
    throw new AppError("ARG_NEGATIVE", `${arg} is negative`, {
      kind: "invalidNumber",
      params: { arg, value: y },
    });
  return y;
}

/** A number from one cell, or null when the cell is blank (for arguments where blank has its own meaning). */
export function readNumberOrNull(cell: Cell, arg: string): number | null {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  return isBlank(cell) ? null : readNonBlankNumber(cell, arg);
}

function readNonBlankNumber(cell: Cell, arg: string): number {
  rethrowErrorValue(cell);
  if (typeof cell === "number") {
    throw new AppError("ARG_NOT_NUMBER", `${arg} is not finite`, { params: { arg, value: String(cell) } });
  }
  if (typeof cell === "boolean")
    throw new AppError("ARG_NOT_NUMBER", `${arg} is boolean`, { params: { arg, value: String(cell) } });
  const n = parseLenientNumber(String(cell));
  if (n === null)
    throw new AppError("ARG_NOT_NUMBER", `${arg} is not numeric`, { params: { arg, value: String(cell) } });
  return n;
}

/**
 * An error value in an argument cell (a CustomFunctions.Error, e.g. #N/A from a
 * lookup) stays that error in the result cell, as in Excel's own functions.
 */
function rethrowErrorValue(cell: unknown): void {
  if (isErrorValue(cell)) throw cell;
}

function isErrorValue(e: unknown): e is CustomFunctions.Error {
  return typeof CustomFunctions !== "undefined" && e instanceof CustomFunctions.Error;
}

/** Text from one cell; numbers are turned into their text form; 0 counts as blank (see isBlankText). */
export function readText(cell: Cell, arg: string, missing: "error" | string = "error"): string {
  rethrowErrorValue(cell);
  if (isBlankText(cell)) {
    if (missing === "error")
      throw new AppError("ARG_MISSING", `${arg} is blank`, { kind: "notAvailable", params: { arg } });
    return missing;
  }
  return String(cell).trim();
}

export function readBoolean(cell: Cell, arg: string, missing: boolean): boolean {
  rethrowErrorValue(cell);
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
  if (Array.isArray(arg)) {
    if (arg.length === 0 || (Array.isArray(arg[0]) && arg[0].length === 0)) return [[null]];
    // A 1-D array (a caller outside Excel) is one row.
    return Array.isArray(arg[0]) ? arg : [arg as unknown as Cell[]];
  }
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

const BLANK: Cell[][] = [[null]];

/**
 * Applies `fn` cell by cell over arguments of the same shape; 1×1 arguments
 * are repeated over the others (so `=F(B2:B500, 0.5)` works). A cell whose
 * computation fails becomes an AppError (or the argument's own Excel error)
 * in that cell only: one bad row does not hide 498 good ones. Different shapes
 * fail the whole call.
 */
export function mapCells<R>(args: Arg[], names: string[], fn: (...cells: Cell[]) => R): (R | AppError)[][] {
  const matrices = args.map(asMatrix);
  const n = matrices.length;
  let rows = 1;
  let cols = 1;
  let shapeOwner = -1;
  const repeated: boolean[] = new Array(n);
  matrices.forEach((m, i) => {
    const r = m.length;
    const c = m[0].length;
    repeated[i] = r === 1 && c === 1;
    if (repeated[i]) return;
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
  // A ragged "matrix" (rows of different lengths) cannot come from Excel, but must not yield undefined cells.
  matrices.forEach((m, i) => {
    if (!repeated[i] && m.some((row) => row.length !== cols)) {
      throw new AppError("ARG_SHAPE_MISMATCH", "ragged range", {
        params: { a: `${names[i]}`, b: `${rows}×${cols}` },
      });
    }
  });
  // Hot loop (100,000-row ranges): no per-cell closure, spread or array of arguments for up to five
  // arguments. A repeated 1×1 argument reads column 0 of row 0 (stride 0); missing ones read [[null]].
  const at = (k: number): Cell[][] => (k < n ? matrices[k] : BLANK);
  const [m0, m1, m2, m3, m4] = [at(0), at(1), at(2), at(3), at(4)];
  const stride = (k: number): number => (k < n && !repeated[k] ? 1 : 0);
  const [s0, s1, s2, s3, s4] = [stride(0), stride(1), stride(2), stride(3), stride(4)];
  const cells: Cell[] = new Array(n);
  const out: (R | AppError)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const r0 = m0[r * s0];
    const r1 = m1[r * s1];
    const r2 = m2[r * s2];
    const r3 = m3[r * s3];
    const r4 = m4[r * s4];
    const row: (R | AppError)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      try {
        switch (n) {
          case 1:
            row[c] = fn(r0[c * s0]);
            break;
          case 2:
            row[c] = fn(r0[c * s0], r1[c * s1]);
            break;
          case 3:
            row[c] = fn(r0[c * s0], r1[c * s1], r2[c * s2]);
            break;
          case 4:
            row[c] = fn(r0[c * s0], r1[c * s1], r2[c * s2], r3[c * s3]);
            break;
          case 5:
            row[c] = fn(r0[c * s0], r1[c * s1], r2[c * s2], r3[c * s3], r4[c * s4]);
            break;
          default:
            for (let k = 0; k < n; k++) cells[k] = repeated[k] ? matrices[k][0][0] : matrices[k][r][c];
            row[c] = fn(...cells);
        }
      } catch (e) {
        if (!(e instanceof AppError) && !isErrorValue(e)) throw e;
        row[c] = e as AppError;
      }
    }
    out[r] = row;
  }
  return out;
}
