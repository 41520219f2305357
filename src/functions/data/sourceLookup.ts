// SME.SOURCE by ID text: the latest result recorded in this session, else a cached table, else the pack.
import { getIndicator, loadPack } from "../../core/indicators/pack";
import { provenanceOf, type Provenance } from "./provenance";
import type { DataState } from "./runtime";

function paramOf(key: string, name: string): string | undefined {
  const q = key.indexOf("?");
  if (q < 0) return undefined;
  for (const part of key.slice(q + 1).split("&")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq) === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export async function findProvenanceById(s: DataState, id: string): Promise<Provenance | undefined> {
  const seen = s.provenance.byTableId(id);
  if (seen) return seen;
  if (loadPack().has(id)) return provenanceOf(getIndicator(id).meta);
  const wanted = id.toLowerCase();
  const entries = await s.cache.entries().catch(() => []);
  const hit = entries
    .filter((e) => {
      const v = e.key.startsWith("estat:") ? paramOf(e.key, "statsDataId") : paramOf(e.key, "flow");
      return v !== undefined && v.toLowerCase().replace(/,$/, "") === wanted.replace(/,$/, "");
    })
    .sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt))[0];
  if (!hit) return undefined;
  const p = await s.cache.peek(hit.key);
  return p ? provenanceOf(p.table.meta) : undefined;
}
