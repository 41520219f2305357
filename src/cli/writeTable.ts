import { createLongView } from "../core/stats/table/toLongMatrix";
import { createWideView } from "../core/stats/table/toWideMatrix";
import { DelimitedEncoder } from "../core/stats/table/DelimitedEncoder";
import type { Cell, LabelMode } from "../core/stats/table/cells";
import type { TidyTable } from "../core/stats/table/types";
import { UsageError } from "./args";
import { writeFileSafely, writeStdout, writeStream, type Write } from "./safeWrite";

export type OutFormat = "csv" | "tsv" | "json" | "xlsx";
export type Layout = "long" | "wide";

export interface WriteOptions {
  layout: Layout;
  format: OutFormat;
  /** File path, or undefined for stdout. */
  out?: string;
  bom?: boolean;
  labels?: LabelMode;
  lang?: "ja" | "en";
  rowDims?: string[];
  colDim?: string;
  /** Applied to every provenance value (removes the appId, proxy credentials and secret path parts). */
  scrub?: (s: string) => string;
}

/** A matrix source that can stream rows (the long view builds each row on demand). */
export interface Matrix {
  header: string[];
  rowCount: number;
  row(i: number): Cell[];
  /** Writes rows [from, to) as `out.record(row(i))` would, faster (the wide view: see createWideView). */
  encodeRows?(from: number, to: number, out: DelimitedEncoder): void;
}

export function tableMatrix(table: TidyTable, o: WriteOptions, warn: (s: string) => void): Matrix {
  if (o.layout === "long") return createLongView(table, { labels: o.labels ?? "both", lang: o.lang ?? "ja" });
  if (table.rowCount === 0) return { header: [], rowCount: 0, row: () => [] };
  const colDim =
    o.colDim ??
    table.dimensions.find((d) => d.role === "time")?.id ??
    table.dimensions[table.dimensions.length - 1].id;
  let rowDims = o.rowDims;
  if (!rowDims) {
    // Dimensions that vary make the rows; one-code dimensions are constant and would only add columns.
    rowDims = table.dimensions
      .map((d, di) => ({ id: d.id, varies: table.codes[di].some((c) => c !== table.codes[di][0]) }))
      .filter((d) => d.id !== colDim && d.varies)
      .map((d) => d.id);
    if (!rowDims.length)
      rowDims = table.dimensions
        .filter((d) => d.id !== colDim)
        .map((d) => d.id)
        .slice(0, 1);
  }
  const w = createWideView(table, {
    rowDims,
    colDim,
    labels: o.labels ?? "both",
    lang: o.lang ?? "ja",
    markerCells: "blank",
  });
  if (w.duplicateCount > 0)
    warn(`${w.duplicateCount} duplicate cells (first value kept): ${w.issues[0]?.message ?? ""}`);
  return { header: w.header, rowCount: w.rowCount, row: w.row, encodeRows: w.encodeRows };
}

/** Streams rows through `write` (awaited, so a slow or failing file pushes back) as UTF-8, about 1 MB at a time. */
async function delimited(m: Matrix, sep: "," | "\t", bom: boolean, write: Write): Promise<void> {
  const out = new DelimitedEncoder(sep);
  if (bom) out.raw("\uFEFF");
  out.record(m.header);
  const encodeRows = m.encodeRows;
  for (let i = 0; i < m.rowCount;) {
    if (encodeRows) {
      const to = Math.min(m.rowCount, i + 1024);
      encodeRows(i, to, out);
      i = to;
    } else out.record(m.row(i++));
    if (out.size >= 1 << 20) await write(out.take());
  }
  await write(out.take());
}

async function jsonRows(m: Matrix, write: Write): Promise<void> {
  let chunk = "[";
  for (let i = 0; i < m.rowCount; i++) {
    const r = m.row(i);
    const o: Record<string, Cell> = {};
    m.header.forEach((h, k) => (o[h] = r[k] === undefined ? null : r[k]));
    chunk += (i ? ",\n" : "\n") + JSON.stringify(o);
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk + (m.rowCount ? "\n]\n" : "]\n"));
}

function provenance(table: TidyTable | undefined, scrub: (s: string) => string): [string, string][] {
  if (!table) return [];
  const m = table.meta;
  return (
    [
      ["source / 出典", m.source],
      ["id", m.id],
      ["title / 表題", m.title],
      ["survey / 統計名", m.survey ?? ""],
      ["query", m.query ?? ""],
      ["source URL", m.sourceUrl ?? ""],
      ["updated / 更新日", m.updated ?? ""],
      ["retrieved at / 取得日時", m.fetchedAt],
      [
        "served by / 取得元",
        m.staleCache
          ? "キャッシュ（提供元に接続できませんでした）/ cache (the source could not be reached)"
          : "",
      ],
      ["status", m.status ?? ""],
      ["credit / クレジット", m.credit ?? ""],
    ] as [string, string][]
  )
    .filter(([, v]) => v !== "")
    .map(([k, v]) => [k, scrub(v)]);
}

async function xlsx(
  m: Matrix,
  table: TidyTable | undefined,
  out: string,
  scrub: (s: string) => string,
): Promise<void> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("data");
  ws.addRow(m.header).font = { bold: true };
  // exceljs stores JS strings as string cells (never formulas), so labels such as "=1" stay text.
  for (let i = 0; i < m.rowCount; i++) ws.addRow(m.row(i).map((c) => (c === null ? null : c)));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const prov = provenance(table, scrub);
  if (prov.length) {
    const ps = wb.addWorksheet("provenance");
    for (const p of prov) ps.addRow(p);
    ps.getColumn(1).font = { bold: true };
  }
  await wb.xlsx.writeFile(out);
}

/** Writes the matrix in the chosen format to a file (safely: see safeWrite.ts) or stdout. */
export async function writeMatrix(m: Matrix, o: WriteOptions, table?: TidyTable): Promise<void> {
  const scrub = o.scrub ?? ((s: string) => s);
  if (o.format === "xlsx") {
    if (!o.out) throw new UsageError("--format xlsx needs --out FILE");
    return writeFileSafely(o.out, (path) => xlsx(m, table, path, scrub));
  }
  const body = (write: Write) =>
    o.format === "json"
      ? jsonRows(m, write)
      : delimited(m, o.format === "tsv" ? "\t" : ",", o.bom ?? false, write);
  if (o.out) return writeFileSafely(o.out, (path) => writeStream(path, body));
  return writeStdout(body);
}
