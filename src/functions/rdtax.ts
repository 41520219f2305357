// Custom functions of 研究開発税制 (the R&D tax credit): thin wrappers over src/core/rdtax.
// Blank cells: Excel desktop passes 0 and the web passes null. For the optional ratios, average_sales
// and fiscal_year_start both mean "not given"; a blank or 0 comparison means 比較試験研究費 0.
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-function parameters must be any[][] so every argument accepts a range */
import { AppError } from "../core/errors/AppError";
import { rateFromNumber, rateFromText } from "../core/money";
import { q, toNumber, type Q } from "../core/rdtax/q";
import { parseScheme } from "../core/rdtax/scheme";
import { asOfFromSerial, asOfFromText } from "../core/subsidy/asOf";
import { findingRows } from "./shared/findingRows";
import { readLanguage } from "./shared/language";
import { Cell, isBlank, mapCells, readText, readYen, scalarOf } from "./shared/args";
import { lazyModule } from "./shared/lazy";
import { guard, toExcelMatrix } from "./shared/toExcel";

// The law's periods (data/rdtax) and the computation load on the first call (src/functions/shared/lazy.ts).
const engine = lazyModule(() => import(/* webpackChunkName: "fn-rdtax" */ "../core/rdtax"));
type Engine = typeof import("../core/rdtax");

function ratioError(arg: string, value: Cell): AppError {
  return new AppError("RDTAX_RATIO_INVALID", `${arg} is not a ratio`, {
    params: { arg, value: String(value) },
  });
}

/** Text that means "no comparison" (比較試験研究費 0): what the live sheet writes when the average is 0. */
const NO_COMPARISON = new Set(["なし", "none", "比較0", "設立"]);

/**
 * A signed ratio from 0.12, -0.04, "12%", "-4%"; null when blank (and `blankIsNull`). For the increase
 * ratio, "なし" / "none" / "比較0" / "設立" is the 比較試験研究費 0 case.
 */
function readRatio(cell: Cell, arg: string, blankIsNull: boolean): Q | null {
  if (
    arg === "increase_ratio" &&
    typeof cell === "string" &&
    NO_COMPARISON.has(cell.normalize("NFKC").trim().toLowerCase())
  )
    return null;
  if (isBlank(cell)) {
    if (blankIsNull) return null;
    throw new AppError("ARG_MISSING", `${arg} is blank`, { kind: "notAvailable", params: { arg } });
  }
  if (typeof cell === "boolean") throw ratioError(arg, cell);
  try {
    if (typeof cell === "number") {
      if (!Number.isFinite(cell)) throw ratioError(arg, cell);
      const r = rateFromNumber(Math.abs(cell));
      return q(cell < 0 ? -r.num : r.num, r.den);
    }
    const s = String(cell).normalize("NFKC").trim().replace(/^[−–]/, "-");
    const negative = s.startsWith("-");
    const r = rateFromText(negative ? s.slice(1) : s);
    return q(negative ? -r.num : r.num, r.den);
  } catch {
    throw ratioError(arg, cell);
  }
}

/** A non-negative amount that may be an average (a fraction of a yen); null when blank or 0 and allowed. */
function readAmount(cell: Cell, arg: string): Q | null {
  if (isBlank(cell) || cell === 0) return null;
  if (typeof cell === "number" && Number.isInteger(cell)) return q(readYen(cell, arg));
  const n =
    typeof cell === "number"
      ? cell
      : Number(
          String(cell)
            .normalize("NFKC")
            .replace(/[,\s円]/g, ""),
        );
  if (!Number.isFinite(n))
    throw new AppError("ARG_NOT_NUMBER", `${arg} is not a number`, { params: { arg, value: String(cell) } });
  if (n < 0)
    throw new AppError("ARG_NEGATIVE", `${arg} is negative`, {
      kind: "invalidNumber",
      params: { arg, value: n },
    });
  const r = rateFromNumber(n);
  return q(r.num, r.den);
}

/** 事業年度開始日 from an Excel date serial or ISO text; null when blank. */
function readFiscalYearStart(cell: Cell): string | null {
  if (isBlank(cell) || cell === 0) return null;
  try {
    if (typeof cell === "number") return asOfFromSerial(cell).date;
    if (typeof cell === "string") return asOfFromText(cell).date;
  } catch {
    /* fall through */
  }
  throw new AppError("RDTAX_FY_INVALID", "fiscal_year_start is not a date", {
    params: { value: String(cell) },
  });
}

/**
 * The last value read for an argument and what it gave: a range call repeats its 1×1 arguments (the
 * scheme, the fiscal-year start) on every row, and parsing them once makes 100,000 rows ~2× faster.
 */
