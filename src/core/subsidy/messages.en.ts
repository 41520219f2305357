import { moneyEn } from "../money/messages.en";
import type { subsidyJa } from "./messages.ja";

export const subsidyEn: Record<keyof typeof subsidyJa, string> = {
  ...moneyEn,
};
