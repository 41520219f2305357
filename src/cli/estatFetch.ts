import { buildEstatUrl, type EstatFunction } from "../core/stats/estat/buildUrl";
import { parseStatsDataPages, parseStatsDataResponse } from "../core/stats/estat/parseStatsData";
import type { HttpClient } from "../core/stats/http";
import type { TidyTable, TableIssue } from "../core/stats/table/types";

const MAX_PAGES = 200;

export interface EstatCall {
  http: HttpClient;
  appId: string;
  baseUrl?: string;
  progress: (s: string) => void;
}

/** One e-Stat GET; the body is read whatever the HTTP status (STATUS 100 comes with HTTP 403). */
export async function estatGet(
  call: EstatCall,
  fn: EstatFunction,
  params: Record<string, string>,
): Promise<string> {
  const url = buildEstatUrl(fn, { appId: call.appId, ...params }, { baseUrl: call.baseUrl });
  const res = await call.http.request(url);
  return res.text;
}

/**
 * getStatsData, following NEXT_KEY page by page (sequential: the CLI favours the terms' "no bursts").
 * The result is all pages or an error. Stopgap until the e-Stat client's concurrent pager is exported.
 */
export async function fetchStatsData(
  call: EstatCall,
  params: Record<string, string>,
): Promise<{ table: TidyTable; issues: TableIssue[] }> {
  const bodies: string[] = [];
  let start: string | undefined;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await estatGet(call, "getStatsData", {
      ...params,
      ...(start ? { startPosition: start, metaGetFlg: "N" } : {}),
    });
    const parsed = parseStatsDataResponse(body);
    bodies.push(body);
    const p = parsed.page;
    call.progress(
      `e-Stat: page ${page}, rows ${p.from ?? 0}–${p.to ?? 0} of ${p.total ?? parsed.table.rowCount}`,
    );
    if (p.nextKey === undefined) {
      const all = parseStatsDataPages(bodies.map((b) => JSON.parse(b)));
      return { table: all.table, issues: all.issues.filter((i) => i.code !== "ESTAT_MORE_PAGES") };
    }
    start = String(p.nextKey);
  }
  throw new Error(`more than ${MAX_PAGES} pages: narrow the query with --cd* filters`);
}
