// Japanese user messages for src/core/measures error codes ({name} placeholders are filled from AppError.params).
export const measuresJa = {
  VALUE_ADDED_ZERO: "付加価値額が0のため比率を計算できません。",
  VALUE_ADDED_NEGATIVE: "付加価値額が負（{value}）のため、この比率は意味を持ちません。",
} as const;
