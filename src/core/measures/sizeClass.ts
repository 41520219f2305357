import { AppError } from "../errors/AppError";
import { compareByLaw } from "./compareByLaw";
import { normalizeName } from "./normalizeName";
import { smeDefinitions } from "./smeDefinitions";

const UNITS: [string[], number][] = [
  [["円", "yen", "jpy"], 1],
  [["千円", "thousandyen", "thousand", "1000"], 1_000],
  [["百万円", "millionyen", "million", "1000000"], 1_000_000],
];
const unitByName = new Map(
  UNITS.flatMap(([names, yen]) => names.map((n) => [normalizeName(n), yen] as const)),
);

/** Yen per unit for 円 (default when blank), 千円 or 百万円 (English: yen, thousand, million). */
export function capitalUnitYen(text: string | null): number {
  if (text === null || text.trim() === "") return 1;
  const yen = unitByName.get(normalizeName(text));
  if (yen === undefined)
    throw new AppError("UNIT_UNKNOWN", `unknown unit ${text}`, { params: { value: text } });
  return yen;
}

/**
 * The 法人企業統計 capital class that 中小企業白書 uses: 大企業 (≥ 10億円),
 * 中規模企業 (1千万円以上1億円未満), 小規模企業 (< 1千万円), and
 * 「対象外(1億円以上10億円未満)」 for the band the 白書 leaves out. The
 * boundaries are converted into the caller's unit (10億円 = 1,000,000 千円), so
 * the capital is never rounded by a multiplication.
 */
export function sizeClass(capital: number, unitYen = 1): string {
  if (capital < 0) {
    throw new AppError("ARG_NEGATIVE", "capital is negative", { params: { arg: "capital", value: capital } });
  }
  for (const c of smeDefinitions.sizeClasses.classes) {
    const aboveMin = compareByLaw(capital, c.minComparator, c.minYen / unitYen);
    const belowMax =
      c.maxYen === null ||
      c.maxComparator === null ||
      compareByLaw(capital, c.maxComparator, c.maxYen / unitYen);
    if (aboveMin && belowMax) return c.name;
  }
  throw new Error(`sme-definitions: no size class covers ${capital}`);
}
