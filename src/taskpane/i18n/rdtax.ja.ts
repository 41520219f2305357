// The 研究開発税制 calculator's text, kept apart from ja.ts/en.ts so the section can change on its own;
// spread into both dictionaries (the parity test checks keys and placeholders as for every other text).
// The English half is its own file (rdtax.en.ts): one module with both would put the English strings in the
// pane's first-paint scripts along with ja.ts (issue 15).
export const rdtaxJa = {
  rdtaxHeading: "研究開発税制（試験研究費の税額控除）",
  rdtaxIntro:
    "一般型と中小企業技術基盤強化税制の税額控除を、事業年度開始日の法令で計算します。オープンイノベーション型・戦略技術領域型は対象外です。",
  rdtaxSchemeLabel: "制度",
  rdtaxSchemeGeneral: "一般型",
  rdtaxSchemeSme: "中小企業技術基盤強化税制",
  rdtaxSmeNote:
    "中小企業者等はこの税制の定義です（資本金1億円以下で大規模法人の子会社でないこと、前3期の平均所得15億円以下など）。中小企業基本法の定義とは異なります。",
  rdtaxFiscalYearStart: "事業年度開始日",
  rdtaxThisYear: "試験研究費（当期、円）",
  rdtaxPrev1: "試験研究費（前期、円）",
  rdtaxPrev2: "試験研究費（前々期、円）",
  rdtaxPrev3: "試験研究費（3期前、円）",
  rdtaxPriorHint:
    "空欄の期は存在しない期として平均から除きます（設立から3年未満）。0 は 0 円として平均します。",
  rdtaxComparison: "比較試験研究費（前3期の平均）: {amount}",
  rdtaxComparisonNone: "比較試験研究費: 0（前期以前の入力なし。設立事業年度と同じ扱い）",
  rdtaxAverageSales: "平均売上金額（当期と前3期の平均、円・任意）",
  rdtaxCorporateTax: "調整前法人税額（円）",
  rdtaxCalculate: "控除額を計算",
  rdtaxWriteSheet: "控除額の計算シートを書き込む",
  rdtaxCredit: "税額控除額: {amount}",
  rdtaxRate: "税額控除割合: {rate}",
  rdtaxCap: "控除上限額: {amount}（調整前法人税額 × {rate}）",
  rdtaxLimit: "税額控除限度額（試験研究費 × 税額控除割合）: {amount}",
  rdtaxRatios: "増減試験研究費割合 {increase}、試験研究費割合 {intensity}",
  rdtaxPeriod: "適用した期間: {period}",
  rdtaxFindings: "判定と根拠",
  rdtaxCheckLaw: "条文・国税庁の案内で確認してください",
  rdtaxInvalidAmount:
    "「{field}」は0以上の円の金額で入力してください（例: 12,000,000、1200万）。入力: {value}",
  rdtaxAmbiguousAmount: "「{field}」の単位が2通りに読めます。数字だけで入力してください。入力: {value}",
  rdtaxInvalidDate: "「{field}」に日付を入力してください。",
  rdtaxCalcFailed: "研究開発税制を計算できませんでした",
  rdtaxWriteFailed: "研究開発税制の計算シートを書き込めませんでした",
  rdtaxSheetWritten: "シート「{sheet}」に入力と数式を書き込みました。入力を変えると再計算されます。",
  rdtaxSheetDeclined: "書き込みを取りやめました。既存のシートはそのままです。",
  rdtaxSheetUnavailable: "この環境では計算シートを書き込めません。",
} as const;
