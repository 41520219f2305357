// Integer yen as JavaScript numbers: exact while |n| < 2^53, so every helper checks that.
import { AppError } from "../errors/AppError";

/** An amount in whole yen (a safe integer). */
export type Yen = number;

/** True for a whole-yen amount JavaScript can hold exactly. */
export function isYen(value: unknown): value is Yen {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/**
 * `value` as yen, or an AppError: YEN_NOT_INTEGER for fractions, NaN and
 * infinities (#VALUE!), YEN_UNSAFE for integers beyond 2^53 (#NUM!).
 */
export function toYen(value: number | bigint, what = "amount"): Yen {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new AppError("YEN_UNSAFE", `${what} ${value} is beyond 2^53`, {
        kind: "invalidNumber",
        params: { value: value.toString() },
      });
    }
    return Number(value);
  }
  if (!Number.isInteger(value)) {
    throw new AppError("YEN_NOT_INTEGER", `${what} ${value} is not whole yen`, {
      params: { value: String(value) },
    });
  }
  if (!Number.isSafeInteger(value)) {
    throw new AppError("YEN_UNSAFE", `${what} ${value} is beyond 2^53`, {
      kind: "invalidNumber",
      params: { value: String(value) },
    });
  }
  return value;
}

/** Sum of yen amounts, exact (bigint inside), checked on the way out. */
export function sumYen(amounts: readonly Yen[]): Yen {
  let total = 0n;
  for (const a of amounts) total += BigInt(toYen(a));
  return toYen(total, "sum");
}

export function addYen(a: Yen, b: Yen): Yen {
  return sumYen([a, b]);
}

export function subtractYen(a: Yen, b: Yen): Yen {
  return toYen(BigInt(toYen(a)) - BigInt(toYen(b)), "difference");
}

/** The smallest of one or more yen amounts. */
export function minYen(first: Yen, ...rest: Yen[]): Yen {
  return rest.reduce((m, a) => (toYen(a) < m ? a : m), toYen(first));
}

/** The largest of one or more yen amounts. */
export function maxYen(first: Yen, ...rest: Yen[]): Yen {
  return rest.reduce((m, a) => (toYen(a) > m ? a : m), toYen(first));
}

/** `n` × yen, exact or an error. */
export function multiplyYen(amount: Yen, n: number): Yen {
  return toYen(BigInt(toYen(amount)) * BigInt(toYen(n, "multiplier")), "product");
}
