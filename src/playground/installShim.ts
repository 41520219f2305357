// Must be the playground's first import: the functions modules call CustomFunctions.associate when they load.
import { installCustomFunctionsShim } from "./customFunctionsRuntime";

export const customFunctions = installCustomFunctionsShim();
