// The two schemes SME.RDTAX* take: 一般型 and 中小企業技術基盤強化税制, with their aliases.
import { AppError } from "../errors/AppError";

export type SchemeId = "general" | "sme";

const ALIASES: Record<string, SchemeId> = {
  一般型: "general",
  一般: "general",
  general: "general",
  一般試験研究費: "general",
  中小企業技術基盤強化税制: "sme",
  中小: "sme",
  中小企業: "sme",
  中小企業者等: "sme",
  sme: "sme",
};

export const SCHEME_CHOICES = "一般型, 一般, general, 中小企業技術基盤強化税制, 中小, 中小企業, sme";

/** The scheme from text (NFKC, case and spaces ignored); #VALUE! naming the choices otherwise. */
export function parseScheme(text: string): SchemeId {
  const key = text.normalize("NFKC").replace(/\s/g, "").toLowerCase();
  const id = ALIASES[key];
  if (!id)
    throw new AppError("RDTAX_SCHEME_UNKNOWN", `unknown scheme ${text}`, {
      params: { value: text, accepted: SCHEME_CHOICES },
    });
  return id;
}
