export { applyRate } from "./applyRate";
export {
  compareRates,
  makeRate,
  rateFromNumber,
  rateFromPair,
  rateFromText,
  rateToNumber,
  rateToString,
  type Rate,
} from "./rate";
export { divideRounded, ROUNDINGS, type Rounding } from "./rounding";
export { isShareAtLeast, isShareAtMost } from "./share";
export { addYen, isYen, maxYen, minYen, multiplyYen, subtractYen, sumYen, toYen, type Yen } from "./yen";
