// Corporate-statistics measures (財務省 法人企業統計) and SME definitions as Excel custom functions.
// Thin wrappers: argument reading and Excel error mapping here, the arithmetic and the law in src/core/measures.
// Parameters are `any[][]` because the metadata generator turns exactly that into a matrix parameter,
// so every argument accepts a range (docs/ARCHITECTURE.md). Blank-cell rules: docs/functions/measures.md.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { AppError } from "../core/errors/AppError";
import { cagr } from "../core/measures/cagr";
import { laborProductivity } from "../core/measures/laborProductivity";
import { laborShare } from "../core/measures/laborShare";
import { operatingProfitShare } from "../core/measures/operatingProfitShare";
import { personnelCost } from "../core/measures/personnelCost";
import { type Share, parseShareText, shareOfNumber } from "../core/measures/share";
import type { Capital } from "../core/measures/smeDefinition";
import { valueAdded, valueAddedFromOperatingProfit } from "../core/measures/valueAdded";
import {
  type Cell,
  isBlank,
  isBlankText,
  mapCells,
  readNumber,
  readNumberOrNull,
  readText,
  scalarOf,
} from "./shared/args";
import { lazyModule } from "./shared/lazy";
import { guard, toExcelMatrix } from "./shared/toExcel";

// The SME definitions (data/sme-definitions.json) load with the first function that needs them
// (src/functions/shared/lazy.ts); the arithmetic measures stay in functions.js.
const rules = lazyModule(() => import(/* webpackChunkName: "fn-sme-rules" */ "../core/measures/rules"));

/** 資本金: a number, blank (null: unknown) or 「個人」 for a sole proprietor (judged by employees only). */
function readCapital(cell: Cell, arg: string, isIndividualWord: (text: string) => boolean): Capital {
  if (typeof cell === "string" && isIndividualWord(cell)) return "individual";
  return readNumberOrNull(cell, arg);
}

/** A share: a number, or text "2/3", "50%", "0.5" (kept exact); blank → null. */
function readShare(cell: Cell, arg: string): Share | null {
  if (typeof cell === "string" && !isBlank(cell)) {
    const share = parseShareText(cell);
    if (share === null)
      throw new AppError("ARG_NOT_NUMBER", `${arg} is not a share`, { params: { arg, value: cell } });
    return share;
  }
  const n = readNumberOrNull(cell, arg);
  return n === null ? null : shareOfNumber(n);
}

/** An optional text argument: blank or omitted → null (the default applies). */
function readOptionalText(cell: Cell, arg: string): string | null {
  return isBlankText(cell) ? null : readText(cell, arg);
}

/**
 * Value added (付加価値額) by the MOF Financial Statements Statistics of Corporations definition: net operating profit + personnel cost + interest expense + rent + taxes. Accepts ranges and spills a result of the same shape.
 * @customfunction VALUEADDED
 * @helpurl https://localhost:3000/docs/functions.html#valueadded
 * @param net_operating_profit Net operating profit (営業純益 = operating profit − interest expense), any consistent unit. Blank gives #N/A.
 * @param personnel_cost Personnel cost (人件費), same unit. Blank gives #N/A.
 * @param interest_expense Interest expense etc. (支払利息等), same unit. Blank counts as 0.
 * @param rent Rent for movables and real estate (動産・不動産賃借料), same unit. Blank counts as 0.
 * @param taxes Taxes and dues (租税公課), same unit. Blank counts as 0.
 * @returns Value added, in the unit of the inputs.
 */
export function valueAddedFn(
  net_operating_profit: any[][],
  personnel_cost: any[][],
  interest_expense: any[][],
  rent: any[][],
  taxes: any[][],
): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells(
        [net_operating_profit, personnel_cost, interest_expense, rent, taxes],
        ["net_operating_profit", "personnel_cost", "interest_expense", "rent", "taxes"],
        (nop, pc, i, r, t) =>
          valueAdded(
            readNumber(nop, "net_operating_profit"),
            readNumber(pc, "personnel_cost"),
            readNumber(i, "interest_expense", 0),
            readNumber(r, "rent", 0),
            readNumber(t, "taxes", 0),
          ),
      ),
    ),
  );
}

