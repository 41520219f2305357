// `estat parse FILE…`: what each saved file is, before it is parsed (issue 13 L7). An empty file, JSON
// null, a web page, or the body of another e-Stat API (getStatsList, getMetaInfo) is named as such with the
// file's path, instead of a misleading parser message or an empty table with exit 0. Malformed JSON names
// the file, line and column, never V8's message (which quotes the text).
import { readFileSync } from "node:fs";
import { AppError } from "../core/errors/AppError";
import { jsonSyntaxError } from "../core/json/jsonSyntaxError";
import { checkEstatStatus, readSplitEnvelope } from "../core/stats/estat/parseStatsData";
import { splitStatsDataText } from "../core/stats/estat/splitStatsDataText";
import { xmlToEstatJson } from "../core/stats/estat/xmlToJson";

export type SavedEstat = { kind: "csv"; text: string } | { kind: "statsData"; body: unknown };

const OTHER_APIS: Record<string, string> = {
  GET_STATS_LIST: "getStatsList",
  GET_META_INFO: "getMetaInfo",
  GET_DATA_CATALOG: "getDataCatalog",
};

function fileError(code: string, file: string, params: Record<string, string | number> = {}): AppError {
  return new AppError(code, `${file}: ${code}`, { kind: "invalidValue", params: { file, ...params } });
}

export function readSavedText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new AppError("CLI_READ_FAILED", `${file} could not be read: ${detail}`, {
      kind: "notAvailable",
      params: { file, detail },
      cause: e,
    });
  }
}

function parseJsonText(file: string, text: string, offset = 0, whole = text): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const at = jsonSyntaxError(text);
    // line/column in the whole file (a JSONP body starts after the callback name)
    const pos = at ? offset + at.offset : offset;
    const before = whole.slice(0, pos);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = pos - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
    throw fileError("CLI_FILE_BAD_JSON", file, { line, column });
  }
}

/**
 * Classifies one saved file; throws a file-naming AppError when it is not a getStatsData response or CSV.
 * With `split`, a JSON getStatsData body comes back as a StatsDataText (only its envelope parsed: the parser
 * reads the VALUE rows from the text, and parses it whole — with this function's error for malformed JSON —
 * if it has to). Only for a file parsed right away: malformed JSON in VALUE is then reported by the parser.
 */
export function classifySaved(file: string, raw: string, options: { split?: boolean } = {}): SavedEstat {
  const text = raw.replace(/^\uFEFF/, "");
  const first = text.search(/\S/);
  if (first < 0) throw fileError("CLI_FILE_EMPTY", file);
  const c = text[first];
  let body: unknown;
  if (c === "{" && options.split) {
    const split = splitStatsDataText(text, () => parseJsonText(file, text));
    // Bodies of other APIs go the ordinary way, so their errors come in the ordinary order.
    if (
      split &&
      readSplitEnvelope(split) &&
      !Object.keys(OTHER_APIS).some((k) => k in (split.body as object))
    )
      return { kind: "statsData", body: split };
  }
  if (c === "{" || c === "[") body = parseJsonText(file, text);
  else if (c === "<") {
    try {
      body = xmlToEstatJson(text);
    } catch (e) {
      const detail = e instanceof AppError ? String(e.params.detail ?? e.message) : (e as Error).message;
      throw fileError("CLI_FILE_BAD_XML", file, { detail });
    }
  } else {
    const jsonp = /^\s*[\w$.]+\s*\(/.exec(text);
    const literal = /^\s*(null|true|false|-?\d[\d.eE+-]*)\s*$/.exec(text);
    if (literal) body = parseJsonText(file, text);
    else if (jsonp) {
      const inner = text.slice(jsonp[0].length).replace(/\)\s*;?\s*$/, "");
      body = parseJsonText(file, inner, jsonp[0].length, text);
    } else return { kind: "csv", text: raw };
  }
  if (body === null) throw fileError("CLI_FILE_NULL", file);
  if (typeof body !== "object" || Array.isArray(body)) throw fileError("CLI_FILE_NOT_ESTAT", file);
  const keys = Object.keys(body as object);
  for (const [root, api] of Object.entries(OTHER_APIS)) {
    if (keys.includes(root)) {
      checkEstatStatus(body); // an error body (STATUS ≥ 100) is reported as e-Stat's error (exit 2)
      throw fileError("CLI_FILE_WRONG_API", file, { api });
    }
  }
  // DATA_INF alone (VALUE/NOTE, as saved from a getStatsData page) is accepted by the parser too
  if (!["GET_STATS_DATA", "GET_STATS_DATAS", "VALUE"].some((k) => keys.includes(k)))
    throw fileError("CLI_FILE_NOT_ESTAT", file);
  return { kind: "statsData", body };
}
