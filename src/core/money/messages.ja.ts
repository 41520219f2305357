// Japanese user messages for src/core/money error codes. Spread into the subsidy table
// (src/core/subsidy/messages.ja.ts), which the central error tables already include.
export const moneyJa = {
  YEN_NOT_INTEGER: "金額は円単位の整数で指定してください（ROUNDDOWN などで端数を処理してください）: {value}",
  YEN_UNSAFE: "金額が大きすぎて正確に計算できません（2^53 未満にしてください）: {value}",
  RATE_INVALID: "率は0以上の分数（例: 2/3、0.5）で指定してください: {value}",
} as const;