/**
 * Value added (付加価値額) from operating profit: operating profit + personnel cost + rent + taxes (interest expense cancels out). Same result as VALUEADDED. Accepts ranges.
 * @customfunction VALUEADDEDOP
 * @helpurl https://localhost:3000/docs/functions.html#valueaddedop
 * @param operating_profit Operating profit (営業利益), any consistent unit. Blank gives #N/A.
 * @param personnel_cost Personnel cost (人件費), same unit. Blank gives #N/A.
 * @param rent Rent for movables and real estate (動産・不動産賃借料), same unit. Blank counts as 0.
 * @param taxes Taxes and dues (租税公課), same unit. Blank counts as 0.
 * @returns Value added, in the unit of the inputs.
 */
export function valueAddedOpFn(
  operating_profit: any[][],
  personnel_cost: any[][],
  rent: any[][],
  taxes: any[][],
): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells(
        [operating_profit, personnel_cost, rent, taxes],
        ["operating_profit", "personnel_cost", "rent", "taxes"],
        (op, pc, r, t) =>
          valueAddedFromOperatingProfit(
            readNumber(op, "operating_profit"),
            readNumber(pc, "personnel_cost"),
            readNumber(r, "rent", 0),
            readNumber(t, "taxes", 0),
          ),
      ),
    ),
  );
}

const PERSONNEL_COST_ARGS = [
  "officer_salary",
  "officer_bonus",
  "employee_salary",
  "employee_bonus",
  "welfare",
];

/**
 * Personnel cost (人件費) by the MOF definition: officer salary + officer bonus + employee salary + employee bonus + welfare expenses. Blank items count as 0; all five blank gives #N/A. Accepts ranges.
 * @customfunction PERSONNELCOST
 * @helpurl https://localhost:3000/docs/functions.html#personnelcost
 * @param officer_salary Officer salary (役員給与), any consistent unit.
 * @param officer_bonus Officer bonus (役員賞与), same unit.
 * @param employee_salary Employee salary (従業員給与), same unit.
 * @param employee_bonus Employee bonus (従業員賞与), same unit.
 * @param welfare Welfare expenses (福利厚生費), same unit.
 * @returns Personnel cost, in the unit of the inputs.
 */
export function personnelCostFn(
  officer_salary: any[][],
  officer_bonus: any[][],
  employee_salary: any[][],
  employee_bonus: any[][],
  welfare: any[][],
): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells(
        [officer_salary, officer_bonus, employee_salary, employee_bonus, welfare],
        PERSONNEL_COST_ARGS,
        (...cells) => {
          if (cells.every(isBlank)) {
            throw new AppError("ARG_MISSING", "all blank", {
              kind: "notAvailable",
              params: { arg: PERSONNEL_COST_ARGS.join(", ") },
            });
          }
          const [os, ob, es, eb, w] = cells.map((c, i) => readNumber(c, PERSONNEL_COST_ARGS[i], 0));
          return personnelCost(os, ob, es, eb, w);
        },
      ),
    ),
  );
}

/**
 * Labour share (労働分配率) = personnel cost ÷ value added, as a ratio (0.764 = 76.4%). MOF Financial Statements Statistics of Corporations definition. Accepts ranges and spills a result of the same shape.
 * @customfunction LABORSHARE
 * @helpurl https://localhost:3000/docs/functions.html#laborshare
 * @param personnel_cost Personnel cost (人件費), any consistent unit. Blank gives #N/A.
 * @param value_added Value added (付加価値額), same unit. 0 gives #DIV/0!, negative gives #NUM!, blank gives #N/A.
 * @returns The labour share as a ratio.
 */
