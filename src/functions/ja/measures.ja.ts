import type { JaFunctionTable } from "./types";

export const measuresJa: JaFunctionTable = {
  LABORSHARE: {
    name: "労働分配率",
    description: "労働分配率 = 人件費 ÷ 付加価値額（比率、0.764 = 76.4%）。財務省「法人企業統計調査」の定義。範囲を渡すと同じ形で結果をスピルします。",
    params: {
      personnel_cost: { name: "人件費", description: "人件費（単位は付加価値額とそろえる）" },
      value_added: { name: "付加価値額", description: "付加価値額。0 は #DIV/0!、負は #NUM!、空欄は #N/A" },
    },
  },
};
