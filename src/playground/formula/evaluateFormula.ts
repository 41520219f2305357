import { CustomFunctionError, RegisteredFunction } from "../customFunctionsRuntime";
import { Expr, FormulaSyntaxError, parseFormula } from "./parseFormula";
import { columnLetters } from "../excel-fake/address";
import { EXCEL_FUNCTIONS, type Arg as BuiltinArg } from "./excelFunctions";

/** "ROUND: 引数が 2 個必要です / needs 2 arguments", as Excel refuses a wrong count. */
function argumentCount(name: string, min: number, max: number): string {
  const ja = min === max ? `${min} 個` : `${min}〜${max} 個`;
  const en = min === max ? `${min}` : `${min} to ${max}`;
  return `${name}: 引数は ${ja}です / ${name}: needs ${en} ${max === 1 ? "argument" : "arguments"}`;
}

export type CellValue = number | string | boolean;
export interface ErrorResult {
  error: string;
  message?: string;
}
export type EvalResult = CellValue | CellValue[][] | ErrorResult;

/** What functions.json says about one function; enough to call it as Excel would. */
export interface FunctionMetadata {
  id: string;
  name: string;
  /** The reference page of the function (the build points it at the deployment's host). */
  helpUrl?: string;
  parameters?: { name: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
  options?: {
    stream?: boolean;
    cancelable?: boolean;
    requiresAddress?: boolean;
    requiresParameterAddresses?: boolean;
  };
}

export interface CellReader {
  cell(sheet: string, row: number, col: number): CellValue;
  range(sheet: string, a1: string): CellValue[][];
}

export interface EvaluatorOptions {
  namespace: string;
  registry: Map<string, RegisteredFunction>;
  /** functions.json and functions-ja.json: both names resolve to the same id. */
  metadata: FunctionMetadata[][];
  /** What a blank cell becomes in a custom function argument: null as on Excel on the web (default), 0 as on desktop. */
  blankAs?: null | 0;
}

const ERROR_CODES = /^#(N\/A|VALUE!|DIV\/0!|NUM!|NAME\?|REF!|NULL!|SPILL!|BUSY!|CALC!)$/;
type Value = CellValue | null | CellValue[][] | ErrorResult;

function isError(v: unknown): v is ErrorResult {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
}

function fromThrown(e: unknown): ErrorResult {
  if (e instanceof CustomFunctionError || (e instanceof Error && "code" in e && typeof e.code === "string")) {
    const err = e as Error & { code: string };
    return { error: err.code, message: err.message || undefined };
  }
  // An exception that is not a CustomFunctions.Error is what Excel shows as #VALUE!.
  return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
}

function normaliseResult(v: unknown): EvalResult {
  if (v instanceof CustomFunctionError) return fromThrown(v);
  if (Array.isArray(v)) {
    return v.map((row: unknown[]) =>
      row.map((c) => {
        if (c instanceof CustomFunctionError) return c.code;
        if (c === null || c === undefined) return 0; // Excel shows null in an array as 0 (office-js#1503)
        return c as CellValue;
      }),
    );
  }
  if (v === null || v === undefined) return 0;
  return v as CellValue;
}

/**
 * Excel's comparison order: numbers < text < logical values; text compares without regard to case; a
 * blank is 0 beside a number, "" beside text and FALSE beside a logical value.
 */
function compareValues(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === "" && typeof b !== "string") a = typeof b === "number" ? 0 : false;
  if (b === "" && typeof a !== "string") b = typeof a === "number" ? 0 : false;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = String(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** Builds the evaluator the Excel fake calls for every formula cell. */
export function createFormulaEvaluator(options: EvaluatorOptions) {
  const byName = new Map<string, FunctionMetadata>();
  for (const list of options.metadata) {
    for (const f of list) {
      byName.set(`${options.namespace}.${f.name}`.toUpperCase(), f);
      byName.set(`${options.namespace}.${f.id}`.toUpperCase(), f);
    }
  }
  const englishById = new Map(options.metadata[0]?.map((f) => [f.id, f]) ?? []);
  const blank = options.blankAs === undefined ? null : options.blankAs;

  function scalar(v: Value): CellValue | null | ErrorResult {
    if (Array.isArray(v)) return v.length === 1 && v[0].length === 1 ? v[0][0] : { error: "#VALUE!" };
    return v;
  }
  function num(v: Value): number | ErrorResult {
    const s = scalar(v);
    if (isError(s)) return s;
    if (s === null || s === "") return 0;
    if (typeof s === "boolean") return s ? 1 : 0;
    const n = typeof s === "number" ? s : Number(s);
    return Number.isFinite(n) ? n : { error: "#VALUE!" };
  }

  /** The result of the formula's own (outermost) call when it is asynchronous. */
  let outerAsync: Promise<EvalResult> | undefined;
  /** Where the formula being evaluated sits, for invocation.address. */
  let here = "";

  function evaluate(e: Expr, sheet: string, read: CellReader, pending: Promise<unknown>[]): Value {
    switch (e.kind) {
      case "number":
      case "string":
      case "boolean":
        return e.value;
      case "ref": {
        const values = read.range(e.sheet ?? sheet, e.a1);
        for (const row of values)
          for (const c of row) if (typeof c === "string" && ERROR_CODES.test(c)) return { error: c };
        return values;
      }
      case "unary": {
        const n = num(evaluate(e.arg, sheet, read, pending));
        return isError(n) ? n : e.op === "-" ? -n : n;
      }
      case "binary": {
        const l = evaluate(e.left, sheet, read, pending);
        const r = evaluate(e.right, sheet, read, pending);
        if (e.op === "&") {
          const a = scalar(l);
          const b = scalar(r);
          if (isError(a)) return a;
          if (isError(b)) return b;
          return `${a ?? ""}${b ?? ""}`;
        }
        const a = num(l);
        const b = num(r);
        if (isError(a)) return a;
        if (isError(b)) return b;
        if (e.op === "/" && b === 0) return { error: "#DIV/0!" };
        const out =
          e.op === "+" ? a + b : e.op === "-" ? a - b : e.op === "*" ? a * b : e.op === "/" ? a / b : a ** b;
        return Number.isFinite(out) ? out : { error: "#NUM!" };
      }
      case "compare": {
        const a = scalar(evaluate(e.left, sheet, read, pending));
        const b = scalar(evaluate(e.right, sheet, read, pending));
        if (isError(a)) return a;
        if (isError(b)) return b;
        const c = compareValues(a ?? "", b ?? "");
        const op = e.op;
        return op === "="
          ? c === 0
          : op === "<>"
            ? c !== 0
            : op === "<"
              ? c < 0
              : op === ">"
                ? c > 0
                : op === "<="
                  ? c <= 0
                  : c >= 0;
      }
      case "call":
        return call(e, sheet, read, pending);
    }
  }

  function call(
    e: Extract<Expr, { kind: "call" }>,
    sheet: string,
    read: CellReader,
    pending: Promise<unknown>[],
    outermost = false,
  ): Value {
    const meta = byName.get(e.name.toUpperCase());
    const fn = meta && options.registry.get(meta.id.toUpperCase());
    const builtin = EXCEL_FUNCTIONS[e.name.toUpperCase()];
    if ((!meta || !fn) && builtin) {
      if (e.args.length < builtin.min || e.args.length > builtin.max)
        return { error: "#VALUE!", message: argumentCount(e.name.toUpperCase(), builtin.min, builtin.max) };
      // Each argument is evaluated when the function first reads it: IF reads only the branch it returns,
      // as Excel does (a custom function in the other branch is never called), the others read them all.
      const values: BuiltinArg[] = e.args.map((a) => {
        let value: BuiltinArg["value"] | undefined;
        return {
          ref: a?.kind === "ref",
          get value() {
            if (value === undefined) value = a === null ? null : evaluate(a, sheet, read, pending);
            return value;
          },
        };
      });
      return builtin.fn(values);
    }
    if (!meta || !fn)
      return {
        error: "#NAME?",
        message: `関数 ${e.name} はプレイグラウンドにありません（使えるのは SME.* と ${Object.keys(EXCEL_FUNCTIONS).join("・")}） / unknown function ${e.name} (the playground has SME.* and ${Object.keys(EXCEL_FUNCTIONS).join(", ")})`,
      };
    const params = englishById.get(meta.id)?.parameters ?? meta.parameters ?? [];
    const args: unknown[] = [];
    for (let i = 0; i < e.args.length; i++) {
      const p = params[Math.min(i, params.length - 1)];
      if (!p)
        return {
          error: "#VALUE!",
          message: `${meta.name}: 引数が多すぎます（最大 ${params.length} 個） / ${meta.name}: too many arguments (at most ${params.length})`,
        };
      const a = e.args[i];
      let v: Value = a === null ? null : evaluate(a, sheet, read, pending);
      if (isError(v)) return v; // Excel does not call a function with an error argument
      if (a?.kind === "ref" && Array.isArray(v))
        v = v.map((row) => row.map((c) => (c === "" ? blank : c))) as CellValue[][];
      const matrix = p.dimensionality === "matrix";
      const value = v === null ? null : matrix ? (Array.isArray(v) ? v : [[v]]) : scalar(v);
      if (isError(value)) return value;
      if (p.repeating) {
        const last = args[params.length - 1];
        if (Array.isArray(last) && i >= params.length - 1) last.push(value);
        else args[params.length - 1] = [value];
      } else args[i] = value;
    }
    for (let i = 0; i < params.length; i++)
      if (args[i] === undefined) args[i] = params[i].repeating ? [] : null;
    const required = params.filter((p) => !p.optional && !p.repeating).length;
    if (e.args.length < required)
      return {
        error: "#VALUE!",
        message: `${meta.name}: 引数が ${required} 個必要です / ${meta.name}: needs ${required} arguments`,
      };

    let result: unknown;
    try {
      if (meta.options?.stream) {
        let resolve!: (v: unknown) => void;
        result = new Promise((r) => (resolve = r));
        fn(...args, { setResult: (v: unknown) => resolve(v), onCanceled: undefined });
      } else {
        const o = meta.options ?? {};
        const parameterAddresses = e.args.map((a) =>
          a?.kind === "ref" ? `${a.sheet ?? sheet}!${a.a1}` : "",
        );
        const invocation =
          o.cancelable || o.requiresAddress || o.requiresParameterAddresses
            ? [{ address: here, parameterAddresses, onCanceled: undefined }]
            : [];
        result = fn(...args, ...invocation);
      }
    } catch (err) {
      return fromThrown(err);
    }
    if (result instanceof Promise) {
      if (outermost) outerAsync = result.then(normaliseResult, fromThrown);
      else pending.push(result);
      return { error: "#BUSY!", message: "pending" };
    }
    return normaliseResult(result);
  }

  /** Evaluates one formula. Returns a Promise when a custom function is asynchronous. */
  return function evaluateFormula(
    formula: string,
    at: { sheet: string; row?: number; col?: number },
    read: CellReader,
  ): EvalResult | Promise<EvalResult> {
    here = `${at.sheet}!${columnLetters(at.col ?? 0)}${(at.row ?? 0) + 1}`;
    let expr: Expr;
    try {
      expr = parseFormula(formula);
    } catch (e) {
      const why = e instanceof FormulaSyntaxError ? e.message : String(e);
      return { error: "#NAME?", message: `数式を読めません: ${why} / The formula can't be read: ${why}` };
    }
    // An asynchronous custom function is awaited when it is the whole formula (as the product uses
    // them); inside a larger expression it cannot be, and says so.
    const pending: Promise<unknown>[] = [];
    outerAsync = undefined;
    const v =
      expr.kind === "call"
        ? call(expr, at.sheet, read, pending, true)
        : evaluate(expr, at.sheet, read, pending);
    if (outerAsync && pending.length === 0) return outerAsync;
    return pending.length > 0
      ? {
          error: "#VALUE!",
          message:
            "非同期の関数は数式全体にしてください（ほかの式の中では使えません） / asynchronous functions must be the whole formula",
        }
      : finish(v);
  };

  function finish(v: Value): EvalResult {
    if (v === null) return 0;
    return v as EvalResult;
  }
}
