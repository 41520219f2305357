// The Japanese metadata table, one part per functions file. scripts/functionsJa.js turns it,
// with the generated functions.json, into functions-ja.json and fails the build on any gap.
import type { JaFunctionTable } from "./types";
import { measuresJa } from "./measures.ja";
import { subsidyJa } from "./subsidy.ja";
import { dataJa } from "./data.ja";
import { rdtaxJa } from "./rdtax.ja";

export const functionsJa: JaFunctionTable = { ...measuresJa, ...subsidyJa, ...dataJa, ...rdtaxJa };
