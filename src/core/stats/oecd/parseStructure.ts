import { AppError } from "../../errors/AppError";
import type { CodeItem, DimensionRole } from "../table/types";
import { roleOf } from "./tidyBuilder";

export interface StructureDimension {
  id: string;
  /** 0-based position in the series key. */
  position: number;
  name: string;
  role: DimensionRole;
  /** The codelist, narrowed to the values the actual/available constraint says exist. */
  codes: CodeItem[];
}

export interface DataflowStructure {
  agency: string;
  id: string;
  version: string;
  name: string;
  description?: string;
  /** Key dimensions in key order (time excluded: it is chosen with start/end). */
  dimensions: StructureDimension[];
  timeDimension?: string;
  attributes: { id: string; name: string }[];
  /** Constraint `validFrom` (the OECD says it shows the last update). */
  lastUpdated?: string;
  /** Observation count, when the constraint's annotations give it. */
  observationCount?: number;
}

type Json = Record<string, unknown>;
const arr = <T = Json>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const en = (x: Json | undefined): string | undefined => {
  if (!x) return undefined;
  const names = x.names as Record<string, string> | undefined;
  return names?.en ?? (x.name as string | undefined) ?? (names ? Object.values(names)[0] : undefined);
};

/** `urn:…Codelist=OECD:CL_AREA(1.0)` → `OECD:CL_AREA(1.0)`; `…Concept=OECD:CS_COMMON(2.0).REF_AREA` → scheme + id. */
function urnTarget(urn: unknown): string {
  return typeof urn === "string" ? urn.replace(/^.*=/, "") : "";
}
const artefactKey = (x: Json) => `${x.agencyID}:${x.id}(${x.version})`;

/**
 * SDMX-JSON structure message (1.0 as served by .Stat Suite with references=all, or 2.0) →
 * dimensions with their code lists, narrowed by an Actual/available constraint when one is included.
 */
export function parseStructure(
  input: string | unknown,
  want?: { agency?: string; id?: string },
): DataflowStructure {
  let root: Json;
  try {
    root = (typeof input === "string" ? JSON.parse(input) : input) as Json;
  } catch (e) {
    throw new AppError("OECD_PARSE_FAILED", "structure is not JSON", {
      params: { format: "SDMX-JSON structure", detail: (e as Error).message },
      cause: e,
    });
  }
  const data = ((root?.data as Json) ?? root) as Json;
  const flows = arr(data.dataflows);
  const flow =
    flows.find((f) => (!want?.id || f.id === want.id) && (!want?.agency || f.agencyID === want.agency)) ??
    flows[0];
  const dsds = arr(data.dataStructures);
  const dsdRef = flow ? urnTarget(flow.structure) : "";
  const dsd = dsds.find((d) => artefactKey(d) === dsdRef) ?? dsds[0];
  if (!dsd) {
    throw new AppError("OECD_PARSE_FAILED", "structure has no data structure", {
      params: { format: "SDMX-JSON structure", detail: "no dataStructures" },
    });
  }
  const codelists = new Map(arr(data.codelists).map((c) => [artefactKey(c), c]));
  const concepts = new Map<string, Json>();
  for (const cs of arr(data.conceptSchemes))
    for (const c of arr(cs.concepts)) concepts.set(`${artefactKey(cs)}.${c.id}`, c);

  const constraints = [...arr(data.contentConstraints), ...arr(data.dataConstraints)];
  const actual =
    constraints.find((c) => String(c.type ?? c.role ?? "").toLowerCase() === "actual") ?? constraints[0];
  const allowed = new Map<string, Set<string>>();
  for (const region of arr(actual?.cubeRegions)) {
    if (region.isIncluded === false) continue;
    for (const kv of arr(region.keyValues)) {
      const values = arr<unknown>(kv.values).map((v) =>
        typeof v === "object" && v ? String((v as Json).value ?? (v as Json).id) : String(v),
      );
      allowed.set(String(kv.id), new Set(values));
    }
  }

  const comps = (dsd.dataStructureComponents as Json) ?? {};
  const dimList = (comps.dimensionList as Json) ?? {};
  const timeDims = [
    ...arr(dimList.timeDimensions),
    ...(dimList.timeDimension ? [dimList.timeDimension as Json] : []),
  ];
  const nameOf = (c: Json) => en(concepts.get(urnTarget(c.conceptIdentity))) ?? String(c.id);
  const codesOf = (c: Json): CodeItem[] => {
    const rep = ((c.localRepresentation ?? c.representation) as Json) ?? {};
    const list = codelists.get(urnTarget(rep.enumeration));
    const keep = allowed.get(String(c.id));
    return arr(list?.codes)
      .filter((code) => !keep || keep.has(String(code.id)))
      .map((code) => {
        const names = code.names as Record<string, string> | undefined;
        const label = en(code) ?? String(code.id);
        return {
          code: String(code.id),
          label: names?.ja ?? label,
          labelEn: label,
          ...(code.parent ? { parent: String(code.parent) } : {}),
        };
      });
  };
  const dimensions = arr(dimList.dimensions)
    .map((d, i) => ({
      id: String(d.id),
      position: typeof d.position === "number" ? d.position : i,
      name: nameOf(d),
      role: roleOf(String(d.id)),
      codes: codesOf(d),
    }))
    .sort((a, b) => a.position - b.position);
  const attributes = arr(((comps.attributeList as Json) ?? {}).attributes).map((a) => ({
    id: String(a.id),
    name: nameOf(a),
  }));
  const obsAnnotation = arr(actual?.annotations).find((a) => /obs_count/i.test(String(a.id ?? a.type ?? "")));
  const obsCount = obsAnnotation ? Number(obsAnnotation.title ?? obsAnnotation.text) : NaN;
  const src = flow ?? dsd;
  return {
    agency: String(src.agencyID ?? ""),
    id: String(src.id),
    version: String(src.version ?? ""),
    name: en(src) ?? String(src.id),
    ...(typeof src.description === "string" ? { description: src.description } : {}),
    dimensions,
    ...(timeDims[0] ? { timeDimension: String(timeDims[0].id) } : {}),
    attributes,
    ...(typeof actual?.validFrom === "string" ? { lastUpdated: actual.validFrom } : {}),
    ...(Number.isFinite(obsCount) ? { observationCount: obsCount } : {}),
  };
}
