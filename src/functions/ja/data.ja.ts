import type { JaFunctionTable } from "./types";

export const dataJa: JaFunctionTable = {};
