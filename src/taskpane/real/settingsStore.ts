import type { KeyValueStorage, Settings } from "../actions";

const KEY = "sme-toolkit.settings";
const DEFAULTS: Settings = { appId: "", proxyBaseUrl: "", language: "auto" };

/**
 * Settings live in the add-in's own local storage. The e-Stat appId in particular is never written to
 * the workbook: a workbook is handed around, a key is personal (e-Stat terms; domain notes §1.13).
 */
export function readSettings(storage: KeyValueStorage): Settings {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? "{}") as Partial<Settings>;
    return {
      appId: typeof raw.appId === "string" ? raw.appId : DEFAULTS.appId,
      proxyBaseUrl: typeof raw.proxyBaseUrl === "string" ? raw.proxyBaseUrl : DEFAULTS.proxyBaseUrl,
      language: raw.language === "ja" || raw.language === "en" ? raw.language : "auto",
    };
  } catch {
    return { ...DEFAULTS };
  }
}

export function writeSettings(storage: KeyValueStorage, patch: Partial<Settings>): Settings {
  const next = { ...readSettings(storage), ...patch };
  storage.setItem(KEY, JSON.stringify(next));
  return next;
}
