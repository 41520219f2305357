// Japanese user messages for src/core/rdtax errors and findings ({name} placeholders from params).
export const rdtaxJa = {
  RDTAX_SCHEME_UNKNOWN: "制度「{value}」は使えません。指定できるのは: {accepted}",
  RDTAX_PERIOD_UNKNOWN:
    "事業年度開始日 {value} に当てはまる研究開発税制のデータがありません（対応している事業年度開始日: {range}）。",
  RDTAX_FY_INVALID:
    "事業年度開始日「{value}」は日付ではありません。Excel の日付または 2025-04-01 の形の文字列を指定してください。",
  RDTAX_RATIO_INVALID:
    "引数「{arg}」の割合「{value}」は使えません。0.12（12%）のような数値を指定してください。",
  RDTAX_PERIOD: "適用した法令: {law}（{label}、事業年度開始日 {date}）",
  RDTAX_PERIOD_ASSUMED: "この期間の規定は確認できていない部分があり、仮定で計算しています: {note}",
  RDTAX_FY_DEFAULTED:
    "事業年度開始日が空欄のため、今日を含む4月開始の事業年度（{date} 開始）として計算しました。決算期が3月でない場合は指定してください。",
  RDTAX_SCHEME: "制度: {scheme}",
  RDTAX_ELIGIBILITY: "{text}",
  RDTAX_RATIOS: "比較試験研究費 {comparison}円、増減試験研究費割合 {increase}、試験研究費割合 {intensity}",
  RDTAX_ZERO_COMPARISON:
    "比較試験研究費が0（または設立事業年度）のため、税額控除割合は {rate} です（増減試験研究費割合による計算をしません）。",
  RDTAX_RATE: "税額控除割合 {rate}（{formula}。小数点以下三位未満切捨て後）",
  RDTAX_RATE_FLOOR: "税額控除割合が下限 {floor} に達しています（増減試験研究費割合 {increase}）。",
  RDTAX_RATE_CAP: "税額控除割合が上限 {cap} に達しています（計算上 {exact}）。",
  RDTAX_INCREASE_SPECIAL:
    "特例: 増減試験研究費割合 {increase} が {pivot} を超えるため、控除率を上乗せしました（上限 {cap}）。",
  RDTAX_INTENSITY_BONUS:
    "特例: 試験研究費割合 {intensity} が 10% を超えるため、控除割増率 {bonus} を上乗せしました（税額控除割合 ×(1＋控除割増率)）。",
  RDTAX_NO_SALES:
    "平均売上金額が空欄のため、試験研究費割合による控除率・控除上限の上乗せは計算していません。",
  RDTAX_CAP: "控除上限額 {cap}円 = 調整前法人税額 {tax}円 × {capRate}（基本 {base}{adjustment}）",
  RDTAX_CAP_VARIABLE_ADD: "、増減試験研究費割合による加算 {add}",
  RDTAX_CAP_VARIABLE_REDUCE: "、増減試験研究費割合による減算 {add}",
  RDTAX_CAP_INCREASE_ADD: "、増減試験研究費割合 {threshold} 超の上乗せ {add}",
  RDTAX_CAP_INTENSITY_ADD: "、試験研究費割合 10% 超の上乗せ {add}",
  RDTAX_CAP_BINDS:
    "税額控除限度額 {limit}円（試験研究費 × 税額控除割合）が控除上限額 {cap}円 を超えるため、控除額は {cap}円 です。",
  RDTAX_CREDIT:
    "税額控除額 {credit}円 = min(試験研究費 {rd}円 × {rate} = {limit}円, 控除上限額 {cap}円)（円未満切捨て）",
  RDTAX_NO_TAX: "調整前法人税額が0のため、税額控除額は0円です。",
  RDTAX_CAP_COMBINE: "上乗せの組み合わせ: {text}",
  RDTAX_NOT_MODELLED: "計算していないもの: {text}",
};
