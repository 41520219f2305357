// Where the add-in keeps its settings: one JSON record in the add-in's local storage (never the workbook,
// so an appId does not travel with a shared file). The task pane writes it; the data formulas read it.
// Both must use this key and shape (src/taskpane: Settings in actions.ts).

/** localStorage key of the settings record `{ appId, proxyBaseUrl, language }`. */
export const SETTINGS_STORAGE_KEY = "sme-toolkit.settings";

export interface StoredSettings {
  /** e-Stat application ID ("" when not set). */
  appId: string;
  /** API root to use instead of https://api.e-stat.go.jp ("" = the public API). */
  proxyBaseUrl: string;
  language?: string;
}

/** The part of localStorage settings need. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem?(key: string, value: string): void;
}

/** The stored settings; missing, unreadable or malformed records read as empty settings. */
export function readStoredSettings(storage: SettingsStorage | null | undefined): StoredSettings {
  const empty: StoredSettings = { appId: "", proxyBaseUrl: "" };
  if (!storage) return empty;
  let raw: string | null;
  try {
    raw = storage.getItem(SETTINGS_STORAGE_KEY);
  } catch {
    return empty; // sandboxed iframes and private modes throw on access
  }
  if (!raw) return empty;
  try {
    const v = JSON.parse(raw) as Partial<StoredSettings> | null;
    if (!v || typeof v !== "object") return empty;
    return {
      appId: typeof v.appId === "string" ? v.appId.trim() : "",
      proxyBaseUrl: typeof v.proxyBaseUrl === "string" ? v.proxyBaseUrl.trim() : "",
      ...(typeof v.language === "string" ? { language: v.language } : {}),
    };
  } catch {
    return empty;
  }
}

/** Merges `patch` into the stored record (for the task pane and tests). */
export function writeStoredSettings(storage: SettingsStorage, patch: Partial<StoredSettings>): void {
  const next = { ...readStoredSettings(storage), ...patch };
  storage.setItem?.(SETTINGS_STORAGE_KEY, JSON.stringify(next));
}
