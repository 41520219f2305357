import { messagesJa } from "./messages.ja";
import { messagesEn } from "./messages.en";
import { AppError } from "./AppError";

export type Lang = "ja" | "en";
export type MessageCode = keyof typeof messagesJa;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

/** User-facing text for a code, in one language. Unknown codes fall back to the code itself. */
export function messageFor(
  code: string,
  params: Record<string, string | number> = {},
  lang: Lang = "ja",
): string {
  const table: Record<string, string> = lang === "ja" ? messagesJa : messagesEn;
  const template = table[code];
  return template === undefined ? code : fill(template, params);
}

/** Japanese first, English after: the form cells and message bars show. */
export function bilingualMessage(code: string, params: Record<string, string | number> = {}): string {
  return `${messageFor(code, params, "ja")} / ${messageFor(code, params, "en")}`;
}

/** Text for any thrown value: AppErrors by code, anything else as an internal error. */
export function describeError(e: unknown, lang?: Lang): string {
  if (e instanceof AppError)
    return lang ? messageFor(e.code, e.params, lang) : bilingualMessage(e.code, e.params);
  const detail = e instanceof Error ? e.message : String(e);
  return lang ? messageFor("INTERNAL", { detail }, lang) : bilingualMessage("INTERNAL", { detail });
}
