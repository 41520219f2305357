// Japanese user messages for src/excel error codes ({name} placeholders come from AppError.params).
// Kept in core (pure data) so the one message registry needs no import from the Excel layer.
export const excelJa = {
  EXCEL_SHEET_NOT_FOUND: "シート「{sheet}」が見つかりません。",
  EXCEL_BAD_ADDRESS: "「{address}」はセル番地として読めません（例: B3）。",
  EXCEL_EMPTY_HEADER: "見出しのない表は書き込めません。",
  EXCEL_NO_ROWS: "データが返りませんでした（条件に合うデータがありません）。何も書き込んでいません。",
  EXCEL_ROW_SHAPE: "{row} 行目の列数（{got}）が見出しの列数（{expected}）と一致しません。",
  EXCEL_TARGET_HAS_TABLE:
    "書き込み先 {address} が既存のテーブル「{table}」と重なります。別の場所を選んでください。",
  EXCEL_TABLE_NOT_FOUND: "テーブル「{table}」がブックに見つかりません。",
  EXCEL_RESIZE_UNSUPPORTED:
    "このバージョンの Excel（ExcelApi 1.13 未対応）では、テーブル「{table}」の列数を {from} 列から {to} 列に変えられません。何も変更していません。Excel を更新するか、新しいシートに読み込んでください。",
  EXCEL_CHECK_FAILED: "書き込み先を確認できませんでした（{detail}）。何も書き込んでいません。",
  EXCEL_CANCELLED: "書き込みを取り消しました。ブックは元のままです。",
  EXCEL_WRITE_FAILED: "Excel への書き込みに失敗しました（{detail}）。ブックは元に戻しました。",
  EXCEL_ROLLBACK_FAILED:
    "書き込みに失敗し、元に戻すこともできませんでした（{detail}）。{address} を確認してください。",
  EXCEL_CELL_TOO_LONG:
    "{address} に入る文字列が {length} 文字あり、Excel の 1 セルの上限（32,767 文字）を超えます。何も書き込んでいません。",
} as const;
