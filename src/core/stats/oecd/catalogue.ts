// The OECD dataflows the pane finds by name. The SDMX API has no word search, so a catalogue is bundled
// (data/oecd/dataflows.json: ids, agencies and versions as the OECD publishes them, with Japanese names for
// the flows SME-policy work uses) and can be refreshed from the live list of every dataflow,
// `GET {base}/dataflow/all` — an SDMX structure message (SDMX-JSON 1.0 `data.dataflows[]` when asked for
// JSON, SDMX-ML 2.1 `<structure:Dataflow>` otherwise; both are read).
import bundled from "../../../../data/oecd/dataflows.json";
import { AppError } from "../../errors/AppError";

export interface DataflowEntry {
  agency: string;
  id: string;
  /** "" = the latest version. */
  version: string;
  nameEn: string;
  nameJa?: string;
  /** Extra search words (Japanese and English). */
  words?: string;
}

export const BUNDLED_DATAFLOWS: readonly DataflowEntry[] = bundled.dataflows.map(
  ({ agency, id, version, nameEn, nameJa, words }) => ({ agency, id, version, nameEn, nameJa, words }),
);

/** `OECD.SDD.TPS,DSD_PDB@DF_PDB_LV`: how the pane and SME.OECD name a flow (latest version). */
export const flowRefOf = (e: Pick<DataflowEntry, "agency" | "id">): string => `${e.agency},${e.id}`;

type Json = Record<string, unknown>;

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

/** The dataflows of a structure message from `/dataflow/all` (SDMX-JSON or SDMX-ML). */
export function parseDataflowList(body: string): DataflowEntry[] {
  const text = body.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("<")) return parseXmlList(text);
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (e) {
    throw new AppError("OECD_PARSE_FAILED", "dataflow list is neither JSON nor XML", {
      params: { format: "SDMX structure (dataflow list)", detail: (e as Error).message },
      cause: e,
    });
  }
  const data = (root.data ?? root) as Json;
  const flows = Array.isArray(data.dataflows) ? (data.dataflows as Json[]) : [];
  return flows
    .map((f) => {
      const names = (f.names ?? {}) as Record<string, string>;
      return {
        agency: String(f.agencyID ?? ""),
        id: String(f.id ?? ""),
        version: String(f.version ?? ""),
        nameEn: String(names.en ?? f.name ?? Object.values(names)[0] ?? f.id ?? ""),
      };
    })
    .filter((f) => f.agency !== "" && f.id !== "");
}

function parseXmlList(xml: string): DataflowEntry[] {
  const out: DataflowEntry[] = [];
  // <structure:Dataflow id="…" agencyID="…" version="…" …> … <common:Name xml:lang="en">…</common:Name>
  const flow = /<(?:\w+:)?Dataflow\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?Dataflow>/g;
  const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? "";
  for (let m = flow.exec(xml); m; m = flow.exec(xml)) {
    const names = [
      ...m[2].matchAll(/<(?:\w+:)?Name\b[^>]*xml:lang="([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?Name>/g),
    ];
    const en = names.find((n) => n[1].toLowerCase().startsWith("en")) ?? names[0];
    const entry = {
      agency: decodeXml(attr(m[1], "agencyID")),
      id: decodeXml(attr(m[1], "id")),
      version: decodeXml(attr(m[1], "version")),
      nameEn: en ? decodeXml(en[2].trim()) : decodeXml(attr(m[1], "id")),
    };
    if (entry.agency && entry.id) out.push(entry);
  }
  return out;
}

/**
 * The live list with our Japanese names and search words kept. A bundled flow the live list lacks stays
 * (an organisation's proxy may list only some agencies); the live name and version win.
 */
export function mergeCatalogue(
  base: readonly DataflowEntry[],
  live: readonly DataflowEntry[],
): DataflowEntry[] {
  const key = (e: DataflowEntry) => `${e.agency},${e.id}`;
  const ours = new Map(base.map((e) => [key(e), e]));
  const merged = live.map((e) => {
    const b = ours.get(key(e));
    return b ? { ...e, nameJa: b.nameJa, words: b.words } : e;
  });
  const seen = new Set(merged.map(key));
  return [...base.filter((e) => !seen.has(key(e))), ...merged];
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/**
 * Flows whose names, ids or words contain every word of the query (Japanese or English, full-width
 * letters folded). Flows with a Japanese name come first: they are the ones picked for our users.
 */
export function searchCatalogue(entries: readonly DataflowEntry[], query: string): DataflowEntry[] {
  const words = fold(query)
    .split(/[\s\u3000]+/)
    .filter(Boolean);
  if (words.length === 0) return [];
  const hits = entries.filter((e) => {
    const hay = fold(`${e.nameJa ?? ""} ${e.nameEn} ${e.agency} ${e.id} ${e.words ?? ""}`);
    return words.every((w) => hay.includes(w));
  });
  return [...hits.filter((e) => e.nameJa), ...hits.filter((e) => !e.nameJa)];
}
