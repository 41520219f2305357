/** The public API root. A proxy or the loopback fake replaces it (`baseUrl`); the path below stays. */
export const ESTAT_API_ROOT = "https://api.e-stat.go.jp";

export type EstatFunction = "getStatsList" | "getMetaInfo" | "getStatsData";

/**
 * `<root>/rest/3.0/app/json/<fn>?appId=…&…` (or `app/jsonp/…&callback=`). Values are UTF-8
 * percent-encoded with encodeURIComponent (spaces as %20, `#A03503` as `%23A03503`, §1.1); undefined
 * and empty values are left out.
 */
export function buildEstatUrl(
  fn: EstatFunction,
  params: Record<string, string | number | undefined>,
  options: { baseUrl?: string; format?: "json" | "jsonp" } = {},
): string {
  const root = (options.baseUrl ?? ESTAT_API_ROOT).replace(/\/+$/, "");
  const query = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join("&");
  return `${root}/rest/3.0/app/${options.format ?? "json"}/${fn}${query ? `?${query}` : ""}`;
}

/** The JSONP form of a JSON endpoint URL. */
export function toJsonpUrl(url: string, callbackName: string): string {
  return `${url.replace("/app/json/", "/app/jsonp/")}${url.includes("?") ? "&" : "?"}callback=${encodeURIComponent(callbackName)}`;
}

/** `tab`, `time`, `area`, `cat01` … `cat15`. */
export type FilterDimension = string;

export interface DimensionFilter {
  /** Hierarchy level: "X", "X-Y", "-X" or "X-". */
  lv?: string;
  /** Codes (any number: lists over 100 are split into several requests and merged). */
  cd?: string[];
  /** Code range; "min"/"max" allowed. */
  from?: string;
  to?: string;
}

/** `tab` → `Tab`, `cat01` → `Cat01`: the suffix of the lv… and cd… parameter names. */
export function filterSuffix(dim: string): string {
  return dim.charAt(0).toUpperCase() + dim.slice(1);
}

const VALID_DIM = /^(tab|time|area|cat(0[1-9]|1[0-5]))$/;

export function isFilterDimension(dim: string): boolean {
  return VALID_DIM.test(dim);
}

/** Query parameters for filters whose code lists are at most 100 long. */
export function filterParams(filters: Record<string, DimensionFilter | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [dim, f] of Object.entries(filters)) {
    if (!f) continue;
    const s = filterSuffix(dim);
    if (f.lv) out[`lv${s}`] = f.lv;
    if (f.cd && f.cd.length > 0) out[`cd${s}`] = f.cd.join(",");
    if (f.from) out[`cd${s}From`] = f.from;
    if (f.to) out[`cd${s}To`] = f.to;
  }
  return out;
}

/**
 * Splits filters whose `cd` lists exceed `max` codes into the cartesian product of ≤ max-code chunks
 * (e-Stat answers STATUS 105 above 100). Chunks keep the caller's code order.
 */
export function splitFilters(
  filters: Record<string, DimensionFilter | undefined>,
  max = 100,
): Record<string, DimensionFilter | undefined>[] {
  let variants: Record<string, DimensionFilter | undefined>[] = [{ ...filters }];
  for (const [dim, f] of Object.entries(filters)) {
    if (!f?.cd || f.cd.length <= max) continue;
    const chunks: string[][] = [];
    for (let i = 0; i < f.cd.length; i += max) chunks.push(f.cd.slice(i, i + max));
    variants = variants.flatMap((v) => chunks.map((c) => ({ ...v, [dim]: { ...f, cd: c } })));
  }
  return variants;
}