export function laborShareFn(personnel_cost: any[][], value_added: any[][]): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells([personnel_cost, value_added], ["personnel_cost", "value_added"], (p, v) =>
        laborShare(readNumber(p, "personnel_cost"), readNumber(v, "value_added")),
      ),
    ),
  );
}

/**
 * Labour productivity (労働生産性) = value added ÷ employees, or ÷ (employees + officers) when officers is given. Accepts ranges.
 * @customfunction LABORPRODUCTIVITY
 * @helpurl https://localhost:3000/docs/functions.html#laborproductivity
 * @param value_added Value added (付加価値額), any unit. Blank gives #N/A.
 * @param employees Number of employees (従業員数), a period average may be fractional. Blank gives #N/A; 0 gives #DIV/0!.
 * @param [officers] Number of officers (役員数). Omitted or blank counts as 0.
 * @returns Value added per person, in the unit of value_added.
 */
export function laborProductivityFn(value_added: any[][], employees: any[][], officers?: any[][]): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells(
        [value_added, employees, officers ?? null],
        ["value_added", "employees", "officers"],
        (v, e, o) =>
          laborProductivity(
            readNumber(v, "value_added"),
            readNumber(e, "employees"),
            readNumber(o, "officers", 0),
          ),
      ),
    ),
  );
}

/**
 * Operating profit share (営業純益比率) = net operating profit ÷ value added, as a ratio. Accepts ranges.
 * @customfunction OPSHARE
 * @helpurl https://localhost:3000/docs/functions.html#opshare
 * @param net_operating_profit Net operating profit (営業純益), any consistent unit. Blank gives #N/A.
 * @param value_added Value added (付加価値額), same unit. 0 gives #DIV/0!, negative gives #NUM!, blank gives #N/A.
 * @returns The share of value added that is net operating profit, as a ratio.
 */
export function opShareFn(net_operating_profit: any[][], value_added: any[][]): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells([net_operating_profit, value_added], ["net_operating_profit", "value_added"], (p, v) =>
        operatingProfitShare(readNumber(p, "net_operating_profit"), readNumber(v, "value_added")),
      ),
    ),
  );
}

/**
 * Capital size class of the MOF statistics as used in the SME White Paper: 大企業 (≥ ¥1bn), 中規模企業 (¥10m to < ¥100m), 小規模企業 (< ¥10m), or 対象外(1億円以上10億円未満). Accepts ranges.
 * @customfunction SIZECLASS
 * @helpurl https://localhost:3000/docs/functions.html#sizeclass
 * @param capital Capital (資本金) in the given unit. Blank gives #N/A; negative gives #VALUE!.
 * @param [unit] Unit of capital: 円 (default), 千円 or 百万円 (also yen, thousand, million).
 * @returns The size class as text.
 */
export function sizeClassFn(capital: any[][], unit?: any[][]): any[][] {
  return rules.run(({ sizeClass, capitalUnitYen }) =>
    guard(() =>
      toExcelMatrix(
        mapCells([capital, unit ?? null], ["capital", "unit"], (c, u) =>
          sizeClass(readNumber(c, "capital"), capitalUnitYen(readOptionalText(u, "unit"))),
        ),
      ),
    ),
  );
}

/**
 * TRUE if the firm is an SME (中小企業者): capital or employees at or below the limit for its industry. Basis 基本法 (default) or 経営強化法 (with the special industries of the cabinet order). Accepts ranges.
 * @customfunction ISSME
 * @helpurl https://localhost:3000/docs/functions.html#issme
 * @param industry Main industry, e.g. 製造業, 卸売業, 小売業, サービス業, ソフトウェア業, 旅館業 (see SME.INDUSTRIES). Blank gives #N/A.
 * @param capital_yen Capital or total investment in yen (資本金又は出資の総額). 個人 for a sole proprietor. Blank: judged by employees only when they suffice, else #N/A.
 * @param employees Regular employees (常時使用する従業員数). Blank: judged by capital only when it suffices, else #N/A.
 * @param [basis] 基本法 (default, SME Basic Act art. 2) or 経営強化法 (SME Enhancement Act with cabinet-order industries).
 * @returns TRUE or FALSE.
 */
