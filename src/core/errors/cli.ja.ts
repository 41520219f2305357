// Japanese messages of the sme-stats CLI (src/cli). Paths are the user's own; no file content is ever quoted.
export const cliJa = {
  CLI_WRITE_ENOENT: "{path} に書き込めませんでした: フォルダーがありません。",
  CLI_WRITE_ENOTDIR: "{path} に書き込めませんでした: パスの途中がフォルダーではありません（ファイルです）。",
  CLI_WRITE_EISDIR: "{path} に書き込めませんでした: そのパスはフォルダーです。ファイル名を指定してください。",
  CLI_WRITE_ENOSPC: "{path} に書き込めませんでした: ディスクの空き容量がありません。",
  CLI_WRITE_EACCES: "{path} に書き込めませんでした: 書き込みの権限がないか、読み取り専用です。",
  CLI_WRITE_FAILED: "{path} に書き込めませんでした（{detail}）。",
  CLI_STDOUT_FAILED: "標準出力に書き込めませんでした（{detail}）。",
  CLI_READ_FAILED: "{file} を読めませんでした（{detail}）。",
  CLI_CONFIG_NOT_JSON: "設定ファイル {path} は JSON として正しくありません（{line} 行目）。",
  CLI_CONFIG_NOT_OBJECT: "設定ファイル {path} は JSON のオブジェクト（{ … }）ではありません。",
  CLI_FILE_EMPTY:
    "{file} は空です。e-Stat の getStatsData の応答（JSON/XML）か getSimpleStatsData の CSV を渡してください。",
  CLI_FILE_NULL: "{file} の中身は JSON の null です。e-Stat の getStatsData の応答を渡してください。",
  CLI_FILE_NOT_ESTAT: "{file} は e-Stat の応答ではありません。getStatsData の応答を渡してください。",
  CLI_FILE_WRONG_API: "{file} は {api} の応答です。getStatsData を渡してください。",
  CLI_FILE_BAD_JSON: "{file} は JSON として読めません（{line} 行 {column} 列）。",
  CLI_FILE_BAD_XML: "{file} は XML として読めません（{detail}）。",
} as const;
