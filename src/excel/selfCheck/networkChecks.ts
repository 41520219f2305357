// Storage read/write, and whether e-Stat, OECD and the proxy can be reached from this page: first whether
// the page's CSP (connect-src) allows the origin at all, then one request that needs no appId.
import { allowsConnect, originOf } from "../../core/net/contentSecurityPolicy";
import type { Deployment } from "../../core/net/deployment";
import type { CheckItem, NetworkTarget, ProbeFetch, StorageLike } from "./types";

export function storageCheck(storage: StorageLike, suffix: string): CheckItem {
  const key = "sme-toolkit.selfcheck.storage";
  const value = `check-${suffix}`;
  const base = {
    id: "storage",
    group: "storage" as const,
    label: { ja: "ストレージの読み書き", en: "Storage read/write" },
  };
  try {
    storage.setItem(key, value);
    const back = storage.getItem(key);
    storage.removeItem(key);
    if (back === value)
      return {
        ...base,
        status: "pass",
        detail: { ja: "書き込み・読み出し・削除ができます", en: "write, read and delete work" },
      };
    return {
      ...base,
      status: "fail",
      detail: {
        ja: `書いた値を読み出せません（${String(back)}）`,
        en: `the value written did not come back (${String(back)})`,
      },
    };
  } catch (e) {
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return {
      ...base,
      status: "fail",
      detail: {
        ja: `使えません: ${msg}（設定とキャッシュが保存されません）`,
        en: `unavailable: ${msg} (settings and cache cannot be kept)`,
      },
    };
  }
}

const NAMES: Record<NetworkTarget["kind"], { ja: string; en: string }> = {
  estat: { ja: "e-Stat への接続", en: "Reaching e-Stat" },
  oecd: { ja: "OECD への接続", en: "Reaching OECD" },
  proxy: { ja: "プロキシへの接続", en: "Reaching the proxy" },
};

async function withTimeout<T>(ms: number, f: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${ms} ms`)), ms);
  try {
    return await f(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

export async function reachabilityCheck(
  target: NetworkTarget,
  fetch: ProbeFetch,
  deployment: Deployment,
  timeoutMs: number,
): Promise<CheckItem> {
  const origin = originOf(target.url) ?? target.url;
  const base = {
    id: `network:${target.kind}:${origin}`,
    group: "network" as const,
    label: { ja: `${NAMES[target.kind].ja}（${origin}）`, en: `${NAMES[target.kind].en} (${origin})` },
  };
  if (deployment.policy && !allowsConnect(deployment.policy, target.url, deployment.selfOrigin))
    return {
      ...base,
      status: "fail",
      detail: {
        ja: "このページの Content-Security-Policy（connect-src）が遮断します。SME_PROXY_ORIGIN に指定してビルドし直してください",
        en: "blocked by this page's Content-Security-Policy (connect-src); list it in SME_PROXY_ORIGIN and rebuild",
      },
    };
  const csp = deployment.policy ? { ja: "CSP で許可、", en: "allowed by the CSP, " } : { ja: "", en: "" };
  try {
    const r = await withTimeout(timeoutMs, (signal) => fetch(target.url, { signal }));
    return {
      ...base,
      status: "pass",
      detail: { ja: `${csp.ja}HTTP ${r.status} の応答あり`, en: `${csp.en}answered HTTP ${r.status}` },
    };
  } catch (first) {
    // fetch fails alike for "offline" and "no CORS headers"; an opaque no-cors request tells them apart.
    let opaque = false;
    try {
      await withTimeout(timeoutMs, (signal) => fetch(target.url, { signal, mode: "no-cors" }));
      opaque = true;
    } catch {
      // unreachable
    }
    const msg = first instanceof Error ? first.message : String(first);
    if (opaque && target.kind === "estat")
      return {
        ...base,
        status: "pass",
        detail: {
          ja: `${csp.ja}接続できますが CORS が許可されていません（JSONP で取得します）`,
          en: `${csp.en}reachable without CORS (the add-in falls back to JSONP)`,
        },
      };
    if (opaque)
      return {
        ...base,
        status: "fail",
        detail: {
          ja: `接続できますが CORS ヘッダーがありません（${msg}）`,
          en: `reachable but sends no CORS headers (${msg})`,
        },
      };
    return { ...base, status: "fail", detail: { ja: `接続できません: ${msg}`, en: `unreachable: ${msg}` } };
  }
}
