// Reads the dimension selectors of SME.ESTATVALUE: each argument a text `cat01=A1101` (or `cdCat01=A1101`),
// or a range of such texts, or a two-column range of dimension and code.
import { AppError } from "../../core/errors/AppError";
import { isFilterDimension } from "../../core/stats/estat/buildUrl";
import { asMatrix, isBlank, type Arg, type Cell } from "../shared/args";
import { readCode } from "./filters";

/** dimension id (tab, time, area, cat01…) → one code, in the order given. */
export type Selection = Map<string, string>;

function badSelector(s: string): AppError {
  return new AppError("DATA_BAD_SELECTOR", `bad selector ${s}`, { params: { selector: s.slice(0, 80) } });
}

function readDim(raw: string, shown: string): string {
  let d = raw.trim().toLowerCase();
  if (d.startsWith("cd") && isFilterDimension(d.slice(2))) d = d.slice(2);
  if (!isFilterDimension(d)) throw badSelector(shown);
  return d;
}

function add(sel: Selection, dimRaw: string, codeRaw: string, shown: string): void {
  const dim = readDim(dimRaw, shown);
  if (codeRaw.includes(",")) throw badSelector(shown);
  if (codeRaw.trim() === "") throw badSelector(shown);
  const code = readCode(codeRaw);
  const old = sel.get(dim);
  if (old !== undefined && old !== code) {
    throw new AppError("DATA_DUPLICATE_SELECTOR", `${dim} twice`, {
      params: { dimension: dim, a: old, b: code },
    });
  }
  sel.set(dim, code);
}

function text(c: Cell): string {
  if (typeof c === "object" && c !== null) throw c; // an Excel error value in the argument
  return isBlank(c) || c === 0 ? "" : String(c).trim(); // 0: a blank cell on Excel desktop
}

/** All selector arguments (each a cell or a range) → one selection. Blank cells are skipped. */
export function parseSelectors(args: readonly Arg[] | null | undefined): Selection {
  const sel: Selection = new Map();
  for (const arg of args ?? []) {
    const m = asMatrix(arg);
    for (const row of m) {
      if (row.length === 2 && !text(row[0]).includes("=") && text(row[0]) !== "") {
        const shown = `${text(row[0])}=${text(row[1])}`;
        add(sel, text(row[0]), text(row[1]), shown);
        continue;
      }
      for (const c of row) {
        const s = text(c);
        if (s === "") continue;
        const eq = s.indexOf("=");
        if (eq <= 0) throw badSelector(s);
        add(sel, s.slice(0, eq), s.slice(eq + 1), s);
      }
    }
  }
  return sel;
}

/** `cat01=A1101, area=13000` for messages. */
export function describeSelection(sel: Selection): string {
  return sel.size === 0 ? "（指定なし / none）" : [...sel].map(([d, c]) => `${d}=${c}`).join(", ");
}
