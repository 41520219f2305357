/**
 * A stand-in for Excel's CustomFunctions runtime, for the playground and for
 * Node tests: `associate` records functions in a registry, `Error` carries an
 * Excel error code and message like the real class (CustomFunctionsRuntime 1.2).
 */
export type RegisteredFunction = (...args: unknown[]) => unknown;

export class CustomFunctionError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface CustomFunctionsShim {
  registry: Map<string, RegisteredFunction>;
  associate(idOrMap: string | Record<string, RegisteredFunction>, fn?: RegisteredFunction): void;
  Error: typeof CustomFunctionError;
  ErrorCode: typeof ErrorCode;
}

export function createCustomFunctionsShim(): CustomFunctionsShim {
  const registry = new Map<string, RegisteredFunction>();
  return {
    registry,
    associate(idOrMap, fn) {
      if (typeof idOrMap === "string") {
        if (!fn) throw new Error(`associate(${idOrMap}) without a function`);
        registry.set(idOrMap.toUpperCase(), fn);
      } else {
        for (const [id, f] of Object.entries(idOrMap)) registry.set(id.toUpperCase(), f);
      }
    },
    Error: CustomFunctionError,
    ErrorCode,
  };
}

/** Installs the shim as the global `CustomFunctions` unless a real runtime is present. */
export function installCustomFunctionsShim(
  target: Record<string, unknown> = globalThis as never,
): CustomFunctionsShim {
  const existing = target.CustomFunctions as CustomFunctionsShim | undefined;
  if (existing && existing.registry instanceof Map) return existing;
  const shim = createCustomFunctionsShim();
  target.CustomFunctions = shim;
  return shim;
}
