import type { TableRef } from "./actions";

// e-Stat statsDataIds are 10 digits (e.g. 0003410379) in every example we have
// (estat-oecd-api.md §2); some database tables use a letter prefix (C0020050213000).
const STATS_DATA_ID = /^(?:\d{10}|[A-Z]\d{13})$/;
// SDMX dataflow as OECD writes it: `OECD.STI.STP,DSD_MSTI@DF_MSTI` (optionally `,1.3`).
const SDMX_FLOW = /^OECD(?:\.[A-Z0-9_]+)*,[A-Z0-9_@]+(?:,[0-9.]+)?$/i;
const ESTAT_HOSTS = /(^|\.)e-stat\.go\.jp$/;

/**
 * Reads what a user pasted into the search box as a direct table reference:
 * an e-Stat table URL (`…/dbview?sid=…`, `…/stat-search/database?…statdisp_id=…`,
 * an API URL with `statsDataId=`), a bare statsDataId, or an OECD dataflow id.
 * Returns null for ordinary search words.
 */
export function parseTableRef(input: string): TableRef | null {
  // Full-width digits and letters arrive from Japanese IMEs.
  const text = input.normalize("NFKC").trim();
  if (text === "") return null;
  if (STATS_DATA_ID.test(text)) return { source: "e-Stat", id: text };
  if (/^https?:\/\//i.test(text)) return fromUrl(text);
  if (SDMX_FLOW.test(text)) return { source: "OECD", id: text.toUpperCase() };
  return null;
}

function fromUrl(text: string): TableRef | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!ESTAT_HOSTS.test(url.hostname)) return null;
  for (const key of ["sid", "statdisp_id", "statsDataId"]) {
    const value = url.searchParams.get(key)?.trim();
    if (value && STATS_DATA_ID.test(value)) return { source: "e-Stat", id: value };
  }
  return null;
}
