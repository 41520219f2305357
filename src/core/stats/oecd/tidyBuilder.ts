import type {
  CodeItem,
  DimensionMeta,
  DimensionRole,
  MarkerInfo,
  TableMeta,
  TidyTable,
} from "../table/types";

export interface BuilderDimension {
  id: string;
  name: string;
  role: DimensionRole;
}

/**
 * Accumulates rows column-wise and the code list of each dimension in first-seen order,
 * so the SDMX-JSON and SDMX-CSV parsers produce the same table shape.
 */
export class TidyBuilder {
  private readonly dims: BuilderDimension[];
  private readonly codeLists: Map<string, CodeItem>[];
  private readonly codes: string[][];
  private readonly values: (number | null)[] = [];
  private readonly markers: (string | null)[] = [];
  private readonly units: (string | null)[] = [];
  private readonly annotations: (string | null)[] = [];
  private readonly markerMeanings = new Map<string, string>();
  private anyAnnotation = false;

  constructor(dims: BuilderDimension[]) {
    this.dims = dims;
    this.codeLists = dims.map(() => new Map());
    this.codes = dims.map(() => []);
  }

  /** Registers a code with its label (the first label seen wins; a later one fills a gap). */
  code(dim: number, code: string, label?: string, labelEn?: string): void {
    const list = this.codeLists[dim];
    const known = list.get(code);
    if (!known) list.set(code, { code, label: label || code, ...(labelEn ? { labelEn } : {}) });
    else if (known.label === code && label) known.label = label;
  }

  row(
    codes: string[],
    value: number | null,
    marker: string | null,
    unit: string | null,
    annotation: string | null,
  ): void {
    for (let d = 0; d < codes.length; d++) {
      this.codes[d].push(codes[d]);
      if (!this.codeLists[d].has(codes[d])) this.code(d, codes[d]);
    }
    this.values.push(value);
    this.markers.push(marker);
    this.units.push(unit);
    this.annotations.push(annotation);
    if (annotation !== null) this.anyAnnotation = true;
  }

  marker(marker: string, meaning: string): void {
    if (!this.markerMeanings.has(marker)) this.markerMeanings.set(marker, meaning);
  }

  build(meta: Omit<TableMeta, "markers">): TidyTable {
    const dimensions: DimensionMeta[] = this.dims.map((d, i) => ({
      id: d.id,
      name: d.name,
      nameEn: d.name,
      role: d.role,
      codes: [...this.codeLists[i].values()],
    }));
    const markers: MarkerInfo[] = [...this.markerMeanings].map(([marker, meaning]) => ({ marker, meaning }));
    return {
      meta: { ...meta, ...(markers.length ? { markers } : {}) },
      dimensions,
      rowCount: this.values.length,
      codes: this.codes,
      values: this.values,
      markers: this.markers,
      units: this.units,
      ...(this.anyAnnotation ? { annotations: this.annotations } : {}),
    };
  }
}

/** SDMX roles → our roles: TIME_PERIOD is time, REF_AREA (or a geo role) is area. */
export function roleOf(id: string, roles: readonly string[] = []): DimensionRole {
  const all = [id, ...roles].map((r) => r.toUpperCase());
  if (all.some((r) => r === "TIME_PERIOD" || r === "TIME")) return "time";
  if (all.some((r) => r === "REF_AREA" || r === "GEO" || r === "COUNTRY")) return "area";
  return "category";
}

/** Attribute ids that are presentation or units, not notes worth an annotation column. */
export const TECHNICAL_ATTRIBUTES = new Set([
  "UNIT_MEASURE",
  "UNIT_MULT",
  "DECIMALS",
  "OBS_STATUS",
  "TIME_FORMAT",
]);

/** `Millions` after the unit when UNIT_MULT is not 0 (units). */
export function unitText(
  unit: string | null,
  multCode: string | null,
  multLabel: string | null,
): string | null {
  if (multCode === null || multCode === "" || multCode === "0") return unit;
  const mult = multLabel && multLabel !== multCode ? multLabel : `×10^${multCode}`;
  return unit ? `${unit} (${mult})` : mult;
}

/** Numbers in SDMX bodies: JSON numbers, or strings such as "NaN" / "" for missing. */
export function sdmxNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") {
    const t = v.trim();
    if (t === "" || t === "NaN") return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** `OECD.SDD.STES:DSD_STES@DF_CLI(4.1)` or a URN → `OECD.SDD.STES,DSD_STES@DF_CLI,4.1`. */
export function flowFromReference(ref: string): string | undefined {
  const m = /([A-Za-z0-9_.@-]+):([A-Za-z0-9_.@-]+)\(([^)]*)\)\s*$/.exec(ref.replace(/^.*=/, ""));
  return m ? `${m[1]},${m[2]},${m[3]}` : undefined;
}

/** `OECD.STI.STP,DSD_MSTI@DF_MSTI,1.3` → `OECD.STI.STP`; the ABS or ECB samples keep their own agency. */
export function agencyOf(flow: string): string {
  return flow.split(",")[0] || "OECD";
}
