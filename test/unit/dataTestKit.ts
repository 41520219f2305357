// Shared set-up of the data-formula tests: a localStorage stand-in, an invocation stand-in, and helpers
// that call a custom function and return its value or the CustomFunctions.Error it failed with.
export class MemoryLocalStorage {
  readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

export interface FakeInvocation {
  address?: string;
  parameterAddresses?: string[];
  onCanceled?: () => void;
}

export function invocationAt(address: string, parameterAddresses?: string[]): FakeInvocation {
  return { address, parameterAddresses };
}

export interface Failure {
  error: string;
  message: string;
}

/** The resolved value, or `{ error, message }` for a CustomFunctions.Error; anything else fails the test. */
export async function settle<T>(p: Promise<T> | T): Promise<T | Failure> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { error: e.code, message: e.message ?? "" };
    throw new Error(`not a CustomFunctions.Error: ${String(e)}`);
  }
}

export function isFailure(v: unknown): v is Failure {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
}
