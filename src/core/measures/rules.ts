// The SME-definition rules (data/sme-definitions.json and what reads it), as one module so the custom
// functions can load it on first use (src/functions/measures.ts, issue 15).
export { isDeemedLarge } from "./deemedLarge";
export { industryTable } from "./industries";
export { capitalUnitYen, sizeClass } from "./sizeClass";
export { isIndividualWord, isSmall, isSme, smeClass } from "./smeDefinition";
