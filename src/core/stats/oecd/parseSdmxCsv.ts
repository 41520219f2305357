import { AppError } from "../../errors/AppError";
import type { TidyTable } from "../table/types";
import { parseCsvRows } from "./csvRows";
import type { SdmxParseOptions } from "./parseSdmxJson";
import {
  TECHNICAL_ATTRIBUTES,
  agencyOf,
  TidyBuilder,
  flowFromReference,
  roleOf,
  sdmxNumber,
  unitText,
} from "./tidyBuilder";

interface Column {
  id: string;
  /** Header of the label column that follows it (SDMX-CSV 2.0 `labels=name`), if any. */
  name: string;
  code: number;
  label: number | null;
  /** SDMX-CSV 1.0 `labels=both` puts "CODE: Label" in one cell. */
  combined: boolean;
}

const STRUCTURE_COLUMNS = new Set(["STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "DATAFLOW"]);
const TIME_LIKE = /^\d{4}(-(\d{2}(-\d{2})?|[QSTWM]\d{1,2}|A1))?$/;

function splitCombined(cell: string): [string, string] {
  const i = cell.indexOf(": ");
  return i > 0 ? [cell.slice(0, i), cell.slice(i + 2)] : [cell, cell];
}

/**
 * SDMX-CSV (1.0: a `DATAFLOW` column; 2.0: `STRUCTURE,STRUCTURE_ID[,STRUCTURE_NAME],ACTION`),
 * with or without labels → tidy table. The CSV does not say which columns are dimensions:
 * by the format's rule they come before OBS_VALUE and attributes after it. A time column not
 * called TIME_PERIOD (the standard sample's DIM_3) is recognised by its values.
 */
export function parseSdmxCsv(text: string, opts: SdmxParseOptions = {}): TidyTable {
  const rows = parseCsvRows(text);
  if (!rows.length) {
    throw new AppError("OECD_PARSE_FAILED", "SDMX-CSV is empty", {
      params: { format: "SDMX-CSV", detail: "empty" },
    });
  }
  const header = rows[0].map((h) => h.trim());
  const upper = header.map((h) => splitCombined(h)[0].toUpperCase());
  const obsAt = upper.indexOf("OBS_VALUE");
  if (obsAt < 0) {
    throw new AppError("OECD_PARSE_FAILED", "SDMX-CSV has no OBS_VALUE column", {
      params: { format: "SDMX-CSV", detail: "no OBS_VALUE column" },
    });
  }
  const hasLabels = upper.includes("STRUCTURE_NAME");
  const structureAt =
    upper.indexOf("STRUCTURE_ID") >= 0 ? upper.indexOf("STRUCTURE_ID") : upper.indexOf("DATAFLOW");
  const nameAt = upper.indexOf("STRUCTURE_NAME");
  const actionAt = upper.indexOf("ACTION");
  const updatedAt = upper.indexOf("UPDATED");

  const columns: Column[] = [];
  for (let i = 0; i < header.length; i++) {
    if (STRUCTURE_COLUMNS.has(upper[i]) || i === updatedAt) continue;
    const combined = header[i].includes(": ");
    const [id, combinedName] = splitCombined(header[i]);
    const label = hasLabels && i + 1 < header.length ? i + 1 : null;
    columns.push({
      id,
      name: label !== null ? header[label] || id : combined ? combinedName : id,
      code: i,
      label,
      combined,
    });
    if (label !== null) i++;
  }
  const obsCol = columns.findIndex((c) => c.code === obsAt);
  const dimCols = columns.slice(0, obsCol);
  const attrCols = columns.slice(obsCol + 1);
  const body = rows.slice(1).filter((r) => r.length > 1 || (r[0] ?? "") !== "");
  const cell = (r: string[], c: Column): { code: string; label: string } => {
    const raw = r[c.code] ?? "";
    if (c.combined) {
      const [code, label] = splitCombined(raw);
      return { code, label };
    }
    const label = c.label !== null ? (r[c.label] ?? "") : "";
    return { code: raw, label: label || raw };
  };

  let timeDim = dimCols.findIndex((c) => c.id.toUpperCase() === "TIME_PERIOD");
  if (timeDim < 0 && body.length) {
    for (let d = dimCols.length - 1; d >= 0; d--) {
      if (body.every((r) => TIME_LIKE.test(cell(r, dimCols[d]).code))) {
        timeDim = d;
        break;
      }
    }
  }
  const builder = new TidyBuilder(
    dimCols.map((c, d) => ({ id: c.id, name: c.name, role: d === timeDim ? "time" : roleOf(c.id) })),
  );
  const unitCol = columns.find((c) => c.id.toUpperCase() === "UNIT_MEASURE");
  const multCol = columns.find((c) => c.id.toUpperCase() === "UNIT_MULT");
  const statusCol = attrCols.find((c) => c.id.toUpperCase() === "OBS_STATUS");
  const noteCols = attrCols.filter((c) => !TECHNICAL_ATTRIBUTES.has(c.id.toUpperCase()));
  let updated = "";
  let flowRef = "";
  let title = "";

  for (const r of body) {
    if (actionAt >= 0 && (r[actionAt] ?? "").toUpperCase() === "D") continue; // deletions (updatedAfter)
    if (!flowRef && structureAt >= 0) flowRef = r[structureAt] ?? "";
    if (!title && nameAt >= 0) title = r[nameAt] ?? "";
    if (updatedAt >= 0 && (r[updatedAt] ?? "") > updated) updated = r[updatedAt];
    const codes = dimCols.map((c, d) => {
      const { code, label } = cell(r, c);
      builder.code(d, code, label);
      return code;
    });
    const status = statusCol ? cell(r, statusCol) : null;
    let marker: string | null = null;
    if (status && status.code !== "" && status.code !== "A") {
      marker = status.code;
      builder.marker(status.code, status.label);
    }
    const unit = unitCol ? cell(r, unitCol) : null;
    const mult = multCol ? cell(r, multCol) : null;
    const notes: string[] = [];
    for (const c of noteCols) {
      const v = cell(r, c);
      if (v.code !== "" && v.code !== "_Z") notes.push(`${c.name}: ${v.label}`);
    }
    builder.row(
      codes,
      sdmxNumber(r[obsAt] ?? ""),
      marker,
      unitText(unit && unit.code !== "" ? unit.label : null, mult?.code ?? null, mult?.label ?? null),
      notes.length ? notes.join("; ") : null,
    );
  }
  const id = opts.flow ?? flowFromReference(flowRef) ?? flowRef;
  return builder.build({
    source: "OECD",
    id,
    title: title || id,
    organization: agencyOf(id),
    fetchedAt: opts.fetchedAt ?? new Date().toISOString(),
    ...(updated ? { updated } : {}),
    ...(opts.sourceUrl ? { sourceUrl: opts.sourceUrl } : {}),
    ...(opts.query ? { query: opts.query } : {}),
  });
}
