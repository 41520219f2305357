// 研究開発税制: the live calculation sheet (labelled inputs and the SME.RDTAX* formulas that read them),
// on its own sheet so it never replaces the subsidy calculator's.
import { writeCalculationSheet, type CalculationCell } from "../../excel/calculationSheet";
import type { ExcelRun } from "../../excel/types";
import type { Lang, RdTaxSheetInput, TaskpaneActions } from "../actions";
import { FINDING_HEADERS } from "./calculationCells";

export const RDTAX_SHEET = "研究開発税制計算";
const YEN = "#,##0";
const PCT = "0.000%";

const SCHEME_TEXT = { general: "一般型", sme: "中小企業技術基盤強化税制" } as const;

/**
 * The sheet's cells: labelled inputs and formulas over them, so changing an amount in Excel recalculates
 * everything. Only arithmetic and SME.* functions (no AVERAGE or IF), so the playground's workbook
 * computes the same sheet: 比較試験研究費 averages the previous years that were given when the sheet was
 * written, and with none the increase ratio is 「なし」, which SME.RDTAXRATE reads as 比較試験研究費 0.
 */
export function rdTaxCalculationCells(input: RdTaxSheetInput, lang: Lang = "ja"): CalculationCell[] {
  const cells: CalculationCell[] = [
    { address: "A1", value: "研究開発税制シミュレーター / R&D tax credit calculator", bold: true },
  ];
  const label = (address: string, value: string) => cells.push({ address, value, bold: true });
  const put = (row: number, text: string, cell: Omit<CalculationCell, "address">) => {
    label(`A${row}`, text);
    cells.push({ address: `B${row}`, ...cell });
  };
  put(3, "制度 / Scheme", { value: SCHEME_TEXT[input.scheme] });
  put(4, "事業年度開始日 / Fiscal year start", { value: input.fiscalYearStart, numberFormat: "yyyy-mm-dd" });
  put(5, "試験研究費（当期） / R&D this year", { value: input.rdExpenses, numberFormat: YEN });
  const prior = ["前期 / Previous year", "前々期 / Two years before", "3期前 / Three years before"];
  prior.forEach((text, i) =>
    put(6 + i, `試験研究費（${text}）`, { value: input.priorYears[i] ?? null, numberFormat: YEN }),
  );
  const given = [6, 7, 8].filter((_, i) => input.priorYears[i] !== null && input.priorYears[i] !== undefined);
  put(
    9,
    "比較試験研究費（前期以前の平均） / Comparison (average)",
    given.length
      ? { formula: `=(${given.map((r) => `B${r}`).join("+")})/${given.length}`, numberFormat: YEN }
      : { value: 0, numberFormat: YEN },
  );
  cells.push({
    address: "C9",
    value: given.length
      ? `入力のあった${given.length}期の平均。期を足すときは計算シートを書き直してください / average of the ${given.length} year(s) given`
      : "前期以前の入力なし（設立事業年度と同じ扱い） / no previous year given",
  });
  put(10, "平均売上金額 / Average sales", { value: input.averageSales, numberFormat: YEN });
  put(11, "調整前法人税額 / Corporate tax before credits", { value: input.corporateTax, numberFormat: YEN });
  put(
    13,
    "増減試験研究費割合 / Increase ratio",
    given.length ? { formula: "=(B5-B9)/B9", numberFormat: PCT } : { value: "なし" },
  );
  put(
    14,
    "試験研究費割合 / R&D-to-sales ratio",
    input.averageSales ? { formula: "=B5/B10", numberFormat: PCT } : { value: null },
  );
  put(15, "税額控除割合 / Credit rate", { formula: "=SME.RDTAXRATE(B3,B13,B14,B4)", numberFormat: "0.0%" });
  put(16, "控除上限額 / Cap", { formula: "=SME.RDTAXCAP(B3,B11,B13,B14,B4)", numberFormat: YEN });
  put(17, "税額控除額 / Credit", { formula: "=SME.RDTAXCREDIT(B3,B5,B9,B11,B10,B4)", numberFormat: YEN });
  label("A19", "判定 / Findings");
  FINDING_HEADERS.forEach((h, i) => label(`${"ABCDE"[i]}20`, h));
  cells.push({ address: "A21", formula: `=SME.RDTAXCHECK(B3,B5,B9,B11,B10,B4,"${lang}")` });
  return cells;
}

export function createRdTaxActions(run: ExcelRun): Pick<TaskpaneActions, "writeRdTaxSheet"> {
  return {
    async writeRdTaxSheet(input, { chooseSheet, lang }) {
      const r = await writeCalculationSheet(
        run,
        { sheetName: RDTAX_SHEET, cells: rdTaxCalculationCells(input, lang) },
        { chooseSheet },
      );
      return { written: r.written, sheetName: r.sheet };
    },
  };
}
