// Lets the self-check (Settings › 自己診断) see whether the custom functions run in the task pane's own
// JavaScript runtime and storage (SharedRuntime 1.1). The pane arms a probe on its global object with a
// storage key; every function call made in that same runtime reads that key from *its* localStorage and
// records the value. In a separate custom-functions runtime the pane's probe is never reached.
// Unarmed, it costs one property read per call.

export interface RuntimeProbe {
  key: string;
  seen: (string | null)[];
}

const SLOT = "__smeRuntimeProbe";

type ProbeGlobal = { [SLOT]?: RuntimeProbe; localStorage?: { getItem(k: string): string | null } };

export function armRuntimeProbe(key: string): RuntimeProbe {
  const probe: RuntimeProbe = { key, seen: [] };
  (globalThis as ProbeGlobal)[SLOT] = probe;
  return probe;
}

export function disarmRuntimeProbe(probe: RuntimeProbe): void {
  const g = globalThis as ProbeGlobal;
  if (g[SLOT] === probe) delete g[SLOT];
}

/** Called by every custom function (guard / guardAsync). */
export function noteInvocation(): void {
  const g = globalThis as ProbeGlobal;
  const probe = g[SLOT];
  if (!probe || probe.seen.length > 16) return;
  try {
    probe.seen.push(g.localStorage?.getItem(probe.key) ?? null);
  } catch {
    probe.seen.push(null);
  }
}
