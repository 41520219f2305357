import { xmlToEstatJson } from "./xmlToJson";

// e-Stat's JSON is a mechanical XML conversion: attributes become "@x", element text "$", and a repeated
// element becomes an array only when it repeats. One CLASS, VALUE, NOTE, CLASS_OBJ, TABLE_INF or LIST_INF
// arrives as a bare object, and an empty result may drop DATA_INF/VALUE entirely. Everything is read
// through these helpers so no caller meets either shape.

export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export function isObject(x: unknown): x is JsonObject {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Object-or-array-or-missing as an array. */
export function asArray<T = JsonObject>(x: unknown): T[] {
  if (x === undefined || x === null || x === "") return [];
  return (Array.isArray(x) ? x : [x]) as T[];
}

/** Element text: `"text"`, `{"$": "text", "@no": ...}`, or a number (SURVEY_DATE, STATUS...) as a string. */
export function text(x: unknown): string | undefined {
  if (x === undefined || x === null) return undefined;
  if (typeof x === "string") return x;
  if (typeof x === "number" || typeof x === "boolean") return String(x);
  if (isObject(x)) return text(x.$);
  return undefined;
}

export function attr(x: unknown, name: string): string | undefined {
  return isObject(x) ? text(x[`@${name}`]) : undefined;
}

/** Counts and positions are JSON numbers in real bodies but strings in some re-serialised ones. */
export function num(x: unknown): number | undefined {
  const t = text(x);
  if (t === undefined || t.trim() === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Parses a body that may be JSON, a JSONP wrapper `callback({...});`, or e-Stat XML. */
export function parseBody(body: string): unknown {
  // no trim(): a 12 MB page must not be copied just to look at its first character
  const first = body.search(/\S/);
  const c = first < 0 ? "" : body[first];
  if (c === "{" || c === "[") return JSON.parse(body);
  if (c === "<") return xmlToEstatJson(body);
  const s = body.trim();
  const m = /^[\w$.]+\s*\(([\s\S]*)\)\s*;?\s*$/.exec(s);
  if (m) return JSON.parse(m[1]);
  return JSON.parse(s);
}
