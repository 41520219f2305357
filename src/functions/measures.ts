// Corporate-statistics measures (財務省 法人企業統計) as Excel custom functions.
// Thin wrappers: argument reading and Excel error mapping here, the arithmetic in src/core/measures.
import { laborShare } from "../core/measures/laborShare";
import { Arg, mapCells, readNumber } from "./shared/args";
import { guard, toExcelMatrix } from "./shared/toExcel";

/**
 * Labour share (労働分配率) = personnel cost ÷ value added, as a ratio (0.764 = 76.4%). MOF Financial Statements Statistics of Corporations definition. Accepts ranges and spills a result of the same shape.
 * @customfunction LABORSHARE
 * @helpurl https://localhost:3000/docs/functions.html#laborshare
 * @param personnel_cost Personnel cost (人件費), any consistent unit.
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
