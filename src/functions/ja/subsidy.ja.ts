import type { JaFunctionTable } from "./types";

const flagsText =
  "フラグ（「,」「、」区切りの文字列または範囲）: 小規模, 再生事業者, 大幅賃上げ特例, 最低賃金特例, インボイス特例, 賃金引上げ特例, 赤字";
const programText =
  '補助金ID（SME.PROGRAMS の一覧）。例: "MONO-19:高付加価値化枠", "JIZOKU-18:通常枠", "SHORYOKU:一般型"。正式名称も可';
const asOfParam = {
  name: "基準日",
  description:
    "ファミリーID（例: SHORYOKU:一般型）の公募回を選ぶ日付: その日を公募期間に含む回、なければその日までに公表された最新の回。Excel の日付または 2025-10-01 の形の文字列。空欄は今日（日本時間）",
};
const languageParam = {
  name: "言語",
  description:
    '"ja" または "en": 重要度と状態を言葉で（エラー、二次資料で確認）、メッセージをその言語で返す。空欄はコード（error、secondary）と日本語のメッセージ',
};

const gotechParams = {
  frame: { name: "枠", description: "通常枠 または 出資獲得枠" },
  participant_types: {
    name: "参加者種別",
    description: "1列・参加者ごとに1行: 中小企業者等, 大学・公設試等, 事業管理機関, アドバイザー, 大企業",
  },
  costs: {
    name: "補助対象経費",
    description: "参加者ごとに1行、年度ごとに1列（1〜3年度）の補助対象経費（円）。空欄は0",
  },
  taxable_income: {
    name: "課税所得",
    description: "参加者ごとの直近3年の課税所得の平均（1列）または3年分（3列）。中小企業者等以外は空欄",
  },
  planned_investment: {
    name: "出資予定額",
    description: "出資獲得枠: ファンド等の出資予定額（円）。合計上限はその2倍",
  },
  round: {
    name: "公募回",
    description:
      "R7, R6, 令和7年度 など、または日付（Excel の日付か 2025-03-01 の形の文字列: その日を公募期間に含む回、なければその日までに公表された最新の回）。空欄は今日の日付で選択",
  },
};

export const subsidyJa: JaFunctionTable = {
  PROGRAMS: {
    name: "補助金一覧",
    description:
      "登録済みの補助金（公募回・枠ごと）を一覧します: ID、名称、回、枠、公募開始、申請締切（日本時間）、受付状況（基準日に 受付中 / 締切済 / 公募前 / 未確認）、公式の出典、状態（最も不確かな規則: verified / official-summary / secondary / assumption）。",
    params: {
      filter: {
        name: "絞り込み",
        description: "ID・名称・回・枠に含まれる文字列（例: MONO、持続化）。空欄はすべて",
      },
      as_of: {
        name: "基準日",
        description:
          "受付状況を判定する日付（Excel の日付または 2025-10-01 の形の文字列）。空欄は今日（日本時間）",
      },
    },
  },
  GOTECH: {
    name: "GOTECH補助額",
    description:
      "Go-Tech（成長型中小企業等研究開発支援事業）: 単年度上限・合計上限を適用したコンソーシアムの年度別補助金額と合計。補助率は中小企業者等2/3（課税所得15億円超は1/2）、大学・公設試等は定額。参加者・年度ごとに1円未満切り捨て。",
    params: gotechParams,
  },
  GOTECHCHECK: {
    name: "GOTECH確認",
    description:
      "Go-Tech の確認結果（コード、重要度、メッセージ、根拠、状態）をスピルします: 中小企業者等の割合2/3以上、大学・公設試等の定額1/6以下、上限の適用、補助率の引下げ。問題がなければ OK の1行。",
    params: { ...gotechParams, language: languageParam },
  },
  GRANT: {
    name: "補助金額",
    description:
      "上限付き補助金（ものづくり・持続化・省力化）の補助金額（円）: 補助対象経費×補助率を切り捨て、段階・上限を適用。下限未満・対象外は0。範囲を渡すと行ごとにスピル。",
    params: {
      program: { name: "補助金", description: programText },
      eligible_cost: { name: "補助対象経費", description: "補助対象経費（円、税抜）" },
      employees: { name: "従業員数", description: "常時使用する従業員の数" },
      industry: {
        name: "業種",
        description: "主たる事業（製造業、小売業、サービス業、宿泊業 など）。小規模事業者の判定に使用",
      },
      flags: { name: "フラグ", description: flagsText },
      as_of: asOfParam,
    },
  },
  GRANTCAP: {
    name: "補助上限額",
    description:
      "適用される補助上限額（円）: 従業員区分ごとの上限、大幅賃上げ特例による引上げ、インボイス特例・賃金引上げ特例の加算。",
    params: {
      program: { name: "補助金", description: programText },
      employees: { name: "従業員数", description: "常時使用する従業員の数" },
      industry: { name: "業種", description: "主たる事業。上限が業種によらない場合は空欄可" },
      flags: { name: "フラグ", description: flagsText },
      as_of: asOfParam,
    },
  },
  GRANTRATE: {
    name: "補助率",
    description:
      "適用される補助率を数値で返します（1/2 → 0.5、2/3 → 0.6667）。内部では分数で正確に計算します。",
    params: {
      program: { name: "補助金", description: programText },
      employees: { name: "従業員数", description: "常時使用する従業員の数" },
      industry: { name: "業種", description: "主たる事業。小規模事業者の判定に使用" },
      flags: { name: "フラグ", description: flagsText },
      as_of: asOfParam,
    },
  },
  GRANTCHECK: {
    name: "補助金確認",
    description:
      "上限付き補助金の判定理由をスピルします（対象かどうか、小規模事業者か、従業員区分、適用した上限・補助率とその理由、上限の適用、下限未達）。各行にコード、重要度、メッセージ、根拠、状態。",
    params: {
      program: { name: "補助金", description: programText },
      eligible_cost: { name: "補助対象経費", description: "補助対象経費（円、税抜）" },
      employees: { name: "従業員数", description: "常時使用する従業員の数" },
      industry: { name: "業種", description: "主たる事業（製造業、小売業 など）" },
      flags: { name: "フラグ", description: flagsText },
      as_of: asOfParam,
      language: languageParam,
    },
  },
  CAPPEDGRANT: {
    name: "上限付補助額",
    description:
      "汎用: 切り捨て(min(経費×補助率, 上限額))。補助金額のうち段階の基準額を超える部分に別の補助率を適用でき、下限額未満は0。",
    params: {
      cost: { name: "経費", description: "補助対象経費（円）" },
      rate: { name: "補助率", description: '補助率: 0.5、=2/3、"2/3"、"50%"（1以下）' },
      cap: { name: "上限額", description: "補助上限額（円）" },
      min_grant: { name: "下限額", description: "補助下限額（円）。これ未満は0。空欄はなし" },
      tier_threshold: {
        name: "段階基準額",
        description: "この補助金額（円）を超える部分に段階補助率を適用。空欄は段階なし",
      },
      tier_rate: { name: "段階補助率", description: "段階基準額を超える部分の補助率" },
    },
  },
};
