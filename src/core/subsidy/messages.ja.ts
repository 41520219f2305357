// Japanese user messages for src/core/subsidy error and finding codes ({name} placeholders are
// filled from AppError.params or the finding's params). The money core's codes ride along here.
import { moneyJa } from "../money/messages.ja";

export const subsidyJa = {
  ...moneyJa,
  // errors
  PROGRAM_UNKNOWN:
    "補助金「{value}」は見つかりません。もしかして「{closest}」ですか？（SME.PROGRAMS で一覧: {accepted}）",
  PROGRAM_AMBIGUOUS: "補助金「{value}」は複数に当てはまります。枠まで指定してください: {choices}",
  PROGRAM_NEEDS_GOTECH:
    "「{value}」はコンソーシアム型の補助金です。SME.GOTECH / SME.GOTECHCHECK を使ってください。",
  PROGRAM_FILTER_NO_MATCH: "「{value}」に当てはまる補助金はありません。",
  ROUND_UNKNOWN: "公募回「{value}」は見つかりません。指定できるのは: {accepted}",
  FRAME_UNKNOWN: "枠「{value}」は見つかりません。指定できるのは: {accepted}",
  FLAG_UNKNOWN: "フラグ「{value}」は使えません。指定できるのは: {accepted}",
  INDUSTRY_REQUIRED:
    "{program} では小規模事業者かどうかで補助率等が変わるため、業種を指定してください（または「小規模」フラグ）。",
  PARTICIPANT_TYPE_UNKNOWN: "参加者の種類「{value}」は使えません。指定できるのは: {accepted}",
  GOTECH_NO_PARTICIPANTS: "参加者（種類と経費）を1行以上指定してください。",
  GOTECH_YEARS_MISMATCH: "経費の年度数が参加者ごとに違います（{a} と {b}）。",
  GOTECH_YEARS_INVALID: "事業年度数 {years} は指定できません（{min}〜{max} 年度）。",
  GOTECH_INVESTMENT_REQUIRED: "{frame} ではファンド等の出資予定額（円）を指定してください。",
  TIER_RATE_REQUIRED: "tier_threshold を指定したときは tier_rate も指定してください。",
  // findings
  CHECK_OK: "問題は見つかりませんでした。",
  FLAG_NOT_APPLICABLE:
    "フラグ「{flag}」は {program} には関係しないため無視しました（関係するもの: {accepted}）。",
  SMALL_BUSINESS_YES: "{who}で従業員 {employees} 人は小規模事業者に当たります（{law}: {threshold} 人以下）。",
  SMALL_BUSINESS_NO:
    "{who}で従業員 {employees} 人は小規模事業者に当たりません（{law}: {threshold} 人以下）。",
  SMALL_FLAG_CONFLICT:
    "「小規模」が指定されましたが、従業員 {employees} 人は定義（{threshold} 人以下）を超えています。指定を優先しました。",
  FLAGS_EXCLUSIVE:
    "{program} では「{flags}」は併用できません（併用不可）。どちらか一方だけを指定してください。補助金額は計算しません。",
  ROUND_SELECTED: "{family} は {asOf} 時点の回として {program}（{round}）で計算しました。",
  ROUND_CLOSED:
    "{program} の申請締切（{deadline}、日本時間）は {asOf} 時点で過ぎています。これより後の回はまだ登録されていません。",
  ROUND_NOT_YET_OPEN:
    "{program} の申請受付開始（{start}、日本時間）は {asOf} より後です。まだ申請できません。",
  AS_OF_INVALID:
    "基準日「{value}」を日付として読めません。Excel の日付（シリアル値）か 2025-10-01 の形の文字列を指定してください。",
  NOT_ELIGIBLE: "{program} の対象は「{requirement}」に当たる事業者です。補助金額は0円です。",
  EMPLOYEE_BAND: "従業員 {employees} 人 → 区分「{band}」",
  CAP_BASE: "補助上限額 {cap} 円（区分: {band}）",
  CAP_BASE_FIXED: "補助上限額 {cap} 円",
  CAP_REPLACED: "{flags} により補助上限額を {amount} 円に引き上げ（上限 {cap} 円）",
  CAP_ADDED: "{flags} により補助上限額を {amount} 円加算（上限 {cap} 円）",
  RATE_APPLIED: "補助率 {rate}（理由: {reason}）",
  RATE_APPLIED_STANDARD: "補助率 {rate}（この枠の基本の補助率）",
  TIER_APPLIED: "補助金額のうち {threshold} 円を超える部分は補助率 {rate} で計算しました。",
  CAP_BINDING: "計算額 {uncapped} 円が補助上限額を超えるため {cap} 円に制限しました。",
  BELOW_MINIMUM: "補助金額 {amount} 円が補助下限額 {min} 円に届かないため、補助対象になりません（0円）。",
  GRANT_RESULT: "補助金額 {grant} 円（補助対象経費 {cost} 円）",
  PROJECT_YEARS_UNUSUAL: "事業期間 {years} 年度: 通常は2年度又は3年度です。",
  TAXABLE_INCOME_MISSING: "{name}: 課税所得が空欄のため15億円以下とみなし、補助率 {rate} を適用しました。",
  RATE_HALF_TAXABLE_INCOME:
    "{name}: 直近3年の課税所得の平均 {average} 円が {threshold} 円を超えるため補助率 {rate} です。",
  NO_SUBSIDY_FOR_TYPE: "{name}（{type}）は補助対象外のため、経費 {cost} 円に補助はありません。",
  NO_SME_PARTICIPANT: "中小企業者等の参加者（主たる研究等実施機関）がいません。",
  SINGLE_MEMBER: "コンソーシアムは2者以上（アドバイザーを含む）で構成します。参加者が1者だけです。",
  SME_SHARE_BELOW_2_3: "中小企業者等の補助金額 {sme} 円が総額 {total} 円の {min} 未満です（割合 {share}）。",
  UNIV_FIXED_CAP_EXCEEDED:
    "大学・公設試等の定額補助 {univ} 円が総額 {total} 円の {max}（{limit} 円）を超えています。超過分の扱いは公募要領で確認してください。",
  UNIV_FIXED_REDUCED: "設定により大学・公設試等の定額補助を {univ} 円に減額しました。",
  PER_YEAR_CAP_BINDING:
    "{year} 年度目: 補助金額 {amount} 円が単年度上限 {cap} 円を超えるため {cap} 円に制限しました。",
  TOTAL_CAP_BINDING:
    "{years} 年度の合計 {amount} 円が合計上限 {cap} 円を超えるため、後の年度から減額しました（{cut}）。",
  INVESTMENT_CAP_BINDING:
    "合計上限は出資予定額 {investment} 円の2倍 = {cap} 円です。合計 {amount} 円を後の年度から減額しました（{years}）。",
} as const;
