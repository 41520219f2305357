import { AppError } from "../../errors/AppError";

/** The public SDMX REST root; a loopback fake or an organisation's proxy can stand in. */
export const OECD_BASE_URL = "https://sdmx.oecd.org/public/rest";

export interface FlowRef {
  agency: string;
  id: string;
  /** Empty = latest. New versions can add, remove or rename dimensions (OECD API explainer). */
  version: string;
}

const ID = /^[A-Za-z0-9_.@-]+$/;

/** `OECD.STI.STP,DSD_MSTI@DF_MSTI[,1.3]` or `OECD.STI.STP:DSD_MSTI@DF_MSTI(1.3)` → its parts. */
export function parseFlowRef(flow: string): FlowRef {
  const s = flow.trim();
  const paren = /^([^:,()]+):([^:,()]+)\(([^)]*)\)$/.exec(s);
  const parts = paren ? paren.slice(1) : s.split(",");
  const [agency, id, version = ""] = parts.map((p) => p.trim());
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    !ID.test(agency ?? "") ||
    !ID.test(id ?? "") ||
    (version !== "" && !ID.test(version))
  ) {
    throw new AppError("OECD_BAD_FLOW", `Bad dataflow reference: ${flow}`, { params: { flow } });
  }
  return { agency, id, version };
}

/** The flow as SDMX REST writes it in a data path: `agency,id[,version]` (no version = latest). */
export function flowPath(ref: FlowRef): string {
  return ref.version ? `${ref.agency},${ref.id},${ref.version}` : `${ref.agency},${ref.id}`;
}

const KEY_PART = /^([A-Za-z0-9_@-]+(\+[A-Za-z0-9_@-]+)*)?$/;

/**
 * Checks a series key: dimension values separated by `.` in DSD order, several values joined by `+`,
 * an empty position meaning all. `all` (or an empty key) selects everything.
 */
export function normaliseKey(key: string): string {
  const k = key.trim();
  if (k === "" || k.toLowerCase() === "all") return "all";
  const parts = k.split(".");
  for (const p of parts) {
    if (!KEY_PART.test(p)) {
      throw new AppError("OECD_BAD_KEY", `Bad key part '${p}' in ${key}`, {
        params: { key, reason: `'${p}'` },
      });
    }
  }
  return parts.map((p) => [...new Set(p.split("+").filter(Boolean))].join("+")).join(".");
}

/**
 * Merges keys into one request, position by position (`JPN.A.G` + `USA.A.G` → `JPN+USA.A.G`), since
 * the OECD counts every download against about 60 per hour. `exact` is false when the merged key
 * selects more series than were asked for (keys differing in two positions); callers filter then.
 */
export function combineKeys(keys: readonly string[]): { key: string; exact: boolean } {
  const norm = [...new Set(keys.map(normaliseKey))];
  if (norm.length === 0)
    throw new AppError("OECD_BAD_KEY", "no keys", { params: { key: "", reason: "empty" } });
  if (norm.includes("all")) return { key: "all", exact: norm.length === 1 };
  const split = norm.map((k) => k.split("."));
  const width = split[0].length;
  if (split.some((p) => p.length !== width)) {
    throw new AppError("OECD_BAD_KEY", "keys of different length", {
      params: { key: norm.join(" / "), reason: "different numbers of dimensions" },
    });
  }
  let selected = 1;
  const merged: string[] = [];
  for (let i = 0; i < width; i++) {
    const values = split.map((p) => p[i]);
    if (values.some((v) => v === "")) {
      merged.push("");
      selected = Infinity;
      continue;
    }
    const union = [...new Set(values.flatMap((v) => v.split("+")))];
    merged.push(union.join("+"));
    selected *= union.length;
  }
  const asked = new Set(split.flatMap((p) => expand(p))).size;
  return { key: merged.join("."), exact: selected === asked };
}

function expand(parts: string[]): string[] {
  return parts.reduce<string[]>(
    (acc, p) => acc.flatMap((a) => p.split("+").map((v) => (a === "\u0000" ? v : `${a}.${v}`))),
    ["\u0000"],
  );
}

const PERIOD = /^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|S[12]|W\d{2}))?$/;

export function checkPeriod(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const v = value.trim();
  if (!PERIOD.test(v)) throw new AppError("OECD_BAD_PERIOD", `Bad period ${value}`, { params: { value } });
  return v;
}

export type OecdDataFormat = "csvfilewithlabels" | "csvfile" | "jsondata";

export interface DataQuery {
  flow: string;
  key: string;
  start?: string;
  end?: string;
}

/** `{base}/data/{agency},{flow},{version}/{key}?startPeriod&endPeriod&format=…` */
export function buildDataUrl(
  baseUrl: string,
  q: DataQuery,
  format: OecdDataFormat = "csvfilewithlabels",
): string {
  const ref = parseFlowRef(q.flow);
  const params = new URLSearchParams();
  const start = checkPeriod(q.start);
  const end = checkPeriod(q.end);
  if (start) params.set("startPeriod", start);
  if (end) params.set("endPeriod", end);
  params.set("dimensionAtObservation", "AllDimensions");
  params.set("format", format);
  return `${baseUrl.replace(/\/+$/, "")}/data/${flowPath(ref)}/${normaliseKey(q.key)}?${params}`;
}

export type StructureKind = "dataflow" | "availableconstraint";

/** Dataflow with everything it references (DSD, codelists, concepts, actual constraint), or availability for a key. */
export function buildStructureUrl(baseUrl: string, kind: StructureKind, flow: string, key = "all"): string {
  const ref = parseFlowRef(flow);
  const base = baseUrl.replace(/\/+$/, "");
  if (kind === "dataflow")
    return `${base}/dataflow/${ref.agency}/${ref.id}/${ref.version || "latest"}?references=all`;
  return `${base}/availableconstraint/${flowPath(ref)}/${normaliseKey(key)}?mode=available`;
}
