import type { JaFunctionTable } from "./types";

export const subsidyJa: JaFunctionTable = {};
