import type { statsJa } from "./messages.ja";

export const statsEn: Record<keyof typeof statsJa, string> = {
  NETWORK: "The request failed ({url}). Check the network connection: {detail}",
  TIMEOUT: "No response within {timeoutMs} ms ({url}). Try again later.",
  HTTP_STATUS: "The server answered HTTP {status} ({url}).",
  CANCELLED: "The request was cancelled ({url}).",
  PROXY_RATE_LIMIT:
    "The organisation limit was reached (too many requests to {upstream}). Wait a little and try again; if it persists, contact your IT team.",
  ESTAT_STATUS: "The e-Stat API returned an error (STATUS {status}): {errorMsg}",
  ESTAT_STATUS_AUTH:
    "e-Stat API authentication failed (STATUS {status}): {errorMsg} Check the application ID on your e-Stat My Page.",
  ESTAT_STATUS_PARAM:
    "The e-Stat API rejected the request parameters (STATUS {status}): {errorMsg} Check the filters (at most 100 codes per dimension).",
  ESTAT_STATUS_NOT_FOUND:
    "e-Stat has no such statistical table (STATUS {status}): {errorMsg} Check the statsDataId.",
  ESTAT_STATUS_SERVER: "e-Stat reported an internal error (STATUS {status}): {errorMsg} Try again later.",
  ESTAT_STATUS_TOO_MANY:
    "The request exceeds e-Stat's per-request limit (STATUS {status}): {errorMsg} Narrow the filters.",
  ESTAT_BAD_RESPONSE: "The e-Stat response could not be read ({detail}).",
  ESTAT_PARSE_WORKER_FAILED:
    "The worker thread reading e-Stat pages stopped ({detail}); its pages are read again on this thread.",
  ESTAT_PAGE_FAILED: "Page {page} of {pages} failed, so the e-Stat table was not loaded: {detail}",
  ESTAT_PAGING_MISMATCH:
    "The e-Stat pages do not fit together ({detail}). The table may have been updated while loading; try again.",
  ESTAT_TOO_MANY_PAGES: "The e-Stat table is too large ({rows} rows, limit {maxRows}). Narrow the filters.",
  ESTAT_MISSING_APP_ID: "No e-Stat application ID (appId) was given.",
  ESTAT_TOO_MANY_REQUESTS:
    "These selections need {requests} requests to e-Stat (limit {max}). Nothing was fetched; select fewer codes.",
  ESTAT_REQUESTS_DECLINED: "{requests} requests to e-Stat were not confirmed, so nothing was fetched.",
  ESTAT_JSONP_FAILED: "The JSONP request to e-Stat failed ({url}): {detail}",
  TABLE_UNKNOWN_DIMENSION: "The table has no dimension '{dimension}' (available: {available}).",
  TABLE_WIDE_DUPLICATE:
    "{count} values fell on an already filled row/column cell of the wide table (first: {key}). Add a row dimension.",
  TABLE_BAD_LONG_ROWS: "The long rows could not be read: {detail}",
};
