import { Button, Field, Input, Link, Radio, RadioGroup, Spinner, Text } from "@fluentui/react-components";
import { Delete24Regular, Key24Regular, Save24Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { messageFor } from "../../core/errors/messages";
import { checkProxyUrl, type Deployment, type ProxyCheck } from "../../core/net/deployment";
import type { CacheInfo, Lang, Settings, TaskpaneActions } from "../actions";
import { formatBytes, useI18n } from "../i18n";
import { ErrorBar, InfoBar, usePaneStyles } from "./common";
import { OpenSettingsContext } from "../openSettings";
import { AppIdSaveWarning } from "./AppIdSaveWarning";
import { OecdCatalogueSettings } from "./OecdCatalogueSettings";
import { SelfCheckPanel } from "./SelfCheckPanel";

/** e-Stat's API page, which explains user registration and issuing an application ID. */
export const APP_ID_HELP_URL = "https://www.e-stat.go.jp/api/";

export interface SettingsPanelProps {
  actions: Pick<
    TaskpaneActions,
    | "getSettings"
    | "saveSettings"
    | "testAppId"
    | "getCacheInfo"
    | "clearCache"
    | "runSelfCheck"
    | "getOecdCatalogueInfo"
    | "refreshOecdCatalogue"
  >;
  /** Called after a save so the pane can switch language at once. */
  onSaved(settings: Settings): void;
  /** The proxies this build allows (SME_PROXY_ORIGIN) and the page's CSP. @default no proxy allowed */
  deployment?: Deployment;
}

const NO_DEPLOYMENT: Deployment = { proxyOrigins: [] };

type Notice =
  { kind: "ok"; text: string; hint?: string } | { kind: "error"; title: string; error: unknown } | null;

/**
 * The validation text for a proxy URL, in the pane's language: why it is refused. Another origin cannot
 * work because the page's Content-Security-Policy (connect-src) only names the proxies given at build time.
 */
export function proxyProblem(check: ProxyCheck, lang: Lang): string | undefined {
  if (check.ok) return undefined;
  if (check.reason === "format") return messageFor("PROXY_URL_INVALID", { url: check.url }, lang);
  return messageFor(
    "CSP_BLOCKED",
    { origin: check.origin, allowed: check.allowed.length > 0 ? check.allowed.join(", ") : "—" },
    lang,
  );
}

export function SettingsPanel({ actions, onSaved, deployment = NO_DEPLOYMENT }: SettingsPanelProps) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [cache, setCache] = useState<CacheInfo | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [testing, setTesting] = useState(false);
  // The last 「ID をテスト」 result, for the appId it tested; the appId as last saved.
  const [tested, setTested] = useState<{ appId: string; ok: boolean } | null>(null);
  const [savedAppId, setSavedAppId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    actions.getSettings().then(
      (s) => {
        setSettings(s);
        setSavedAppId(s.appId.trim());
      },
      (error: unknown) => setNotice({ kind: "error", title: t("saveFailed"), error }),
    );
    actions.getCacheInfo().then(setCache, () => setCache(null));
  }, [actions, t]);

  if (!settings) return <Spinner size="small" label={t("loading")} />;
  const proxyError = proxyProblem(checkProxyUrl(settings.proxyBaseUrl, deployment), lang);
  const proxyOk = proxyError === undefined;
  const offered = deployment.proxyOrigins;

  async function save(confirmed = false) {
    if (!settings) return;
    const appId = settings.appId.trim();
    // An ID that just failed the test is saved only when the user says so; an untested one is saved at once
    // (testing costs an e-Stat request and needs the network) with a hint that it can be tested.
    if (!confirmed && appId !== "" && tested?.appId === appId && !tested.ok) {
      setNotice(null);
      setConfirming(true);
      return;
    }
    setConfirming(false);
    try {
      const clean = { ...settings, appId, proxyBaseUrl: settings.proxyBaseUrl.trim() };
      await actions.saveSettings(clean);
      onSaved(clean);
      const untested = appId !== "" && appId !== savedAppId && tested?.appId !== appId;
      setSavedAppId(appId);
      setNotice({ kind: "ok", text: t("saved"), hint: untested ? t("appIdUntested") : undefined });
    } catch (error) {
      setNotice({ kind: "error", title: t("saveFailed"), error });
    }
  }

  async function test() {
    if (!settings) return;
    setTesting(true);
    setNotice(null);
    setConfirming(false);
    const appId = settings.appId.trim();
    try {
      const r = await actions.testAppId(appId);
      setTested({ appId, ok: r.ok });
      setNotice(
        r.ok
          ? { kind: "ok", text: t("appIdOk") }
          : { kind: "error", title: t("appIdFailed"), error: r.error },
      );
    } catch (error) {
      setTested({ appId, ok: false });
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
        hint={offered.length > 0 ? t("proxyHelp") : t("proxyNoneConfigured")}
        validationState={proxyOk ? "none" : "error"}
        validationMessage={proxyError}
      >
        <Input
          type="url"
          value={settings.proxyBaseUrl}
          onChange={(_, d) => setSettings({ ...settings, proxyBaseUrl: d.value })}
        />
      </Field>
      {settings.proxyBaseUrl.trim() !== "" && <Text size={200}>{t("proxyAppIdNote")}</Text>}
      {/* Only what the page's CSP allows is offered; typing another origin is refused above. */}
      <div className={styles.row} role="group" aria-label={t("proxyChoices")}>
        <Button
          size="small"
          appearance={settings.proxyBaseUrl.trim() === "" ? "primary" : "secondary"}
          onClick={() => setSettings({ ...settings, proxyBaseUrl: "" })}
        >
          {t("proxyDirect")}
        </Button>
        {offered.map((p) => (
          <Button
            key={p}
            size="small"
            appearance={settings.proxyBaseUrl.trim() === p ? "primary" : "secondary"}
            onClick={() => setSettings({ ...settings, proxyBaseUrl: p })}
          >
            {p}
          </Button>
        ))}
      </div>
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
        <Button appearance="primary" icon={<Save24Regular />} disabled={!proxyOk} onClick={() => save()}>
          {t("save")}
        </Button>
      </div>
      {confirming && <AppIdSaveWarning onSave={() => save(true)} onCancel={() => setConfirming(false)} />}
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
      <OecdCatalogueSettings actions={actions} />
      <div role="status" aria-live="polite">
        {notice?.kind === "ok" && <InfoBar intent="success">{notice.text}</InfoBar>}
        {notice?.kind === "ok" && notice.hint && <Text size={200}>{notice.hint}</Text>}
      </div>
      {/* Already in Settings: the error's 「設定を開く」 link would go nowhere. */}
      <OpenSettingsContext.Provider value={null}>
        {notice?.kind === "error" && <ErrorBar title={notice.title} error={notice.error} />}
      </OpenSettingsContext.Provider>
      <SelfCheckPanel actions={actions} />
    </section>
  );
}
