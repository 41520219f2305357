// "Blank = 0" mode: Excel on Windows and Mac passes a blank cell to a custom function as 0, Excel on the web
// as null (OfficeDev/office-js#4702, #5262, #1951; docs/ARCHITECTURE.md). The function suites run a second
// time (jest projects unit-blank0 and bundle-blank0) with every null *cell* of an argument turned into 0 at
// the invocation boundary. An omitted optional argument stays null: Excel passes omitted arguments as null
// on every platform (Microsoft, "Custom functions parameter options").
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const blankAsZero = (): boolean => process.env.SME_BLANK_AS_ZERO === "1";

/** A range argument as Excel desktop passes it: null cells become 0. Scalars and omitted (null) stay. */
export function desktopArgument(arg: unknown): unknown {
  if (!Array.isArray(arg)) return arg;
  return arg.map((row) =>
    Array.isArray(row) ? row.map((c) => (c === null || c === undefined ? 0 : c)) : row,
  );
}

/** `fn` as Excel desktop would call it. */
export function asDesktopCall<F extends (...args: never[]) => unknown>(fn: F): F {
  const call = fn as unknown as (...a: unknown[]) => unknown;
  return ((...args: unknown[]) => call(...args.map(desktopArgument))) as unknown as F;
}

/** The exported function names that carry @customfunction in a functions source file. */
export function customFunctionExports(file: string): Set<string> {
  const src = readFileSync(file, "utf8");
  const names = new Set<string>();
  for (const m of src.matchAll(
    /@customfunction[^*]*(?:\*(?!\/)[^*]*)*\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g,
  ))
    names.add(m[1]);
  return names;
}

/** A functions module whose custom functions take blanks as 0; everything else is the module itself. */
export function withDesktopBlanks<M extends Record<string, unknown>>(actual: M, area: string): M {
  const names = customFunctionExports(join(__dirname, `../../src/functions/${area}.ts`));
  if (names.size === 0) throw new Error(`no @customfunction exports found in src/functions/${area}.ts`);
  const out: Record<string, unknown> = { ...actual };
  for (const n of names) {
    const f = actual[n];
    if (typeof f !== "function") throw new Error(`src/functions/${area}.ts does not export ${n}`);
    out[n] = asDesktopCall(f as (...args: never[]) => unknown);
  }
  return out as M;
}
