import { AppError } from "../../errors/AppError";
import type { TidyTable } from "../table/types";
import {
  TECHNICAL_ATTRIBUTES,
  TidyBuilder,
  agencyOf,
  flowFromReference,
  roleOf,
  sdmxNumber,
  unitText,
} from "./tidyBuilder";

export interface SdmxParseOptions {
  /** Dataflow as the caller asked for it; otherwise read from the message's links. */
  flow?: string;
  /** ISO time of the download (defaults to now). */
  fetchedAt?: string;
  sourceUrl?: string;
  query?: string;
}

/* The JSON shapes are loose on purpose: SDMX-JSON 1.0 (sdmx.oecd.org `format=jsondata`) and
   2.x (.Stat Suite `version=2`, the standard samples) differ in envelope and spelling. */
type Json = Record<string, unknown>;
interface SdmxValue {
  id?: string;
  name?: string;
  names?: Record<string, string>;
  value?: unknown;
}
interface SdmxComponent {
  id: string;
  name?: string;
  names?: Record<string, string>;
  keyPosition?: number;
  roles?: string[];
  role?: string;
  values?: (SdmxValue | null)[];
}

const asArray = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function englishName(
  x: { name?: string; names?: Record<string, string> } | null | undefined,
): string | undefined {
  if (!x) return undefined;
  return x.names?.en ?? x.name ?? (x.names ? Object.values(x.names)[0] : undefined);
}

function valueCode(v: SdmxValue | null | undefined): string | null {
  if (!v) return null;
  if (typeof v.id === "string") return v.id;
  if (v.value !== undefined && v.value !== null) return String(v.value);
  return englishName(v) ?? null;
}

function valueLabel(v: SdmxValue | null | undefined): string | null {
  if (!v) return null;
  return englishName(v) ?? (v.value !== undefined && v.value !== null ? String(v.value) : (v.id ?? null));
}

/** The structure and data-set list of either envelope. */
function locate(root: Json): { structureOf: (ds: Json) => Json | undefined; dataSets: Json[] } {
  const data = (root.data as Json | undefined) ?? root;
  const dataSets = asArray<Json>(data.dataSets ?? root.dataSets);
  const structures = asArray<Json>(data.structures);
  const single = (data.structure ?? root.structure) as Json | undefined;
  return {
    dataSets,
    structureOf: (ds) => {
      if (structures.length) {
        const idx = typeof ds.structure === "number" ? ds.structure : 0;
        return structures[idx];
      }
      return single;
    },
  };
}

function errorsOf(root: Json): string | null {
  const errs = asArray<Json>(root.errors);
  if (!errs.length) return null;
  return errs
    .map((e) =>
      [e.code, e.title ?? e.message ?? asArray<string>(e.detail).join(" ")].filter(Boolean).join(" "),
    )
    .join("; ");
}

/**
 * SDMX-JSON data message (1.0 `structure` or 2.x `structures`) → tidy table. Series and flat
 * (`dimensionAtObservation=AllDimensions`) layouts are both read; the first measure becomes the value.
 */
