export const generalJa = {
  INTERNAL: "内部エラーが発生しました（{detail}）。",
  ARG_NOT_NUMBER: "引数「{arg}」は数値ではありません: 「{value}」",
  ARG_MISSING: "引数「{arg}」が空欄です。値を入力してください。",
  ARG_SHAPE_MISMATCH: "範囲の形が一致しません（{a} と {b}）。同じ行数・列数の範囲を指定してください。",
  ARG_NEGATIVE: "引数「{arg}」は0以上の数値を指定してください: {value}",
  ARG_NOT_TEXT: "引数「{arg}」には文字列を指定してください。",
  ARG_NOT_BOOLEAN: "引数「{arg}」には TRUE/FALSE を指定してください: 「{value}」",
  ARG_TOO_LARGE: "引数「{arg}」が大きすぎます（安全に計算できる範囲を超えています）: {value}",
  ARG_LANGUAGE:
    '引数「{arg}」は "ja"（日本語）か "en"（英語）を指定してください（空欄はコードのまま）: 「{value}」',
} as const;
