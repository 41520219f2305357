// Japanese user messages for src/core/stats error codes ({name} placeholders are filled from AppError.params).
export const statsJa = {} as const;
