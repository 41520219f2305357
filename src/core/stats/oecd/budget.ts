import { AppError } from "../../errors/AppError";
import type { KeyValueStore } from "../cache/keyValueStore";

export interface OecdBudgetOptions {
  store: KeyValueStore;
  /** Downloads allowed per window. The OECD page says 60 data downloads per hour (it said 20 earlier). @default 60 */
  limit?: number;
  /** @default 1 hour */
  windowMs?: number;
  now?: () => number;
  /** Formats the reset time for the message. @default local HH:MM */
  formatTime?: (ms: number) => string;
}

export interface BudgetState {
  used: number;
  limit: number;
  remaining: number;
  /** When the oldest counted download leaves the window (ms since epoch), or null when nothing is used. */
  resetAt: number | null;
}

export interface OecdBudget {
  /** Counts one download, or throws OECD_BUDGET_EXHAUSTED (nothing is sent). */
  reserve(): Promise<void>;
  state(): Promise<BudgetState>;
  /** The server said 429: treat the budget as used up until `untilMs`. */
  markExhausted(untilMs: number): Promise<void>;
}

const KEY = "oecd-budget";

interface Saved {
  t: number[];
  blockedUntil?: number;
}

/**
 * A rolling-window counter of OECD data downloads, persisted so that it survives reloads (the
 * OECD blocks a user who goes over, and VPNs are not allowed as a way around it). Reservations
 * are serialised within one runtime; separate runtimes sharing one store can still race.
 */
export function createOecdBudget(options: OecdBudgetOptions): OecdBudget {
  const limit = options.limit ?? 60;
  const windowMs = options.windowMs ?? 3_600_000;
  const now = options.now ?? Date.now;
  const formatTime =
    options.formatTime ??
    ((ms: number) => {
      const d = new Date(ms);
      return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
    });
  let chain: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Saved> {
    try {
      const raw = await options.store.get(KEY);
      const s = raw ? (JSON.parse(raw) as Saved) : { t: [] };
      const from = now() - windowMs;
      return {
        t: Array.isArray(s.t) ? s.t.filter((x) => typeof x === "number" && x > from) : [],
        blockedUntil: s.blockedUntil,
      };
    } catch {
      return { t: [] };
    }
  }

  function stateOf(s: Saved): BudgetState {
    const blocked = s.blockedUntil !== undefined && s.blockedUntil > now();
    const used = blocked ? limit : s.t.length;
    const resetAt = blocked ? s.blockedUntil! : s.t.length ? Math.min(...s.t) + windowMs : null;
    return { used, limit, remaining: Math.max(0, limit - used), resetAt };
  }

  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = chain.then(fn, fn);
    chain = p.catch(() => undefined);
    return p;
  }

  return {
    reserve: () =>
      serial(async () => {
        const s = await load();
        const st = stateOf(s);
        if (st.remaining <= 0) {
          const resetAt = st.resetAt ?? now() + windowMs;
          throw new AppError(
            "OECD_BUDGET_EXHAUSTED",
            `OECD budget of ${limit}/h used up until ${new Date(resetAt).toISOString()}`,
            {
              kind: "notAvailable",
              params: {
                limit,
                resetAt: formatTime(resetAt),
                minutes: Math.max(1, Math.ceil((resetAt - now()) / 60_000)),
              },
            },
          );
        }
        s.t.push(now());
        await options.store.set(KEY, JSON.stringify(s));
      }),
    state: () => serial(async () => stateOf(await load())),
    markExhausted: (untilMs) =>
      serial(async () => {
        const s = await load();
        s.blockedUntil = Math.max(untilMs, s.blockedUntil ?? 0);
        await options.store.set(KEY, JSON.stringify(s));
      }),
  };
}