export function parseSdmxJson(input: string | unknown, opts: SdmxParseOptions = {}): TidyTable {
  let root: Json;
  try {
    root = (typeof input === "string" ? JSON.parse(input) : input) as Json;
  } catch (e) {
    throw new AppError("OECD_PARSE_FAILED", `SDMX-JSON is not JSON: ${(e as Error).message}`, {
      params: { format: "SDMX-JSON", detail: (e as Error).message },
      cause: e,
    });
  }
  if (!root || typeof root !== "object") {
    throw new AppError("OECD_PARSE_FAILED", "SDMX-JSON root is not an object", {
      params: { format: "SDMX-JSON", detail: "not an object" },
    });
  }
  const { dataSets, structureOf } = locate(root);
  const errors = errorsOf(root);
  if (!dataSets.length && errors) {
    throw new AppError("OECD_SDMX_ERROR", `SDMX error: ${errors}`, { params: { detail: errors } });
  }
  const firstStructure = dataSets.length ? structureOf(dataSets[0]) : structureOf({});
  if (!firstStructure) {
    throw new AppError("OECD_PARSE_FAILED", "SDMX-JSON has no structure", {
      params: { format: "SDMX-JSON", detail: "no structure / structures" },
    });
  }

  const dimsOf = (s: Json) => {
    const d = (s.dimensions as Json) ?? {};
    return {
      dataSet: asArray<SdmxComponent>(d.dataSet ?? d.dataset),
      series: asArray<SdmxComponent>(d.series),
      observation: asArray<SdmxComponent>(d.observation),
    };
  };
  const attrsOf = (s: Json) => {
    const a = (s.attributes as Json) ?? {};
    return {
      dataSet: asArray<SdmxComponent>(a.dataSet ?? a.dataset),
      series: asArray<SdmxComponent>(a.series),
      observation: asArray<SdmxComponent>(a.observation),
    };
  };

  // Output dimension order = key order (keyPosition); time, which may lack one, goes last.
  const d0 = dimsOf(firstStructure);
  const all = [...d0.dataSet, ...d0.series, ...d0.observation];
  const ordered = all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.keyPosition ?? 1000 + a.i) - (b.c.keyPosition ?? 1000 + b.i))
    .map((x) => x.c);
  const outIndex = new Map(ordered.map((c, i) => [c.id, i]));
  const builder = new TidyBuilder(
    ordered.map((c) => ({
      id: c.id,
      name: englishName(c) ?? c.id,
      role: roleOf(c.id, [...(c.roles ?? []), ...(c.role ? [c.role] : [])]),
    })),
  );
  ordered.forEach((c, di) => {
    for (const v of c.values ?? []) {
      const code = valueCode(v);
      if (code !== null) builder.code(di, code, valueLabel(v) ?? code, englishName(v ?? undefined));
    }
  });

  for (const ds of dataSets) {
    const s = structureOf(ds) ?? firstStructure;
    const dims = dimsOf(s);
    const attrs = attrsOf(s);
    const measureCount = Math.max(1, asArray(((s.measures as Json) ?? {}).observation).length);
    const rowCodes: string[] = new Array(ordered.length).fill("");
    for (const c of dims.dataSet) rowCodes[outIndex.get(c.id)!] = valueCode(c.values?.[0]) ?? "";

    // Attribute value per component id for the current row; resolved from the three levels.
    type AttrVal = { code: string; label: string } | null;
    const resolve = (comp: SdmxComponent, idx: unknown): AttrVal => {
      if (typeof idx !== "number") return null;
      const v = comp.values?.[idx];
      const code = valueCode(v);
      return code === null ? null : { code, label: valueLabel(v) ?? code };
    };
    const dsAttr = new Map<string, AttrVal>();
    const dsIdx = asArray<unknown>(ds.attributes);
    attrs.dataSet.forEach((c, i) => {
      const idx = dsIdx[i] ?? (c.values?.length === 1 ? 0 : null);
      dsAttr.set(c.id, resolve(c, idx));
    });

    const emit = (seriesAttr: Map<string, AttrVal>, obsArray: unknown[]) => {
      const value = sdmxNumber(obsArray[0]);
      const obsAttr = new Map<string, AttrVal>();
      attrs.observation.forEach((c, i) => obsAttr.set(c.id, resolve(c, obsArray[measureCount + i])));
      const get = (id: string): AttrVal => obsAttr.get(id) ?? seriesAttr.get(id) ?? dsAttr.get(id) ?? null;
      const dimLabel = (id: string): AttrVal => {
        const di = outIndex.get(id);
        if (di === undefined) return null;
        const code = rowCodes[di];
        const comp = ordered[di];
        const v = comp.values?.find((x) => valueCode(x) === code);
        return { code, label: valueLabel(v) ?? code };
      };
      const unit = get("UNIT_MEASURE") ?? dimLabel("UNIT_MEASURE");
      const mult = get("UNIT_MULT") ?? dimLabel("UNIT_MULT");
      const status = get("OBS_STATUS");
      let marker: string | null = null;
      if (status && status.code !== "A") {
        marker = status.code;
        builder.marker(status.code, status.label);
      }
      const notes: string[] = [];
      for (const level of [attrs.dataSet, attrs.series, attrs.observation]) {
        for (const c of level) {
          if (TECHNICAL_ATTRIBUTES.has(c.id)) continue;
          const a = get(c.id);
          if (a && a.code !== "_Z" && a.label !== "") notes.push(`${englishName(c) ?? c.id}: ${a.label}`);
        }
      }
      builder.row(
        rowCodes.slice(),
        value,
        marker,
        unitText(unit?.label ?? null, mult?.code ?? null, mult?.label ?? null),
        notes.length ? notes.join("; ") : null,
      );
    };

    const setObsKey = (key: string) => {
      const parts = key.split(":");
      dims.observation.forEach((c, i) => {
        rowCodes[outIndex.get(c.id)!] = valueCode(c.values?.[Number(parts[i])]) ?? parts[i];
      });
    };

    const series = ds.series as Record<string, Json> | undefined;
    if (series && typeof series === "object") {
      for (const [skey, ser] of Object.entries(series)) {
        const parts = skey.split(":");
        dims.series.forEach((c, i) => {
          rowCodes[outIndex.get(c.id)!] = valueCode(c.values?.[Number(parts[i])]) ?? parts[i];
        });
        const sIdx = asArray<unknown>(ser.attributes);
        const seriesAttr = new Map<string, AttrVal>();
        attrs.series.forEach((c, i) => seriesAttr.set(c.id, resolve(c, sIdx[i])));
        const obs = (ser.observations as Record<string, unknown[]>) ?? {};
        for (const [okey, arr] of Object.entries(obs)) {
          setObsKey(okey);
          emit(seriesAttr, Array.isArray(arr) ? arr : [arr]);
        }
      }
    } else {
      const obs = (ds.observations as Record<string, unknown[]>) ?? {};
      const none = new Map<string, AttrVal>();
      for (const [okey, arr] of Object.entries(obs)) {
        setObsKey(okey);
        emit(none, Array.isArray(arr) ? arr : [arr]);
      }
    }
  }

  const links = [...asArray<Json>(dataSets[0]?.links), ...asArray<Json>(firstStructure.links)];
  const flowLink = links.find((l) => /Dataflow=/.test(String(l.urn ?? "")));
  const dsdLink = links.find((l) => /DataStructure=/.test(String(l.urn ?? "")));
  const id =
    opts.flow ??
    (flowLink ? flowFromReference(String(flowLink.urn)) : undefined) ??
    (dsdLink ? flowFromReference(String(dsdLink.urn)) : undefined) ??
    "";
  const meta = root.meta as Json | undefined;
  return builder.build({
    source: "OECD",
    id,
    title: englishName(firstStructure as { name?: string; names?: Record<string, string> }) ?? id,
    organization: agencyOf(id),
    fetchedAt:
      opts.fetchedAt ?? (typeof meta?.prepared === "string" ? meta.prepared : new Date().toISOString()),
    ...(opts.sourceUrl ? { sourceUrl: opts.sourceUrl } : {}),
    ...(opts.query ? { query: opts.query } : {}),
  });
}
