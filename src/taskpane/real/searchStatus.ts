import type { SearchResult, SourceKind, SourceStatus } from "../actions";

const NETWORK = new Set(["NETWORK", "TIMEOUT", "HTTP_STATUS", "OECD_NETWORK_ERROR", "ESTAT_JSONP_FAILED"]);
const BUDGET = new Set(["OECD_BUDGET_EXHAUSTED", "OECD_RATE_LIMITED", "PROXY_RATE_LIMIT"]);

/** One source's search outcome as the status line shows it. */
export function sourceStatus(source: SourceKind, r: PromiseSettledResult<SearchResult[]>): SourceStatus {
  if (r.status === "fulfilled") return { source, state: "ok", count: r.value.length };
  const error = r.reason;
  const code = (error as { code?: string } | null)?.code ?? "";
  const state: SourceStatus["state"] =
    code === "ESTAT_MISSING_APP_ID"
      ? "notConfigured"
      : code === "ESTAT_STATUS_AUTH"
        ? "authFailed"
        : NETWORK.has(code)
          ? "networkError"
          : BUDGET.has(code)
            ? "budget"
            : "error";
  return { source, state, count: 0, error };
}
