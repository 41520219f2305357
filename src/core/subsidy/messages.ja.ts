// Japanese user messages for src/core/subsidy error codes ({name} placeholders are filled from AppError.params).
export const subsidyJa = {} as const;
