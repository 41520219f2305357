// The check functions' findings as rows (SME.GRANTCHECK, SME.GOTECHCHECK, SME.RDTAXCHECK), in the language
// of their optional [language] argument (shared/language.ts).
import { messageFor } from "../../core/errors/messages";
import { formatSource, type Finding } from "../../core/subsidy/findings";
import { SEVERITY_LABEL, STATUS_LABEL } from "../../core/subsidy/statuses";
import { Arg, isBlank, scalarOf } from "./args";

/** One text cell of an optional argument; blank or 0 (a blank desktop cell) is null. */
export function optionalText(arg: Arg | undefined, name: string): string | null {
  if (arg === undefined || arg === null) return null;
  const c = scalarOf(arg, name);
  return isBlank(c) || c === 0 ? null : String(c).trim();
}

/**
 * Rows of code, severity, message, source, status. With a language the severity and status are
 * words (エラー, 二次資料で確認 / Error, Checked in secondary sources) and the message is in it; the
 * code stays first, for support and for filters on it.
 */
export function findingRows(
  findings: readonly Finding[],
  lang: "ja" | "en" | null = null,
): (string | number)[][] {
  if (findings.length === 0)
    return [
      ["OK", lang ? SEVERITY_LABEL.info[lang] : "info", messageFor("CHECK_OK", {}, lang ?? "ja"), "", ""],
    ];
  if (lang === null)
    return findings.map((f) => [f.code, f.severity, f.messageJa, formatSource(f.source), f.status ?? ""]);
  return findings.map((f) => [
    f.code,
    SEVERITY_LABEL[f.severity][lang],
    lang === "en" ? f.messageEn : f.messageJa,
    formatSource(f.source, lang),
    f.status ? STATUS_LABEL[f.status][lang] : "",
  ]);
}
