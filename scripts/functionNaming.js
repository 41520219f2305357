// Naming rules Excel applies to custom-function metadata (functions.json and functions-<lang>.json),
// enforced by the build (scripts/functionsJa.js) and by tests. Each rule names the Microsoft page it
// comes from; rules marked "project" are stricter choices of ours where the documentation is silent.
//
// NAMING  = https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming
//           (office-js-docs-pr docs/excel/custom-functions-naming.md, ms.date 07/24/2026)
// AUTOGEN = https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration
//           (§ "id", § "name")
// JSON    = https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
//           (§ "functions", § "parameters", § "Associate function names with JSON metadata")
const reserved = require("./excel-reserved-names.json");

const SOURCES = {
  naming: "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming",
  autogen: "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration",
  json: "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json",
  reserved: reserved.source.url,
  project: "docs/ARCHITECTURE.md (project rule)",
};

/** Excel's grid: 16,384 columns (A..XFD) by 1,048,576 rows (NAMING: "A1 to XFD1048576 or R1C1 to R1048576C16384"). */
const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;
/** AUTOGEN § name: "Maximum length is 128 characters"; the metadata tool applies the same limit to ids. */
const MAX_LENGTH = 128;
const MIN_LENGTH = 3;

function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * True when Excel could read `name` as a cell reference: A1 style (A1 … XFD1048576) or R1C1 style
 * (R1C1 … R1048576C16384), case-insensitive as Excel is. Also the R1C1 partial forms R<n> (a row) and
 * C<n> (a column) within the grid — Excel reads those as whole-row/column references in R1C1 mode.
 * Leading zeros count (Excel turns a typed =A01 into =A1).
 */
function looksLikeCellReference(name) {
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(name);
  if (a1 && columnNumber(a1[1]) <= MAX_COLUMN && +a1[2] >= 1 && +a1[2] <= MAX_ROW) return true;
  const r1c1 = /^[Rr]([0-9]+)[Cc]([0-9]+)$/.exec(name);
  if (r1c1 && +r1c1[1] >= 1 && +r1c1[1] <= MAX_ROW && +r1c1[2] >= 1 && +r1c1[2] <= MAX_COLUMN) return true;
  const row = /^[Rr]([0-9]+)$/.exec(name);
  if (row && +row[1] >= 1 && +row[1] <= MAX_ROW) return true;
  const col = /^[Cc]([0-9]+)$/.exec(name);
  if (col && +col[1] >= 1 && +col[1] <= MAX_COLUMN) return true;
  return false;
}

const normalize = (name) => name.toUpperCase().replace(/[._]/g, "");
const RESERVED = new Map();
for (const n of reserved.functions) RESERVED.set(normalize(n), `built-in function ${n} (XLCALL.H xlf…)`);
for (const n of reserved.macroCommands)
  RESERVED.set(normalize(n), `Excel 4.0 macro command ${n} (XLCALL.H xlc…)`);

/** The Excel built-in or Excel 4.0 macro name `name` matches (ignoring case, "." and "_"), or null. */
function reservedNameMatch(name) {
  return RESERVED.get(normalize(name)) ?? null;
}

/** NAMING: "`id`: Only A–Z, 0–9, underscore, and period characters are allowed", starts with a letter, ≥ 3. */
const ID_PATTERN = /^[A-Z][A-Z0-9_.]*$/;
/**
 * NAMING: "`name`: Any Unicode alphabetic characters, underscore, and period"; AUTOGEN § name adds
 * "numbers (0-9)" and links the Unicode Alphabetic property; the metadata tool tests \pL. A character
 * passes when it is both a Letter and Alphabetic (so every reading agrees), or 0-9, "_" or ".".
 */
const NAME_CHAR = /[\p{L}&&\p{Alphabetic}]|[0-9_.]/v;
const NAME_START = /^[\p{L}&&\p{Alphabetic}]/v;

function problem(rule, source, subject, ja, en) {
  return { rule, source, subject, message: `${subject}: ${ja} / ${en}` };
}

/** Problems of one id (empty when it is fine). */
function checkId(id) {
  const out = [];
  const s = `id "${id}"`;
  if (typeof id !== "string" || !ID_PATTERN.test(id))
    out.push(
      problem(
        "id-characters",
        SOURCES.naming,
        s,
        "英大文字で始め、A–Z・0–9・_・. だけを使ってください",
        "must start with a letter and use only A–Z, 0–9, _ and .",
      ),
    );
  if (typeof id === "string" && id.length < MIN_LENGTH)
    out.push(
      problem("id-length", SOURCES.naming, s, "3文字以上にしてください", "must be at least three characters"),
    );
  if (typeof id === "string" && id.length > MAX_LENGTH)
    out.push(
      problem("id-length", SOURCES.autogen, s, "128文字以下にしてください", "must be at most 128 characters"),
    );
  return out.concat(lookAlikes(id, s));
}

function lookAlikes(value, s) {
  const out = [];
  if (typeof value !== "string") return out;
  if (looksLikeCellReference(value))
    out.push(
      problem(
        "cell-reference",
        SOURCES.naming,
        s,
        "セル参照（A1～XFD1048576、R1C1～R1048576C16384）と紛らわしい名前は使えません",
        "looks like a cell reference (A1…XFD1048576, R1C1…R1048576C16384)",
      ),
    );
  const hit = reservedNameMatch(value);
  if (hit)
    out.push(
      problem(
        "reserved-name",
        SOURCES.naming,
        s,
        `Excel の組み込み関数または Excel 4.0 マクロ関数と同じ名前です（${hit}）`,
        `matches an Excel ${hit}`,
      ),
    );
  return out;
}

