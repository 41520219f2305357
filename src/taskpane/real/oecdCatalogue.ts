import type { SearchResult } from "../actions";

/**
 * OECD dataflows the pane offers by name. The SDMX API has no word search, so the pane keeps a short
 * list of the flows SME-policy work cites (MSTI first, issue 7); any other flow opens by pasting its id.
 */
export const OECD_FLOWS: (SearchResult & { words: string })[] = [
  {
    ref: { source: "OECD", id: "OECD.STI.STP,DSD_MSTI@DF_MSTI" },
    title: "Main Science and Technology Indicators (MSTI)",
    survey: "OECD MSTI",
    words: "msti main science technology indicators r&d gerd berd 研究開発 科学技術 主要科学技術指標",
  },
];

export function searchOecdCatalogue(query: string): SearchResult[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return OECD_FLOWS.filter((f) => words.every((w) => `${f.words} ${f.title.toLowerCase()}`.includes(w))).map(
    ({ words: _w, ...r }) => r,
  );
}
