// Reads the filters argument of SME.ESTAT: `cdCat01=A1101,A1102;cdTimeFrom=2015000000`, or a range of
// parameter/value pairs (two columns) or of `name=value` texts (one column). The e-Stat names are kept
// (lv…, cd…, cd…From, cd…To with Tab/Time/Area/Cat01–Cat15); a bare dimension (`cat01=A1101`) means cd.
import { AppError } from "../../core/errors/AppError";
import { isFilterDimension, type DimensionFilter } from "../../core/stats/estat/buildUrl";
import { asMatrix, isBlank, type Arg, type Cell } from "../shared/args";

export type EstatFilters = Record<string, DimensionFilter>;

/** e-Stat answers STATUS 105 above this many codes per dimension; the client splits longer lists. */
export const CODES_PER_REQUEST = 100;
/** Requests one filter may cost after splitting (the product over dimensions of ⌈codes/100⌉). */
export const MAX_REQUESTS_PER_QUERY = 20;

const CODE = /^[0-9A-Za-z_.-]{1,32}$/;
const LEVEL = /^(\d{1,2}|\d{1,2}-\d{1,2}|-\d{1,2}|\d{1,2}-)$/;
const NAME = /^(lv|cd)?(tab|time|area|cat\d\d)(from|to)?$/;

function badFilter(part: string): AppError {
  return new AppError("DATA_BAD_FILTER", `bad filter ${part}`, { params: { part: part.slice(0, 80) } });
}

/** A code as e-Stat writes it; anything else is refused before it reaches a URL. */
export function readCode(raw: string): string {
  const code = raw.trim();
  if (!CODE.test(code))
    throw new AppError("DATA_BAD_CODE", `bad code ${code}`, { params: { code: code.slice(0, 40) } });
  return code;
}

/** `cdCat01From` → { dim: "cat01", kind: "from" }; undefined when the name is not an e-Stat filter. */
function readName(name: string): { dim: string; kind: "lv" | "cd" | "from" | "to" } | undefined {
  const m = NAME.exec(name.trim().toLowerCase());
  if (!m) return undefined;
  const [, prefix, dim, suffix] = m;
  if (!isFilterDimension(dim)) return undefined;
  if (prefix === "lv") return suffix ? undefined : { dim, kind: "lv" };
  if (suffix) return { dim, kind: suffix as "from" | "to" };
  return { dim, kind: "cd" };
}

function addPair(out: EstatFilters, name: string, value: string, shown: string): void {
  const n = readName(name);
  const v = value.trim();
  if (!n || v === "") throw badFilter(shown);
  const f = (out[n.dim] ??= {});
  if (n.kind === "cd") {
    const codes = v
      .split(",")
      .filter((c) => c.trim() !== "")
      .map(readCode);
    if (codes.length === 0) throw badFilter(shown);
    f.cd = [...new Set([...(f.cd ?? []), ...codes])];
    return;
  }
  const key = n.kind === "lv" ? "lv" : n.kind;
  if (n.kind === "lv" && !LEVEL.test(v)) throw badFilter(shown);
  if (n.kind !== "lv" && v !== "min" && v !== "max") readCode(v);
  if (f[key] !== undefined && f[key] !== v) throw badFilter(shown);
  f[key] = v;
}

function cellText(c: Cell): string {
  if (c === 0) return ""; // a blank cell on Excel desktop
  if (typeof c === "number") return String(c);
  return isBlank(c) ? "" : String(c);
}

/** Parses the filters argument; blank or omitted → no filters. Throws DATA_BAD_FILTER / DATA_BAD_CODE. */
export function parseEstatFilters(arg: Arg): EstatFilters {
  const m = asMatrix(arg);
  const out: EstatFilters = {};
  const width = m[0]?.length ?? 0;
  for (const row of m) {
    for (const c of row) if (typeof c === "object" && c !== null) throw c; // an Excel error in the range
    if (width === 2 && !isBlank(row[0]) && !String(row[0]).includes("=")) {
      addPair(out, cellText(row[0]), cellText(row[1]), `${cellText(row[0])}=${cellText(row[1])}`);
      continue;
    }
    for (const c of row) {
      const text = cellText(c);
      for (const part of text.split(/[;&\n\r]+/)) {
        if (part.trim() === "") continue;
        const eq = part.indexOf("=");
        if (eq <= 0) throw badFilter(part);
        addPair(out, part.slice(0, eq), part.slice(eq + 1), part);
      }
    }
  }
  for (const f of Object.values(out)) if (f.cd) f.cd.sort();
  checkRequestCount(out);
  return out;
}

/** Requests the filters cost once the client splits code lists at 100. */
export function requestCount(filters: EstatFilters): number {
  let n = 1;
  for (const f of Object.values(filters))
    if (f.cd) n *= Math.max(1, Math.ceil(f.cd.length / CODES_PER_REQUEST));
  return n;
}

export function checkRequestCount(filters: EstatFilters): void {
  const requests = requestCount(filters);
  if (requests > MAX_REQUESTS_PER_QUERY) {
    throw new AppError("DATA_TOO_MANY_CODES", `${requests} requests`, {
      params: { requests, max: MAX_REQUESTS_PER_QUERY },
    });
  }
}

/** True when the filters are code lists only (what ESTATVALUE batches and can reuse). */
export function isCodeOnly(filters: EstatFilters): boolean {
  return Object.values(filters).every(
    (f) => f.lv === undefined && f.from === undefined && f.to === undefined,
  );
}
