// The optional language argument of functions whose output has words for people (SME.GRANTCHECK,
// SME.GOTECHCHECK, SME.INDICATOR, SME.INDICATORS): blank keeps the machine words (value, error,
// secondary) the functions gave before it existed, so existing workbooks read the same.
import { AppError } from "../../core/errors/AppError";
import { isBlank, readText, scalarOf, type Arg } from "./args";

export type OutputLanguage = "ja" | "en";

export function readLanguage(arg: Arg | undefined, name = "language"): OutputLanguage | null {
  if (arg === undefined || arg === null) return null;
  const c = scalarOf(arg, name);
  if (isBlank(c) || c === 0) return null;
  const text = readText(c, name).trim();
  const t = text.toLowerCase();
  if (["ja", "jp", "japanese", "日本語"].includes(t)) return "ja";
  if (["en", "english", "英語"].includes(t)) return "en";
  throw new AppError("ARG_LANGUAGE", `${name} ${text}`, { params: { arg: name, value: text } });
}
