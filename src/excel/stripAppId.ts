// The e-Stat appId is a per-user key: it must never be written to a workbook (files are shared).
import { redactUrl } from "../core/stats/http/redactUrl";
import type { JsonValue } from "./json";

const SECRET_KEY = /^(app_?id|application_?id|api_?key)$/i;

/** A deep copy without appId-like keys, with appId parameters removed from any URL-like string. */
export function stripAppId(value: JsonValue): JsonValue {
  if (typeof value === "string")
    return /(appId|app_id|apikey|api_key)=/i.test(value)
      ? redactUrl(value).replace(/(^|[\s;,&])(appId|app_id|apikey|api_key)=[^&#\s]*/gi, "$1")
      : value;
  if (Array.isArray(value)) return value.map(stripAppId);
  if (value && typeof value === "object") {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) if (!SECRET_KEY.test(k)) out[k] = stripAppId(v);
    return out;
  }
  return value;
}
