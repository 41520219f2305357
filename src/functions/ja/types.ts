/** Japanese display name and descriptions of one custom function; keys of `params` are the English parameter names. */
export interface JaFunctionText {
  name: string;
  description: string;
  params: Record<string, { name: string; description: string }>;
}
export type JaFunctionTable = Record<string, JaFunctionText>;
