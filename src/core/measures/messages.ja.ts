// Japanese user messages for src/core/measures error codes ({name} placeholders are filled from AppError.params).
export const measuresJa = {
  VALUE_ADDED_ZERO: "付加価値額が0のため比率を計算できません。",
  VALUE_ADDED_NEGATIVE: "付加価値額が負（{value}）のため、この比率は意味を持ちません。",
  RESULT_TOO_LARGE: "{what} の計算結果が大きすぎて表せません。",
  HEADCOUNT_ZERO: "従業員数（と役員数）が0のため労働生産性を計算できません。",
  YEARS_NOT_POSITIVE: "年数は0より大きい値を指定してください: {value}",
  CAGR_START_ZERO: "開始値が0のため成長率を計算できません。",
  CAGR_NEGATIVE: "開始値・終了値が負（{start} → {end}）のため年平均成長率は定義されません。",
  BASIS_UNKNOWN: "根拠法「{value}」は使えません。使える値: {accepted}",
  INDUSTRY_UNKNOWN:
    "業種「{value}」は認識できません。使える業種（主なもの）: {accepted}。全一覧は =SME.業種一覧()",
  INDUSTRY_AMBIGUOUS:
    "業種「{value}」は{basis}では基準が分かれます。次のいずれかを指定してください: {choices}",
  UNIT_UNKNOWN: "単位「{value}」は使えません。円・千円・百万円のいずれかを指定してください。",
  SHARE_OUT_OF_RANGE: "引数「{arg}」は0〜1の割合で指定してください（例: 0.5、50%、1/2）: {value}",
  SHARE_INCONSISTENT: "最大の大企業株主の割合（{largest}）が大企業の合計（{total}）を超えています。",
} as const;