function lastValue<T>(read: (cell: Cell) => T): (cell: Cell) => T {
  let seen: Cell | typeof lastValue = lastValue;
  let value: T;
  return (cell) => {
    if (cell !== seen) {
      value = read(cell);
      seen = cell;
    }
    return value;
  };
}

const schemeOf = (cell: Cell) => parseScheme(readText(cell, "scheme"));

/** The rules for a row: the period of its fiscal-year start and the scheme's part of it (parsed once per value). */
function rulesReader({ periodFor, resolveFiscalYearStart, scheme: schemeRules }: Engine) {
  const fyOf = lastValue(readFiscalYearStart);
  const schemeAt = lastValue(schemeOf);
  return (s: Cell, fy: Cell) => {
    const period = periodFor(resolveFiscalYearStart(fyOf(fy)).date);
    return { period, rules: schemeRules(period, schemeAt(s)) };
  };
}

/**
 * 研究開発税制の税額控除割合 (R&D tax credit rate) as a ratio (0.115 = 11.5 %), from 増減試験研究費割合 and, optionally, 試験研究費割合, under the law in force for the fiscal year's start.
 * @customfunction RDTAXRATE
 * @helpurl https://localhost:3000/docs/functions.html#rdtaxrate
 * @param scheme 一般型 (general) or 中小企業技術基盤強化税制 (sme).
 * @param increase_ratio 増減試験研究費割合 as a ratio: (R&D − comparison) ÷ comparison, e.g. 0.12 for 12 %; "なし" (none) for no comparison expenses.
 * @param [rd_to_sales_ratio] 試験研究費割合: R&D ÷ average sales (0.15 = 15 %). Blank = not used.
 * @param [fiscal_year_start] 事業年度開始日 (Excel date or text 2025-04-01). Blank = the April-start year containing today.
 * @returns The credit rate (truncated to three decimals as the law says).
 */
export function rdTaxRateFn(
  scheme: any[][],
  increase_ratio: any[][],
  rd_to_sales_ratio?: any[][],
  fiscal_year_start?: any[][],
): any[][] {
  return engine.run((e) => {
    const { creditRate } = e;
    const rulesAt = rulesReader(e);
    return guard(() =>
      toExcelMatrix(
        mapCells(
          [scheme, increase_ratio, rd_to_sales_ratio ?? null, fiscal_year_start ?? null],
          ["scheme", "increase_ratio", "rd_to_sales_ratio", "fiscal_year_start"],
          (s, inc, ratio, fy) => {
            const { period, rules } = rulesAt(s, fy);
            const increase = readRatio(inc, "increase_ratio", false);
            return toNumber(
              creditRate(period, rules, {
                increase,
                intensity: readRatio(ratio, "rd_to_sales_ratio", true),
              }).rate,
            );
          },
        ),
      ),
    );
  });
}

/**
 * 研究開発税制の控除上限額 (cap on the R&D credit) in yen: 調整前法人税額 × 25 % with the period's additions and reductions.
 * @customfunction RDTAXCAP
 * @helpurl https://localhost:3000/docs/functions.html#rdtaxcap
 * @param scheme 一般型 (general) or 中小企業技術基盤強化税制 (sme).
 * @param corporate_tax 調整前法人税額 in yen.
 * @param [increase_ratio] 増減試験研究費割合 as a ratio (0.12 = 12 %). Blank = none (比較試験研究費 0).
 * @param [rd_to_sales_ratio] 試験研究費割合 as a ratio. Blank = not used.
 * @param [fiscal_year_start] 事業年度開始日. Blank = the April-start year containing today.
 * @returns The cap in yen (floored to the yen).
 */
export function rdTaxCapFn(
  scheme: any[][],
  corporate_tax: any[][],
  increase_ratio?: any[][],
  rd_to_sales_ratio?: any[][],
  fiscal_year_start?: any[][],
): any[][] {
  return engine.run((e) => {
    const { capRate, yenTimes } = e;
    const rulesAt = rulesReader(e);
    return guard(() =>
      toExcelMatrix(
        mapCells(
          [
            scheme,
            corporate_tax,
            increase_ratio ?? null,
            rd_to_sales_ratio ?? null,
            fiscal_year_start ?? null,
          ],
          ["scheme", "corporate_tax", "increase_ratio", "rd_to_sales_ratio", "fiscal_year_start"],
          (s, tax, inc, ratio, fy) => {
            const c = capRate(rulesAt(s, fy).rules, {
              increase: readRatio(inc, "increase_ratio", true),
              intensity: readRatio(ratio, "rd_to_sales_ratio", true),
            });
            return yenTimes(readYen(tax, "corporate_tax"), c.capRate);
          },
        ),
      ),
    );
  });
}

