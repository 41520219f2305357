// The Office requirement sets the add-in uses, per feature: one list for the manifest check and the
// self-check (Settings › 自己診断). Versions are the "[Api set: …]" lines of @types/office-js for the members
// named in `uses`. `required`: the add-in cannot work without it (the manifest's <Requirements> minimum);
// otherwise the feature sits behind a runtime check with a fallback (see `fallback`).

export interface RequirementUse {
  set: "ExcelApi" | "SharedRuntime" | "CustomFunctionsRuntime";
  version: string;
  required: boolean;
  /** What needs it, for people reading the self-check report. */
  featureJa: string;
  feature: string;
  /** Office.js members that need this version (the API-set test reads these). */
  uses: string[];
  /** What the add-in does without it (optional sets only). */
  fallback?: string;
}

export const REQUIREMENT_SETS: readonly RequirementUse[] = [
  {
    set: "ExcelApi",
    version: "1.7",
    required: true,
    featureJa: "表の書き込み・読み込んだ表の条件の保存・行列番号での範囲指定",
    feature: "writing tables, stored queries, ranges by index",
    uses: [
      "Excel.Worksheet.getRangeByIndexes",
      "Excel.Workbook.customXmlParts",
      "Excel.WorksheetCollection.getItemOrNullObject",
    ],
  },
  {
    set: "ExcelApi",
    version: "1.6",
    required: false,
    featureJa: "大きな表の書き込み中の再計算停止",
    feature: "pausing recalculation while writing large tables",
    uses: ["Excel.Application.suspendApiCalculationUntilNextSync"],
    fallback: "writes with recalculation on (slower)",
  },
  {
    set: "ExcelApi",
    version: "1.9",
    required: false,
    featureJa: "書き込み中の画面更新停止",
    feature: "pausing screen updates while writing",
    uses: ["Excel.Application.suspendScreenUpdatingUntilNextSync"],
    fallback: "the sheet repaints while writing",
  },
  {
    set: "ExcelApi",
    version: "1.12",
    required: false,
    featureJa: "動的配列（スピル）の判定",
    feature: "telling spilled dynamic-array results from constants",
    uses: ["Excel.Range.hasSpill", "Excel.Range.getSpillingToRangeOrNullObject"],
    fallback: "treats every cell with a formula as its own anchor",
  },
  {
    set: "ExcelApi",
    version: "1.13",
    required: false,
    featureJa: "表の更新（行数の変更を Table.resize で）",
    feature: "refreshing a table whose row count changed (Table.resize)",
    uses: ["Excel.Table.resize"],
    fallback: "adds or deletes table rows (cells below move); a changed column count stops the refresh",
  },
  {
    set: "SharedRuntime",
    version: "1.1",
    required: true,
    featureJa: "作業ウィンドウと関数の共有ランタイム",
    feature: "one runtime for the task pane and the functions",
    uses: ["manifest Runtime lifetime=long"],
  },
  {
    set: "CustomFunctionsRuntime",
    version: "1.3",
    required: true,
    featureJa: "SME.* 関数（引数のセル番地を含む）",
    feature: "SME.* custom functions (with parameter addresses)",
    uses: [
      "CustomFunctions.associate",
      "CustomFunctions.Error",
      "CustomFunctions.Invocation.parameterAddresses",
    ],
  },
];