export function isSmeFn(
  industry: any[][],
  capital_yen: any[][],
  employees: any[][],
  basis?: any[][],
): any[][] {
  return rules.run((r) =>
    guard(() => applicantMatrix(industry, capital_yen, employees, basis, r.isIndividualWord, r.isSme)),
  );
}

/**
 * TRUE if the firm is a small enterprise (小規模企業者): employees at most 20, or 5 in commerce and services. Basis 基本法 (default) or 小規模事業者支援法 (accommodation and amusement up to 20). Accepts ranges.
 * @customfunction ISSMALL
 * @helpurl https://localhost:3000/docs/functions.html#issmall
 * @param industry Main industry, e.g. 製造業, 小売業, サービス業, 宿泊業, 娯楽業 (see SME.INDUSTRIES). Blank gives #N/A.
 * @param employees Regular employees (常時使用する従業員数). Blank gives #N/A.
 * @param [basis] 基本法 (default, SME Basic Act art. 2(5)) or 小規模事業者支援法 (the 持続化補助金 test).
 * @returns TRUE or FALSE.
 */
export function isSmallFn(industry: any[][], employees: any[][], basis?: any[][]): any[][] {
  return rules.run(({ isSmall }) =>
    guard(() =>
      toExcelMatrix(
        mapCells([industry, employees, basis ?? null], ["industry", "employees", "basis"], (i, e, b) =>
          isSmall(readText(i, "industry"), readNumberOrNull(e, "employees"), readOptionalText(b, "basis")),
        ),
      ),
    ),
  );
}

/**
 * TRUE if an SME counts as a large company (みなし大企業): one large company owns at least 1/2, large companies together at least 2/3, or large-company officers hold at least half the board. Shares as fractions 0–1 ("2/3" and "50%" text also work). Accepts ranges.
 * @customfunction ISDEEMEDLARGE
 * @helpurl https://localhost:3000/docs/functions.html#isdeemedlarge
 * @param largest_large_company_share Share owned by the single largest large-company shareholder. Blank counts as 0.
 * @param total_large_company_share Share owned by all large companies together. Blank (or 0) counts as the largest holder's share.
 * @param large_company_officer_share Officers who are officers or employees of a large company ÷ all officers. Blank counts as 0.
 * @param [deemed_large_parent_share] Share owned by SMEs that are themselves deemed large (1 = wholly owned). Blank counts as 0.
 * @param [deemed_large_parent_officer_share] Officers from such SMEs ÷ all officers (1 = all). Blank counts as 0.
 * @returns TRUE or FALSE.
 */
export function isDeemedLargeFn(
  largest_large_company_share: any[][],
  total_large_company_share: any[][],
  large_company_officer_share: any[][],
  deemed_large_parent_share?: any[][],
  deemed_large_parent_officer_share?: any[][],
): any[][] {
  const names = [
    "largest_large_company_share",
    "total_large_company_share",
    "large_company_officer_share",
    "deemed_large_parent_share",
    "deemed_large_parent_officer_share",
  ];
  return rules.run(({ isDeemedLarge }) =>
    guard(() =>
      toExcelMatrix(
        mapCells(
          [
            largest_large_company_share,
            total_large_company_share,
            large_company_officer_share,
            deemed_large_parent_share ?? null,
            deemed_large_parent_officer_share ?? null,
          ],
          names,
          (l, t, o, ps, po) =>
            isDeemedLarge({
              largest: readShare(l, names[0]),
              // 0 can only be a desktop blank here (a total below the largest holder is contradictory),
              // so it means the same as blank on the web: the largest holder's share.
              total: t === 0 ? null : readShare(t, names[1]),
              officers: readShare(o, names[2]),
              parentShare: readShare(ps, names[3]),
              parentOfficers: readShare(po, names[4]),
            }),
        ),
      ),
    ),
  );
}

