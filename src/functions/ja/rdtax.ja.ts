import type { JaFunctionTable } from "./types";

const schemeParam = {
  name: "制度",
  description: "一般型（一般・general）または 中小企業技術基盤強化税制（中小・中小企業・sme）",
};
const fyParam = {
  name: "事業年度開始日",
  description:
    "事業年度開始日（Excel の日付または 2025-04-01 の形の文字列）。適用する法令の期間を選びます。空欄は今日を含む4月開始の事業年度",
};
const increaseParam = {
  name: "増減試験研究費割合",
  description: "(試験研究費 − 比較試験研究費) ÷ 比較試験研究費。12% は 0.12。比較試験研究費0は「なし」",
};
const ratioParam = {
  name: "試験研究費割合",
  description: "試験研究費 ÷ 平均売上金額（0.15 = 15%）。空欄は使わない",
};
const creditParams = {
  scheme: schemeParam,
  rd_expenses: { name: "試験研究費", description: "当期の試験研究費の額（円）" },
  comparison_rd_expenses: {
    name: "比較試験研究費",
    description: "前3事業年度の試験研究費の平均額（円）。空欄または0は比較試験研究費0（設立事業年度など）",
  },
  corporate_tax: { name: "調整前法人税額", description: "調整前法人税額（円）" },
  average_sales: {
    name: "平均売上金額",
    description: "当期と前3事業年度の売上金額の平均（円）。空欄は使わない",
  },
  fiscal_year_start: fyParam,
};

export const rdtaxJa: JaFunctionTable = {
  RDTAXRATE: {
    name: "研究開発税制控除率",
    description:
      "研究開発税制の税額控除割合を比率で返します（0.115 = 11.5%）。増減試験研究費割合と試験研究費割合から、事業年度開始日の法令で計算し、小数点以下三位未満を切り捨てます。",
    params: {
      scheme: schemeParam,
      increase_ratio: increaseParam,
      rd_to_sales_ratio: ratioParam,
      fiscal_year_start: fyParam,
    },
  },
  RDTAXCAP: {
    name: "研究開発税制控除上限",
    description:
      "研究開発税制の控除上限額（円）: 調整前法人税額 × 25% に、その期間の加算・減算を反映します。",
    params: {
      scheme: schemeParam,
      corporate_tax: { name: "調整前法人税額", description: "調整前法人税額（円）" },
      increase_ratio: {
        ...increaseParam,
        description: `${increaseParam.description}。空欄は比較試験研究費0`,
      },
      rd_to_sales_ratio: ratioParam,
      fiscal_year_start: fyParam,
    },
  },
  RDTAXCREDIT: {
    name: "研究開発税制控除額",
    description:
      "研究開発税制の税額控除額（円）: min(試験研究費 × 税額控除割合, 控除上限額)、円未満切捨て。増減試験研究費割合と試験研究費割合は金額から計算します。",
    params: creditParams,
  },
  RDTAXCHECK: {
    name: "研究開発税制確認",
    description:
      "研究開発税制の計算の理由をスピルします（適用した法令の期間、控除率と計算式、特例、下限・上限、控除上限額とその適用、比較試験研究費0、中小企業者等の定義）。各行にコード、重要度、メッセージ、根拠、状態。",
    params: {
      ...creditParams,
      language: {
        name: "言語",
        description:
          "ja または en: 重要度と状態を語で（警告、二次資料で確認）、メッセージをその言語で。空欄はコード（warning, secondary）と日本語",
      },
    },
  },
};
