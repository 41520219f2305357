import type { moneyJa } from "./messages.ja";

export const moneyEn: Record<keyof typeof moneyJa, string> = {
  YEN_NOT_INTEGER: "Amounts are whole yen (round them first, e.g. with ROUNDDOWN): {value}",
  YEN_UNSAFE: "The amount is too large to compute exactly (keep it below 2^53): {value}",
  RATE_INVALID: "A rate must be a non-negative fraction (e.g. 2/3 or 0.5): {value}",
} as const;
