import type { JaFunctionTable } from "./types";

const CACHED =
  "取得した表はキャッシュし、再計算では再取得しません（最新化は「数式を更新」、または24時間経過後）。";
const STATS_DATA_ID = { name: "統計表ID", description: "e-Stat の統計表ID（statsDataId）。例: 0003425893" };
const languageParam = {
  name: "言語",
  description:
    '"ja" または "en": 見出しと状態を言葉で返す（期間・値・単位・状態、公式確認済み など）。空欄は period・value などの名前と状態のコード',
};
const LAYOUT = { name: "レイアウト", description: "long（縦持ち、既定）または wide（横持ち）" };

export const dataJa: JaFunctionTable = {
  ESTAT: {
    name: "政府統計",
    description: `e-Stat の統計表を見出し行付きでスピルします（縦持ち／横持ち）。記号のセルは空欄、意味は marker_meaning 列にあります。${CACHED}`,
    params: {
      stats_data_id: STATS_DATA_ID,
      filters: {
        name: "絞り込み",
        description:
          '絞り込み条件。例: "cdCat01=A1101,A1102;cdTimeFrom=2015000000"、またはパラメータと値の2列の範囲',
      },
      layout: LAYOUT,
      options: {
        name: "オプション",
        description: '例: "labels=code;lang=en;rows=cat01,area;cols=time;hierarchy=indent;header=FALSE"',
      },
    },
  },
  ESTATVALUE: {
    name: "政府統計値",
    description: `e-Stat の統計表から「次元=コード」で1つの数値を取り出します。同じ計算の中のセルは表ごとに1回の取得にまとめます。記号のセルは #N/A（記号の意味を表示）。${CACHED}`,
    params: {
      stats_data_id: STATS_DATA_ID,
      selectors: {
        name: "次元指定",
        description: '1つの引数に1つ。例: "cat01=A1101"、"area=13000"、"time=2020000000"（範囲も可）',
      },
    },
  },
  OECD: {
    name: "OECD統計",
    description: `OECD（SDMX）の系列を見出し行付きでスピルします（例: MSTI の研究開発指標）。OECD の取得上限（1時間あたり約60回）はキャッシュにない場合だけ消費します。${CACHED}`,
    params: {
      dataflow: { name: "データフロー", description: '例: "OECD.STI.STP,DSD_MSTI@DF_MSTI"' },
      key: { name: "キー", description: '系列キー。例: "JPN+USA+DEU.A.G.PT_B1GQ.."（空の位置はすべて）' },
      start: { name: "開始期間", description: "最初の期間。例: 2015" },
      end: { name: "終了期間", description: "最後の期間。例: 2023" },
      layout: LAYOUT,
      options: { name: "オプション", description: '例: "labels=label;rows=REF_AREA;cols=TIME_PERIOD"' },
    },
  },
  INDICATOR: {
    name: "内蔵指標",
    description:
      "アドインに内蔵した指標の系列を、期間・値・単位・確認状況（verified / secondary / assumption）の見出し付きでスピルします。オフラインでもアプリケーションIDなしでも使えます。",
    params: {
      id: {
        name: "系列ID",
        description: "SME.内蔵指標一覧 の系列ID。例: minimum_wage_national_weighted_avg",
      },
      from: { name: "開始年", description: "最初の年。例: 2015。空欄は最初から" },
      to: { name: "終了年", description: "最後の年。例: 2024。空欄は最後まで" },
      language: languageParam,
    },
  },
  INDICATORS: {
    name: "内蔵指標一覧",
    description: "内蔵指標の一覧（系列ID、名称、単位、期間、確認状況、出典）をスピルします。",
    params: {
      filter: {
        name: "検索語",
        description: "系列ID・名称・分野に含まれる語（空白区切りですべて含むもの）。例: 最低賃金",
      },
      language: languageParam,
    },
  },
  SOURCE: {
    // Not 出典: Excel requires function names of at least three characters (Microsoft, "Custom
    // functions naming and localization"); the id SOURCE is unchanged, so workbooks keep working.
    name: "出典表示",
    description:
      "データ関数の結果の出典（統計名、統計表ID・系列ID、取得日時、クレジット表示。内蔵指標は範囲に見えている行の数値の公式文書を1文書1行）を脚注用の文章で返します。数式のセル・スピル範囲（その一部）、または統計表ID・データフロー・系列IDを指定します。",
    params: {
      ref: {
        name: "参照",
        description: "SME.政府統計 などの結果のセル・範囲、または ID の文字列",
      },
      lang: { name: "言語", description: "ja（日本語、既定）または en（英語）" },
    },
  },
};
