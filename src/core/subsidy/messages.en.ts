import type { subsidyJa } from "./messages.ja";

export const subsidyEn: Record<keyof typeof subsidyJa, string> = {};
