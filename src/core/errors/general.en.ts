import type { generalJa } from "./general.ja";

export const generalEn: Record<keyof typeof generalJa, string> = {
  INTERNAL: "An internal error occurred ({detail}).",
  ARG_NOT_NUMBER: "Argument '{arg}' is not a number: '{value}'",
  ARG_MISSING: "Argument '{arg}' is blank. Enter a value.",
  ARG_SHAPE_MISMATCH: "Range shapes differ ({a} vs {b}). Use ranges with the same rows and columns.",
  ARG_NEGATIVE: "Argument '{arg}' must be zero or more: {value}",
  ARG_NOT_TEXT: "Argument '{arg}' must be text.",
  ARG_NOT_BOOLEAN: "Argument '{arg}' must be TRUE or FALSE: '{value}'",
  ARG_TOO_LARGE: "Argument '{arg}' is too large to compute safely: {value}",
  ARG_LANGUAGE:
    "Argument '{arg}' must be \"ja\" (Japanese) or \"en\" (English); blank keeps the codes: '{value}'",
};
