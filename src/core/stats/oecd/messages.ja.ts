// Japanese user messages for OECD SDMX, cache and offline-pack error codes.
export const oecdJa = {
  OECD_BUDGET_EXHAUSTED:
    "OECD API の取得上限（1時間あたり {limit} 回）に達したため、リクエストを送りませんでした。{resetAt} 以降（約 {minutes} 分後）に再試行してください。キャッシュ済みのデータはそのまま使えます。",
  OECD_RATE_LIMITED:
    "OECD のサーバーから取得回数の制限（HTTP 429）を受けました。{resetAt} 以降に再試行してください。",
  OECD_HTTP_ERROR: "OECD API がエラーを返しました（HTTP {status}）: {detail}",
  OECD_NETWORK_ERROR: "OECD API に接続できませんでした: {detail}",
  OECD_PARSE_FAILED: "OECD の応答を読み取れませんでした（{format}）: {detail}",
  OECD_UNSUPPORTED_FORMAT:
    "この形式の OECD 応答には対応していません: {format}。SDMX-JSON または SDMX-CSV を指定してください。",
  OECD_SDMX_ERROR: "OECD API がエラーを返しました: {detail}",
  OECD_BAD_FLOW:
    "データフローの指定が正しくありません: 「{flow}」。「機関,データフローID[,版]」の形で指定してください（例: OECD.STI.STP,DSD_MSTI@DF_MSTI）。",
  OECD_BAD_KEY: "キーの指定が正しくありません: 「{key}」（{reason}）。",
  OECD_BAD_PERIOD:
    "期間の指定が正しくありません: 「{value}」。2020、2020-01、2020-Q1 のように指定してください。",
  CACHE_KEY_HAS_APPID: "キャッシュのキーにアプリケーションIDが含まれています（内部エラー）。",
  INDICATOR_NOT_FOUND:
    "内蔵データに「{id}」という系列はありません。SME.INDICATORS で一覧を確認してください。",
  INDICATOR_BAD_PERIOD: "期間の指定が正しくありません: 「{value}」。年（例: 2020）で指定してください。",
} as const;
