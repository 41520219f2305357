import type { oecdJa } from "./messages.ja";

export const oecdEn: Record<keyof typeof oecdJa, string> = {
  OECD_BUDGET_EXHAUSTED:
    "Not sent: the OECD API allows {limit} data downloads per hour and that budget is used up. Try again after {resetAt} (in about {minutes} min). Cached data can still be used.",
  OECD_RATE_LIMITED:
    "The OECD server refused the request as over its rate limit (HTTP 429). Try again after {resetAt}.",
  OECD_HTTP_ERROR: "The OECD API returned an error (HTTP {status}): {detail}",
  OECD_NETWORK_ERROR: "Could not reach the OECD API: {detail}",
  OECD_PARSE_FAILED: "Could not read the OECD response ({format}): {detail}",
  OECD_UNSUPPORTED_FORMAT: "This OECD response format is not supported: {format}. Use SDMX-JSON or SDMX-CSV.",
  OECD_SDMX_ERROR: "The OECD API reported an error: {detail}",
  OECD_BAD_FLOW:
    "Invalid dataflow: '{flow}'. Use 'agency,dataflow id[,version]' (e.g. OECD.STI.STP,DSD_MSTI@DF_MSTI).",
  OECD_BAD_KEY: "Invalid key: '{key}' ({reason}).",
  OECD_BAD_PERIOD: "Invalid period: '{value}'. Use forms like 2020, 2020-01 or 2020-Q1.",
  CACHE_KEY_HAS_APPID: "A cache key contains the application ID (internal error).",
  INDICATOR_NOT_FOUND: "The bundled pack has no series '{id}'. See SME.INDICATORS for the list.",
  INDICATOR_BAD_PERIOD: "Invalid period: '{value}'. Use a year (e.g. 2020).",
};