function creditInput(
  s: Cell,
  rd: Cell,
  comp: Cell,
  tax: Cell,
  sales: Cell,
  fy: Cell,
  read = { scheme: schemeOf, fy: readFiscalYearStart },
) {
  return {
    scheme: read.scheme(s),
    rdExpenses: readYen(rd, "rd_expenses"),
    comparison: readAmount(comp, "comparison_rd_expenses") ?? q(0),
    corporateTax: readYen(tax, "corporate_tax"),
    averageSales: readAmount(sales, "average_sales"),
    fiscalYearStart: read.fy(fy),
  };
}

/**
 * 研究開発税制の税額控除額 (R&D tax credit) in yen: min(R&D × rate, cap), floored to the yen. Derives 増減試験研究費割合 and 試験研究費割合 from the amounts.
 * @customfunction RDTAXCREDIT
 * @helpurl https://localhost:3000/docs/functions.html#rdtaxcredit
 * @param scheme 一般型 (general) or 中小企業技術基盤強化税制 (sme).
 * @param rd_expenses 試験研究費の額 this fiscal year, in yen.
 * @param comparison_rd_expenses 比較試験研究費の額: the average of the previous three fiscal years. Blank or 0 = none (設立事業年度 etc.).
 * @param corporate_tax 調整前法人税額 in yen.
 * @param [average_sales] 平均売上金額 (this and the previous three years) in yen. Blank = not used.
 * @param [fiscal_year_start] 事業年度開始日. Blank = the April-start year containing today.
 * @returns The credit in yen.
 */
export function rdTaxCreditFn(
  scheme: any[][],
  rd_expenses: any[][],
  comparison_rd_expenses: any[][],
  corporate_tax: any[][],
  average_sales?: any[][],
  fiscal_year_start?: any[][],
): any[][] {
  const read = { scheme: lastValue(schemeOf), fy: lastValue(readFiscalYearStart) };
  return engine.run(({ computeRdTax }) =>
    guard(() =>
      toExcelMatrix(
        mapCells(
          [
            scheme,
            rd_expenses,
            comparison_rd_expenses,
            corporate_tax,
            average_sales ?? null,
            fiscal_year_start ?? null,
          ],
          [
            "scheme",
            "rd_expenses",
            "comparison_rd_expenses",
            "corporate_tax",
            "average_sales",
            "fiscal_year_start",
          ],
          (s, rd, comp, tax, sales, fy) =>
            computeRdTax(creditInput(s, rd, comp, tax, sales, fy, read), { findings: false }).credit,
        ),
      ),
    ),
  );
}

/**
 * Why the R&D tax credit is what it is: the law period used, the rate and its formula, 特例 applied, floor or cap reached, the cap and whether it binds, the 比較試験研究費 0 case and who counts as 中小企業者等. One row per finding.
 * @customfunction RDTAXCHECK
 * @helpurl https://localhost:3000/docs/functions.html#rdtaxcheck
 * @param scheme 一般型 (general) or 中小企業技術基盤強化税制 (sme).
 * @param rd_expenses 試験研究費の額 this fiscal year, in yen.
 * @param comparison_rd_expenses 比較試験研究費の額 (average of the previous three years). Blank or 0 = none.
 * @param corporate_tax 調整前法人税額 in yen.
 * @param [average_sales] 平均売上金額 in yen. Blank = not used.
 * @param [fiscal_year_start] 事業年度開始日. Blank = the April-start year containing today.
 * @param [language] "ja" or "en": severity and status as words (警告, 二次資料で確認) and the message in that language. Blank = codes (warning, secondary) and Japanese messages.
 * @returns Rows of code, severity, message, source, status.
 */
export function rdTaxCheckFn(
  scheme: any[][],
  rd_expenses: any[][],
  comparison_rd_expenses: any[][],
  corporate_tax: any[][],
  average_sales?: any[][],
  fiscal_year_start?: any[][],
  language?: any[][],
): any[][] {
  return engine.run(({ computeRdTax }) =>
    guard(() => {
      const lang = readLanguage(language);
      const one = (a: any[][] | undefined, name: string) => (a === undefined ? null : scalarOf(a, name));
      const r = computeRdTax(
        creditInput(
          one(scheme, "scheme"),
          one(rd_expenses, "rd_expenses"),
          one(comparison_rd_expenses, "comparison_rd_expenses"),
          one(corporate_tax, "corporate_tax"),
          one(average_sales, "average_sales"),
          one(fiscal_year_start, "fiscal_year_start"),
        ),
      );
      return toExcelMatrix(findingRows(r.findings, lang));
    }),
  );
}
