import { Button, Field, Input, Link, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { Delete24Regular, Key24Regular, Save24Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { CacheInfo, Settings, TaskpaneActions } from "../actions";
import { formatBytes, useI18n } from "../i18n";
import { ErrorBar, InfoBar, usePaneStyles } from "./common";

/** e-Stat's API page, which explains user registration and issuing an application ID. */
export const APP_ID_HELP_URL = "https://www.e-stat.go.jp/api/";

export interface SettingsPanelProps {
  actions: Pick<
    TaskpaneActions,
    "getSettings" | "saveSettings" | "testAppId" | "getCacheInfo" | "clearCache"
  >;
  /** Called after a save so the pane can switch language at once. */
  onSaved(settings: Settings): void;
}

type Notice = { kind: "ok"; text: string } | { kind: "error"; title: string; error: unknown } | null;

export function isValidProxyUrl(url: string): boolean {
  if (url.trim() === "") return true;
  try {
    const u = new URL(url.trim());
    // http only for a proxy on this machine; anything else must be https (Office add-ins require it).
    return (
      u.protocol === "https:" ||
      (u.protocol === "http:" && (u.hostname === "localhost" || u.hostname === "127.0.0.1"))
    );
  } catch {
    return false;
  }
}

export function SettingsPanel({ actions, onSaved }: SettingsPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [cache, setCache] = useState<CacheInfo | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [testing, setTesting] = useState(false);

  useEffect(() => {
    actions
      .getSettings()
      .then(setSettings, (error: unknown) => setNotice({ kind: "error", title: t("saveFailed"), error }));
    actions.getCacheInfo().then(setCache, () => setCache(null));
  }, [actions, t]);

  if (!settings) return <Spinner size="small" label={t("loading")} />;
  const proxyOk = isValidProxyUrl(settings.proxyBaseUrl);

  async function save() {
    if (!settings) return;
    try {
      const clean = { ...settings, appId: settings.appId.trim(), proxyBaseUrl: settings.proxyBaseUrl.trim() };
      await actions.saveSettings(clean);
      onSaved(clean);
      setNotice({ kind: "ok", text: t("saved") });
    } catch (error) {
      setNotice({ kind: "error", title: t("saveFailed"), error });
    }
  }

  async function test() {
    if (!settings) return;
    setTesting(true);
    setNotice(null);
    try {
      const r = await actions.testAppId(settings.appId.trim());
      setNotice(
        r.ok
          ? { kind: "ok", text: t("appIdOk") }
          : { kind: "error", title: t("appIdFailed"), error: r.error },
      );
    } catch (error) {
      setNotice({ kind: "error", title: t("appIdFailed"), error });
    } finally {
      setTesting(false);
    }
  }

  async function clear() {
    try {
      await actions.clearCache();
      setCache(await actions.getCacheInfo());
      setNotice({ kind: "ok", text: t("cacheCleared") });
    } catch (error) {
      setNotice({ kind: "error", title: t("errorTitle"), error });
    }
  }

  return (
    <section className={styles.stack} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={styles.heading}>
        {t("settingsHeading")}
      </h2>
      <Field label={t("appIdLabel")} hint={t("appIdHelp")}>
        <Input
          type="password"
          autoComplete="off"
          value={settings.appId}
          onChange={(_, d) => setSettings({ ...settings, appId: d.value })}
        />
      </Field>
      <div className={styles.row}>
        <Link href={APP_ID_HELP_URL} target="_blank" rel="noopener noreferrer">
          {t("appIdLink")}
        </Link>
        <Button icon={<Key24Regular />} disabled={testing || settings.appId.trim() === ""} onClick={test}>
          {testing ? t("testingAppId") : t("testAppId")}
        </Button>
      </div>
      <Field
        label={t("proxyLabel")}
        hint={t("proxyHelp")}
        validationState={proxyOk ? "none" : "error"}
        validationMessage={proxyOk ? undefined : t("proxyInvalid")}
      >
        <Input
          type="url"
          value={settings.proxyBaseUrl}
          onChange={(_, d) => setSettings({ ...settings, proxyBaseUrl: d.value })}
        />
      </Field>
      <Field label={t("languageLabel")}>
        <RadioGroup
          value={settings.language}
          onChange={(_, d) =>
            setSettings({ ...settings, language: d.value === "ja" || d.value === "en" ? d.value : "auto" })
          }
        >
          <Radio value="auto" label={t("languageAuto")} />
          <Radio value="ja" label={t("languageJa")} />
          <Radio value="en" label={t("languageEn")} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" icon={<Save24Regular />} disabled={!proxyOk} onClick={save}>
          {t("save")}
        </Button>
      </div>
      <h3 className={styles.subheading}>{t("cacheHeading")}</h3>
      <div className={styles.row}>
        {cache && (
          <span data-testid="cache-info">
            {t("cacheInfo", { entries: cache.entries, size: formatBytes(cache.bytes, lang) })}
          </span>
        )}
        <Button icon={<Delete24Regular />} onClick={clear}>
          {t("clearCache")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {notice?.kind === "ok" && <InfoBar intent="success">{notice.text}</InfoBar>}
      </div>
      {notice?.kind === "error" && <ErrorBar title={notice.title} error={notice.error} />}
    </section>
  );
}