/**
 * The most specific SME class: 小規模企業者, 中小企業者 or 大企業 (not an SME under the basis). Basis 基本法 (default), 経営強化法 or 小規模事業者支援法. Accepts ranges.
 * @customfunction SMECLASS
 * @helpurl https://localhost:3000/docs/functions.html#smeclass
 * @param industry Main industry (see SME.INDUSTRIES). Blank gives #N/A.
 * @param capital_yen Capital in yen (資本金). 個人 for a sole proprietor. Blank: judged by employees only when they suffice.
 * @param employees Regular employees (常時使用する従業員数). Blank gives #N/A.
 * @param [basis] 基本法 (default), 経営強化法 or 小規模事業者支援法.
 * @returns 小規模企業者, 中小企業者 or 大企業.
 */
export function smeClassFn(
  industry: any[][],
  capital_yen: any[][],
  employees: any[][],
  basis?: any[][],
): any[][] {
  return rules.run((r) =>
    guard(() => applicantMatrix(industry, capital_yen, employees, basis, r.isIndividualWord, r.smeClass)),
  );
}

/**
 * Compound annual growth rate (年平均成長率) = (end ÷ start)^(1 ÷ years) − 1, e.g. for wage-growth requirements of subsidies. Accepts ranges.
 * @customfunction CAGR
 * @helpurl https://localhost:3000/docs/functions.html#cagr
 * @param start_value Value in the first year (開始値). Blank gives #N/A; 0 gives #DIV/0!; negative gives #NUM!.
 * @param end_value Value in the last year (終了値). Blank gives #N/A; negative gives #NUM!.
 * @param years Number of years between them (年数), > 0; fractions allowed. Blank gives #N/A.
 * @returns The growth rate per year as a ratio (0.06 = 6%).
 */
export function cagrFn(start_value: any[][], end_value: any[][], years: any[][]): any[][] {
  return guard(() =>
    toExcelMatrix(
      mapCells([start_value, end_value, years], ["start_value", "end_value", "years"], (s, e, y) =>
        cagr(readNumber(s, "start_value"), readNumber(e, "end_value"), readNumber(y, "years")),
      ),
    ),
  );
}

/**
 * Lists the accepted industry names with their SME thresholds, the law and article, status and sources: a header row and one row per name. Use the first column for drop-down lists.
 * @customfunction INDUSTRIES
 * @helpurl https://localhost:3000/docs/functions.html#industries
 * @param [basis] 基本法 (default), 経営強化法 or 小規模事業者支援法: which law's thresholds to show. One cell.
 * @returns A table that spills.
 */
export function industriesFn(basis?: any[][]): any[][] {
  return rules.run(({ industryTable }) =>
    guard(() => toExcelMatrix(industryTable(readOptionalText(scalarOf(basis ?? null, "basis"), "basis")))),
  );
}

/** SME.ISSME and SME.SMECLASS read the same four arguments cell by cell and differ only in the judgement. */
function applicantMatrix<T>(
  industry: any[][],
  capital_yen: any[][],
  employees: any[][],
  basis: any[][] | undefined,
  isIndividualWord: (text: string) => boolean,
  judge: (industry: string, capital: Capital, employees: number | null, basis: string | null) => T,
): any[][] {
  return toExcelMatrix(
    mapCells(
      [industry, capital_yen, employees, basis ?? null],
      ["industry", "capital_yen", "employees", "basis"],
      (i, c, e, b) =>
        judge(
          readText(i, "industry"),
          readCapital(c, "capital_yen", isIndividualWord),
          readNumberOrNull(e, "employees"),
          readOptionalText(b, "basis"),
        ),
    ),
  );
}
