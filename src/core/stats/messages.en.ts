import type { statsJa } from "./messages.ja";

export const statsEn: Record<keyof typeof statsJa, string> = {};
