// Japanese user messages of the data formulas (SME.ESTAT, SME.ESTATVALUE, SME.OECD, SME.INDICATOR, SME.SOURCE).
// The formulas live in src/functions/data; their codes live here so src/core/errors can collect them.
export const dataFormulasJa = {
  DATA_NO_APP_ID:
    "e-Stat のアプリケーションIDが設定されておらず、この表のキャッシュもありません。作業ウィンドウの「設定」でアプリケーションIDを登録してから「数式を更新」を実行してください（統計表 {id}）。",
  DATA_BAD_ID: "統計表ID「{value}」は正しくありません（英数字・_ ・- の32文字以内、例: 0003425893）。",
  DATA_BAD_FILTER:
    "絞り込み条件「{part}」を読み取れません。cdCat01=A1101,A1102;cdTimeFrom=2015000000 のように「パラメータ=値」を ; で区切るか、パラメータと値の2列の範囲で指定してください（名前: lv/cd/cd…From/cd…To と Tab, Time, Area, Cat01〜Cat15）。",
  DATA_BAD_CODE: "コード「{code}」は使えません（英数字と _ . - のみ、32文字まで）。",
  DATA_TOO_MANY_CODES:
    "コードが多すぎて e-Stat への取得が {requests} 回必要になります（上限 {max} 回。1項目100コードごとに1回）。コードを減らすか、cd…From / cd…To の範囲で指定してください。",
  DATA_BAD_SELECTOR:
    "「{selector}」を次元の指定として読み取れません。cat01=A1101、area=13000、time=2020000000 のように「次元=コード」を1つずつ指定してください。",
  DATA_DUPLICATE_SELECTOR: "次元「{dimension}」が2回指定されています（{a} と {b}）。",
  DATA_CODE_NOT_IN_TABLE:
    "統計表 {id} の次元 {dimension} にコード「{code}」がありません（あるコードの例: {examples}）。",
  DATA_VALUE_NOT_FOUND: "統計表 {id} に {selection} の値がありません。",
  DATA_VALUE_AMBIGUOUS:
    "統計表 {id} で {selection} に当てはまる値が {count} 個あります。次元 {dimensions} のコードも指定してください。",
  DATA_VALUE_MARKED: "この値は記号「{marker}」（{meaning}）で、数値がありません（{selection}）。",
  DATA_VALUE_MISSING: "この値は空欄です（数値も記号もありません: {selection}）。",
  DATA_EMPTY: "条件に当てはまるデータがありません（{id}）。絞り込み条件や期間を確認してください。",
  DATA_BAD_LAYOUT:
    "レイアウト「{value}」は使えません。long（縦持ち）または wide（横持ち）を指定してください。",
  DATA_BAD_OPTION:
    "オプション「{part}」を読み取れません（使える名前: labels=label|code|both, lang=ja|en, rows=次元,…, cols=次元, hierarchy=none|level|indent, header=TRUE|FALSE）。",
  DATA_TOO_MANY_ROWS: "結果が {rows} 行あり、シートに入りません（上限 {max} 行）。条件を絞り込んでください。",
  DATA_SOURCE_UNKNOWN:
    "出典が分かりません（{value}）。SME.ESTAT・SME.ESTATVALUE・SME.OECD・SME.INDICATOR の数式のセル、または統計表ID・データフロー・系列IDを指定してください。",
} as const;
