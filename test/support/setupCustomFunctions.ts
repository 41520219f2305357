import { installCustomFunctionsShim } from "../../src/playground/customFunctionsRuntime";

installCustomFunctionsShim();
