// Japanese user messages for src/core/subsidy error and finding codes ({name} placeholders are
// filled from AppError.params or the finding's params). The money core's codes ride along here.
import { moneyJa } from "../money/messages.ja";

export const subsidyJa = {
  ...moneyJa,
} as const;
