import type { measuresJa } from "./messages.ja";

export const measuresEn: Record<keyof typeof measuresJa, string> = {
  VALUE_ADDED_ZERO: "Value added is zero, so the ratio cannot be computed.",
  VALUE_ADDED_NEGATIVE: "Value added is negative ({value}); this ratio is not meaningful.",
};
