import type { CalculationCell } from "../../excel/calculationSheet";
import type { Lang, SubsidyInput } from "../actions";

const YEN = "#,##0";
const COLS = "ABCDEFGHIJ";

/** Column headers above the check functions' spill: the code first (for support), then the words. */
export const FINDING_HEADERS = [
  "コード / Code",
  "重要度 / Severity",
  "内容 / Finding",
  "根拠 / Source",
  "状態 / Status",
];

/**
 * Labelled input cells and the SME.* formulas that read them, so the workbook recalculates when an
 * input changes and can be handed to a colleague (issue 5). Labels are bilingual like the provenance;
 * the findings (SME.GRANTCHECK / SME.GOTECHCHECK with `lang`) show severity and status as words in the
 * pane's language, with the code kept in the first column.
 */
export function calculationCells(input: SubsidyInput, round?: string, lang: Lang = "ja"): CalculationCell[] {
  const cells: CalculationCell[] = [
    { address: "A1", value: "補助金シミュレーター / Subsidy calculator", bold: true },
  ];
  const label = (address: string, value: string) => cells.push({ address, value, bold: true });
  const findingsAt = (row: number, formula: string) => {
    label(`A${row}`, "判定 / Findings");
    FINDING_HEADERS.forEach((h, i) => label(`${COLS[i]}${row + 1}`, h));
    cells.push({ address: `A${row + 2}`, formula });
  };
  if (input.kind === "grant") {
    const a = input.applicant;
    label("A3", "補助事業 / Programme");
    cells.push({ address: "B3", value: input.programId });
    label("A4", "補助対象経費（円・税抜） / Eligible cost");
    cells.push({ address: "B4", value: input.eligibleCost, numberFormat: YEN });
    label("A5", "従業員数 / Employees");
    cells.push({ address: "B5", value: a.employees });
    label("A6", "業種 / Industry");
    cells.push({ address: "B6", value: a.industry });
    label("A7", "特例・区分 / Flags");
    cells.push({ address: "B7", value: a.flags.join("、") });
    label("A9", "補助金額 / Grant");
    cells.push({ address: "B9", formula: "=SME.GRANT(B3,B4,B5,B6,B7)", numberFormat: YEN });
    label("A10", "上限額 / Cap");
    cells.push({ address: "B10", formula: "=SME.GRANTCAP(B3,B5,B6,B7)", numberFormat: YEN });
    label("A11", "補助率 / Rate");
    cells.push({ address: "B11", formula: "=SME.GRANTRATE(B3,B5,B6,B7)", numberFormat: "0.00%" });
    findingsAt(13, `=SME.GRANTCHECK(B3,B4,B5,B6,B7,,"${lang}")`);
    return cells;
  }
  const years = input.members[0]?.costs.length ?? 1;
  const n = input.members.length;
  label("A3", "枠 / Frame");
  cells.push({ address: "B3", value: input.frame });
  label("A4", "出資予定額 / Planned investment");
  cells.push({ address: "B4", value: input.plannedInvestment ?? null, numberFormat: YEN });
  label("A5", "回 / Round");
  cells.push({ address: "B5", value: round ?? null });
  const top = 8;
  const incomeCol = COLS[2 + years];
  label(`A${top - 1}`, "区分 / Type");
  label(`B${top - 1}`, "名称 / Name");
  for (let y = 0; y < years; y++) label(`${COLS[2 + y]}${top - 1}`, `${y + 1}年度目 / Year ${y + 1}`);
  label(`${incomeCol}${top - 1}`, "平均課税所得 / Taxable income");
  input.members.forEach((m, i) => {
    const r = top + i;
    cells.push({ address: `A${r}`, value: m.type }, { address: `B${r}`, value: m.name });
    m.costs.forEach((c, y) => cells.push({ address: `${COLS[2 + y]}${r}`, value: c, numberFormat: YEN }));
    cells.push({ address: `${incomeCol}${r}`, value: m.taxableIncome ?? null, numberFormat: YEN });
  });
  const last = top + n - 1;
  const args = `B3,A${top}:A${last},C${top}:${COLS[1 + years]}${last},${incomeCol}${top}:${incomeCol}${last},B4,B5`;
  // SME.GOTECH spills one value per year, then the total: it starts in the first year's column (C),
  // under its own header row, so each result sits under its year and the total under 合計.
  const head = last + 2;
  const out = head + 1;
  label(`A${head}`, "補助金額（円） / Subsidy (yen)");
  for (let y = 0; y < years; y++) label(`${COLS[2 + y]}${head}`, `${y + 1}年度目 / Year ${y + 1}`);
  label(`${COLS[2 + years]}${head}`, "合計 / Total");
  label(`A${out}`, "年度別・合計 / By year, total");
  cells.push({ address: `C${out}`, formula: `=SME.GOTECH(${args})`, numberFormat: YEN });
  // Spilled cells do not take the anchor's number format: format the rest of the row (years + total).
  for (let y = 1; y <= years; y++) cells.push({ address: `${COLS[2 + y]}${out}`, numberFormat: YEN });
  findingsAt(out + 2, `=SME.GOTECHCHECK(${args},"${lang}")`);
  return cells;
}
