// Japanese user messages for connection rules of the page (Content-Security-Policy, proxy setting).
export const netJa = {
  CSP_BLOCKED:
    "{origin} への接続は、このアドインのページのセキュリティ設定（Content-Security-Policy の connect-src）で許可されていないため、ブラウザーが遮断します。許可されているプロキシ: {allowed}。別の接続先を使うには、管理者が SME_PROXY_ORIGIN に指定してアドインをビルドし直し、配置し直す必要があります。",
  PROXY_URL_INVALID:
    "プロキシの URL が正しくありません（{url}）。https:// で始まる URL を指定してください（http はこのコンピューター上のプロキシのみ、ユーザー名・パスワードは URL に含めないでください）。",
} as const;
