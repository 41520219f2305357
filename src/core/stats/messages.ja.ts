// Japanese user messages for src/core/stats error codes ({name} placeholders are filled from AppError.params).
// Owned by the e-Stat / HTTP / table area. URLs in params never contain the appId (see http/redactUrl.ts).
export const statsJa = {
  // Transport (http/)
  NETWORK: "通信に失敗しました（{url}）。ネットワーク接続を確認してください: {detail}",
  TIMEOUT: "応答が {timeoutMs} ミリ秒以内に返りませんでした（{url}）。時間をおいて再度お試しください。",
  HTTP_STATUS: "サーバーが HTTP {status} を返しました（{url}）。",
  CANCELLED: "取得を中止しました（{url}）。",
  PROXY_RATE_LIMIT:
    "組織の上限に達しました（{upstream} への要求が多すぎます）。しばらく待ってからもう一度お試しください。続く場合は情報システム担当にご連絡ください。",
  // e-Stat RESULT.STATUS >= 100. ERROR_MSG is shown verbatim.
  ESTAT_STATUS: "e-Stat API がエラーを返しました（STATUS {status}）: {errorMsg}",
  ESTAT_STATUS_AUTH:
    "e-Stat API の認証に失敗しました（STATUS {status}）: {errorMsg} アプリケーションIDが正しいか、e-Stat のマイページで確認してください。",
  ESTAT_STATUS_PARAM:
    "e-Stat API がリクエストの条件を受け付けませんでした（STATUS {status}）: {errorMsg} 絞り込み条件（コードは1項目100個まで）を確認してください。",
  ESTAT_STATUS_NOT_FOUND:
    "e-Stat に該当する統計表がありません（STATUS {status}）: {errorMsg} 統計表ID（statsDataId）を確認してください。",
  ESTAT_STATUS_SERVER:
    "e-Stat 側でエラーが発生しました（STATUS {status}）: {errorMsg} 時間をおいて再度お試しください。",
  ESTAT_STATUS_TOO_MANY:
    "e-Stat の1回の取得件数の上限を超えました（STATUS {status}）: {errorMsg} 条件を絞り込んでください。",
  ESTAT_BAD_RESPONSE: "e-Stat の応答を読み取れませんでした（{detail}）。",
  ESTAT_PARSE_WORKER_FAILED:
    "e-Stat のページを読み取る作業スレッドが止まりました（{detail}）。そのページはこのスレッドで読み直します。",
  ESTAT_PAGE_FAILED:
    "e-Stat のデータ取得で {page}/{pages} ページ目が失敗したため、表全体を取得できませんでした: {detail}",
  ESTAT_PAGING_MISMATCH:
    "e-Stat のページ分割の結果が一致しません（{detail}）。取得中に統計表が更新された可能性があります。再度お試しください。",
  ESTAT_TOO_MANY_PAGES:
    "e-Stat の表が大きすぎます（{rows} 行、上限 {maxRows} 行）。条件を絞り込んでください。",
  ESTAT_MISSING_APP_ID: "e-Stat のアプリケーションID（appId）が指定されていません。",
  ESTAT_TOO_MANY_REQUESTS:
    "この条件では e-Stat へのリクエストが {requests} 回必要です（上限 {max} 回）。取得しませんでした。選ぶコードを減らしてください。",
  ESTAT_REQUESTS_DECLINED: "e-Stat へのリクエスト {requests} 回が確認されなかったため、取得しませんでした。",
  ESTAT_JSONP_FAILED: "e-Stat への JSONP 取得に失敗しました（{url}）: {detail}",
  // Table transforms (table/)
  TABLE_UNKNOWN_DIMENSION: "表に次元「{dimension}」がありません（使える次元: {available}）。",
  TABLE_WIDE_DUPLICATE:
    "横持ち表で同じ行・列の組み合わせに値が {count} 件重なりました（最初: {key}）。行に使う次元を追加してください。",
  TABLE_BAD_LONG_ROWS: "縦持ちの行データを読み取れません: {detail}",
} as const;
