import type { JaFunctionTable } from "./types";

const RANGES = "範囲を渡すと同じ形で結果をスピルします。";
const INDUSTRY = {
  name: "業種",
  description:
    "主たる事業の業種（製造業、卸売業、小売業、サービス業、ソフトウェア業、旅館業など。=SME.業種一覧() を参照）。空欄は #N/A",
};

export const measuresJa: JaFunctionTable = {
  VALUEADDED: {
    name: "付加価値額",
    description: `付加価値額 = 営業純益 + 人件費 + 支払利息等 + 動産・不動産賃借料 + 租税公課（財務省「法人企業統計調査」の定義）。${RANGES}`,
    params: {
      net_operating_profit: {
        name: "営業純益",
        description: "営業純益（= 営業利益 − 支払利息等）。単位はそろえる。空欄は #N/A",
      },
      personnel_cost: { name: "人件費", description: "人件費（同じ単位）。空欄は #N/A" },
      interest_expense: { name: "支払利息等", description: "支払利息等（同じ単位）。空欄は0" },
      rent: { name: "賃借料", description: "動産・不動産賃借料（同じ単位）。空欄は0" },
      taxes: { name: "租税公課", description: "租税公課（同じ単位）。空欄は0" },
    },
  },
  VALUEADDEDOP: {
    name: "付加価値額_営業利益",
    description: `営業利益から付加価値額を求めます: 営業利益 + 人件費 + 動産・不動産賃借料 + 租税公課（支払利息等は相殺）。SME.付加価値額 と同じ値。${RANGES}`,
    params: {
      operating_profit: { name: "営業利益", description: "営業利益。単位はそろえる。空欄は #N/A" },
      personnel_cost: { name: "人件費", description: "人件費（同じ単位）。空欄は #N/A" },
      rent: { name: "賃借料", description: "動産・不動産賃借料（同じ単位）。空欄は0" },
      taxes: { name: "租税公課", description: "租税公課（同じ単位）。空欄は0" },
    },
  },
  PERSONNELCOST: {
    name: "人件費",
    description: `人件費 = 役員給与 + 役員賞与 + 従業員給与 + 従業員賞与 + 福利厚生費（法人企業統計の定義）。空欄の項目は0、5項目すべて空欄なら #N/A。${RANGES}`,
    params: {
      officer_salary: { name: "役員給与", description: "役員給与。単位はそろえる" },
      officer_bonus: { name: "役員賞与", description: "役員賞与（同じ単位）" },
      employee_salary: { name: "従業員給与", description: "従業員給与（同じ単位）" },
      employee_bonus: { name: "従業員賞与", description: "従業員賞与（同じ単位）" },
      welfare: {
        name: "福利厚生費",
        description: "福利厚生費（法定福利費・厚生費・退職給与引当金繰入等を含む、同じ単位）",
      },
    },
  },
  LABORSHARE: {
    name: "労働分配率",
    description: `労働分配率 = 人件費 ÷ 付加価値額（比率、0.764 = 76.4%）。財務省「法人企業統計調査」の定義。${RANGES}`,
    params: {
      personnel_cost: { name: "人件費", description: "人件費（単位は付加価値額とそろえる）。空欄は #N/A" },
      value_added: { name: "付加価値額", description: "付加価値額。0 は #DIV/0!、負は #NUM!、空欄は #N/A" },
    },
  },
  LABORPRODUCTIVITY: {
    name: "労働生産性",
    description: `労働生産性 = 付加価値額 ÷ 従業員数（役員数を指定すると ÷（従業員数 + 役員数））。${RANGES}`,
    params: {
      value_added: { name: "付加価値額", description: "付加価値額（任意の単位）。空欄は #N/A" },
      employees: {
        name: "従業員数",
        description: "従業員数（期中平均なら小数も可）。空欄は #N/A、0 は #DIV/0!",
      },
      officers: { name: "役員数", description: "役員数（省略可）。省略・空欄は0" },
    },
  },
  OPSHARE: {
    name: "営業純益比率",
    description: `営業純益比率 = 営業純益 ÷ 付加価値額（付加価値のうち営業純益の割合、比率）。${RANGES}`,
    params: {
      net_operating_profit: {
        name: "営業純益",
        description: "営業純益（単位は付加価値額とそろえる）。空欄は #N/A",
      },
      value_added: { name: "付加価値額", description: "付加価値額。0 は #DIV/0!、負は #NUM!、空欄は #N/A" },
    },
  },
  SIZECLASS: {
    name: "規模区分",
    description: `中小企業白書が用いる法人企業統計の資本金規模区分: 大企業（10億円以上）、中規模企業（1千万円以上1億円未満）、小規模企業（1千万円未満）、対象外(1億円以上10億円未満)。${RANGES}`,
    params: {
      capital: { name: "資本金", description: "資本金（単位は次の引数）。空欄は #N/A、負は #VALUE!" },
      unit: { name: "単位", description: "資本金の単位: 円（既定）、千円、百万円" },
    },
  },
  ISSME: {
    name: "中小企業判定",
    description: `中小企業者なら TRUE: 資本金又は従業員数のどちらかが業種の基準以下。根拠は 基本法（既定、中小企業基本法 第2条）または 経営強化法（政令の特例業種を含む）。${RANGES}`,
    params: {
      industry: INDUSTRY,
      capital_yen: {
        name: "資本金_円",
        description:
          "資本金の額又は出資の総額（円）。個人事業主は「個人」。空欄は従業員数だけで決まる場合のみ判定、それ以外は #N/A",
      },
      employees: {
        name: "従業員数",
        description: "常時使用する従業員の数。空欄は資本金だけで決まる場合のみ判定、それ以外は #N/A",
      },
      basis: { name: "根拠法", description: "基本法（既定）または 経営強化法" },
    },
  },
  ISSMALL: {
    name: "小規模企業判定",
    description: `小規模企業者なら TRUE: 従業員数が20人以下（商業・サービス業は5人以下）。根拠は 基本法（既定、第2条第5項）または 小規模事業者支援法（宿泊業・娯楽業は20人以下、持続化補助金）。${RANGES}`,
    params: {
      industry: INDUSTRY,
      employees: { name: "従業員数", description: "常時使用する従業員の数。空欄は #N/A" },
      basis: { name: "根拠法", description: "基本法（既定）または 小規模事業者支援法" },
    },
  },
  ISDEEMEDLARGE: {
    name: "みなし大企業判定",
    description: `みなし大企業なら TRUE: 単独の大企業が1/2以上、大企業の合計が2/3以上、または大企業の役員・職員が役員の1/2以上（いずれも以上）。割合は0〜1（"2/3"、"50%" の文字列も可）。${RANGES}`,
    params: {
      largest_large_company_share: {
        name: "最大大企業出資比率",
        description: "最大の大企業株主の所有割合。空欄は0",
      },
      total_large_company_share: {
        name: "大企業出資比率合計",
        description: "大企業の所有割合の合計。空欄は最大株主の割合",
      },
      large_company_officer_share: {
        name: "大企業役員比率",
        description: "大企業の役員・職員を兼ねる役員 ÷ 役員総数。空欄は0",
      },
      deemed_large_parent_share: {
        name: "みなし大企業出資比率",
        description: "みなし大企業に当たる中小企業の所有割合（全部所有なら1）。省略・空欄は0",
      },
      deemed_large_parent_officer_share: {
        name: "みなし大企業役員比率",
        description: "そのような中小企業の役員・職員を兼ねる役員 ÷ 役員総数（全員なら1）。省略・空欄は0",
      },
    },
  },
  SMECLASS: {
    name: "中小企業区分",
    description: `最も詳しい区分を返します: 小規模企業者・中小企業者・大企業（その根拠法で中小企業者でない）。根拠は 基本法（既定）、経営強化法、小規模事業者支援法。${RANGES}`,
    params: {
      industry: INDUSTRY,
      capital_yen: {
        name: "資本金_円",
        description:
          "資本金の額又は出資の総額（円）。個人事業主は「個人」。空欄は従業員数だけで決まる場合のみ判定",
      },
      employees: { name: "従業員数", description: "常時使用する従業員の数。空欄は #N/A" },
      basis: { name: "根拠法", description: "基本法（既定）、経営強化法、小規模事業者支援法" },
    },
  },
  CAGR: {
    name: "年平均成長率",
    description: `年平均成長率 = (終了値 ÷ 開始値)^(1 ÷ 年数) − 1（比率、0.06 = 6%）。給与支給総額の賃上げ要件などに。${RANGES}`,
    params: {
      start_value: { name: "開始値", description: "最初の年の値。空欄は #N/A、0 は #DIV/0!、負は #NUM!" },
      end_value: { name: "終了値", description: "最後の年の値。空欄は #N/A、負は #NUM!" },
      years: { name: "年数", description: "開始から終了までの年数（0より大きい、小数も可）。空欄は #N/A" },
    },
  },
  INDUSTRIES: {
    name: "業種一覧",
    description:
      "使える業種名を、中小企業者・小規模企業者の基準、法令と条項、確認状態、出典とともにスピルします（見出し行 + 1業種1行）。1列目はドロップダウンリストに使えます。",
    params: {
      basis: {
        name: "根拠法",
        description: "基本法（既定）、経営強化法、小規模事業者支援法のどれの基準を表示するか（1セル）",
      },
    },
  },
};