/** Problems of one display name (function name, any language). */
function checkName(name, subject) {
  const out = [];
  const s = `${subject} name "${name}"`;
  if (typeof name !== "string" || !name) {
    out.push(problem("name-empty", SOURCES.json, s, "名前がありません", "is required"));
    return out;
  }
  if (!NAME_START.test(name))
    out.push(problem("name-start", SOURCES.naming, s, "文字で始めてください", "must start with a letter"));
  const bad = [...name].filter((ch) => !NAME_CHAR.test(ch));
  if (bad.length)
    out.push(
      problem(
        "name-characters",
        SOURCES.naming,
        s,
        `使えない文字「${[...new Set(bad)].join("")}」があります（文字・数字・_・. のみ）`,
        `has characters Excel does not allow (${[...new Set(bad)].join("")}); only letters, digits, _ and .`,
      ),
    );
  if ([...name].length < MIN_LENGTH)
    out.push(
      problem(
        "name-length",
        SOURCES.naming,
        s,
        "3文字以上にしてください",
        "must be at least three characters",
      ),
    );
  if ([...name].length > MAX_LENGTH)
    out.push(
      problem(
        "name-length",
        SOURCES.autogen,
        s,
        "128文字以下にしてください",
        "must be at most 128 characters",
      ),
    );
  return out.concat(lookAlikes(name, s));
}

/**
 * Parameter names and descriptions. JSON § parameters: `name` is required and "displayed in Excel's
 * IntelliSense"; `description` is optional. The documentation sets no character rule for parameter
 * names, so ours are project rules: non-empty, no surrounding spaces, no "," ";" "(" ")" (Excel's
 * argument syntax, shown in the tooltip as NAME(a, b)), unique within the function.
 */
function checkParameters(f, subject) {
  const out = [];
  const seen = new Set();
  for (const p of f.parameters || []) {
    const s = `${subject} parameter "${p.name}"`;
    if (typeof p.name !== "string" || !p.name.trim()) {
      out.push(problem("parameter-name", SOURCES.json, s, "引数名がありません", "has no name"));
      continue;
    }
    if (p.name !== p.name.trim() || /[,;()\u3001\uff0c\uff1b\uff08\uff09]/.test(p.name))
      out.push(
        problem(
          "parameter-name",
          SOURCES.project,
          s,
          "前後の空白や , ; ( ) を含めないでください",
          "must not have surrounding spaces or , ; ( )",
        ),
      );
    if (seen.has(p.name))
      out.push(
        problem(
          "parameter-unique",
          SOURCES.project,
          s,
          "同じ関数の中で引数名が重複しています",
          "is used twice in the same function",
        ),
      );
    seen.add(p.name);
    if (typeof p.description !== "string" || !p.description.trim())
      out.push(
        problem("parameter-description", SOURCES.project, s, "説明が空です", "has an empty description"),
      );
  }
  return out;
}

/**
 * Checks the metadata of every language together.
 * @param {Record<string, {functions: Array<{id: string, name: string, description?: string, parameters?: Array<{name: string, description?: string}>}>}>} byLanguage
 *   e.g. { en: functions.json, ja: functions-ja.json }
 * @returns {Array<{rule: string, source: string, subject: string, message: string}>}
 */
function checkFunctionMetadata(byLanguage) {
  const out = [];
  const langs = Object.keys(byLanguage);
  const firstIds = new Map();
  // JSON § Associate: "no two function objects in the metadata file should have the same id value".
  for (const lang of langs) {
    const seen = new Set();
    for (const f of byLanguage[lang].functions) {
      if (seen.has(f.id))
        out.push(
          problem("id-unique", SOURCES.json, `${lang}: id "${f.id}"`, "id が重複しています", "is used twice"),
        );
      seen.add(f.id);
      if (!firstIds.has(f.id))
        out.push(...checkId(f.id).map((p) => ({ ...p, message: `${lang}: ${p.message}` })));
      firstIds.set(f.id, true);
    }
  }
  // Every language file must list the same ids: the id is not localized (NAMING § Localize).
  const ids = (lang) =>
    byLanguage[lang].functions
      .map((f) => f.id)
      .sort()
      .join(",");
  for (const lang of langs.slice(1))
    if (ids(lang) !== ids(langs[0]))
      out.push(
        problem(
          "ids-per-language",
          SOURCES.naming,
          `${lang}`,
          `id の一覧が ${langs[0]} と違います`,
          `does not have the same ids as ${langs[0]}`,
        ),
      );
  // Names: valid in each language, and one name means one function across all languages: a name
  // that is function X in one file and function Y in another would make formulas typed (or copied)
  // in one language mean something else in the other. NAMING: a name clash gives #REF!.
  const owner = new Map();
  for (const lang of langs) {
    for (const f of byLanguage[lang].functions) {
      const subject = `${lang}: ${f.id}`;
      out.push(...checkName(f.name, subject));
      if (typeof f.description !== "string" || !f.description.trim())
        out.push(
          problem("description", SOURCES.project, subject, "関数の説明が空です", "has an empty description"),
        );
      out.push(...checkParameters(f, subject));
      if (typeof f.name !== "string") continue;
      const key = f.name.toUpperCase();
      const prev = owner.get(key);
      if (prev && prev.id !== f.id)
        out.push(
          problem(
            "name-unique",
            SOURCES.naming,
            `${subject} name "${f.name}"`,
            `${prev.lang} の ${prev.id} と同じ名前です`,
            `is also the name of ${prev.id} in ${prev.lang}`,
          ),
        );
      else if (!prev) owner.set(key, { id: f.id, lang });
    }
  }
  return out;
}

module.exports = {
  checkFunctionMetadata,
  checkId,
  checkName,
  looksLikeCellReference,
  reservedNameMatch,
  SOURCES,
  MIN_LENGTH,
  MAX_LENGTH,
};
