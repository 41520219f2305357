import { AppError } from "../errors/AppError";
import { finiteResult } from "./finite";

/**
 * Compound annual growth rate (年平均成長率): (end ÷ start)^(1 ÷ years) − 1, as
 * 給与支給総額 growth is judged for 賃上げ requirements. Like Excel's RRI, values
 * with no real root give #NUM!; a start of 0 gives #DIV/0!. Years may be fractional. The result is rounded to 12 decimal places.
 */
export function cagr(startValue: number, endValue: number, years: number): number {
  if (!(years > 0)) {
    throw new AppError("YEARS_NOT_POSITIVE", "years must be > 0", {
      kind: "invalidNumber",
      params: { value: years },
    });
  }
  if (startValue === 0)
    throw new AppError("CAGR_START_ZERO", "start value is zero", { kind: "divisionByZero" });
  if (startValue < 0 || endValue < 0) {
    throw new AppError("CAGR_NEGATIVE", "negative value", {
      kind: "invalidNumber",
      params: { start: startValue, end: endValue },
    });
  }
  const ratio = endValue / startValue;
  // exp/log when the ratio itself overflows or underflows (1e300 / 1e-300): the root is finite.
  const growth =
    Number.isFinite(ratio) && (ratio > 0 || endValue === 0)
      ? Math.pow(ratio, 1 / years) - 1
      : Math.exp((Math.log(endValue) - Math.log(startValue)) / years) - 1;
  return finiteResult(roundRate(growth), "cagr");
}

/**
 * Rounds to 12 decimal places so binary noise does not decide a threshold:
 * 100 → 119.1016 over 3 years is exactly 6 %, but the root gives 0.0599999999999999.
 * Rates this large or precise do not occur in practice; huge ones are left as they are.
 */
function roundRate(rate: number): number {
  return Math.abs(rate) < 1e3 ? Math.round(rate * 1e12) / 1e12 : rate;
}
