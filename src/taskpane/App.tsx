import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { Translate24Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Deployment } from "../core/net/deployment";
import type { KeyValueStorage, Lang, Settings, TaskpaneActions } from "./actions";
import { lazy } from "../core/lazy";
import { DataFlow } from "./components/DataFlow";
import { HelpLinks } from "./components/HelpLinks";
import { english, I18nContext, translator, type MessageKey } from "./i18n";
import { lazyPanel, PanelSuspense } from "./lazyPanel";
import { OpenSettingsContext } from "./openSettings";

// The other tabs load when first opened (issue 15: the data tab is what the pane paints first).
const RefreshPanel = lazyPanel(
  lazy(() => import(/* webpackChunkName: "pane-refresh" */ "./components/RefreshPanel")),
  (m) => m.RefreshPanel,
);
const calculators = lazy(() => import(/* webpackChunkName: "pane-subsidy" */ "./components/calculators"));
const SubsidyPanel = lazyPanel(calculators, (m) => m.SubsidyPanel);
const RdTaxPanel = lazyPanel(calculators, (m) => m.RdTaxPanel);
const SettingsPanel = lazyPanel(
  lazy(() => import(/* webpackChunkName: "pane-settings" */ "./components/SettingsPanel")),
  (m) => m.SettingsPanel,
);

export type TabId = "data" | "refresh" | "subsidy" | "settings";

/** Tab, full label (also the accessible name), label shown in a narrow pane. */
const TABS: [TabId, MessageKey, MessageKey][] = [
  ["data", "tabData", "tabDataShort"],
  ["refresh", "tabRefresh", "tabRefreshShort"],
  ["subsidy", "tabSubsidy", "tabSubsidyShort"],
  ["settings", "tabSettings", "tabSettingsShort"],
];

export interface AppProps {
  actions: TaskpaneActions;
  storage: KeyValueStorage;
  /** Office's display language; the pane follows it unless the user chose another in Settings. */
  officeLang: Lang;
  theme?: Theme;
  initialTab?: TabId;
  /** The page's CSP and the proxies it allows, for Settings. */
  deployment?: Deployment;
}

/** Below this pane width, tabs show their short labels (the full ones wrapped the TabList at 320 px). */
const NARROW_PANE_PX = 400;

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: "300px",
    backgroundColor: tokens.colorNeutralBackground1,
    // Narrow-pane rules below follow the pane's width (a div in the playground), not the window's.
    containerType: "inline-size",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // One line always: at 320 px the short labels fit; if a pane is narrower still, the list scrolls
  // sideways (the selected tab is scrolled into view) rather than wrapping onto a second line.
  tabs: { overflowX: "auto", flexWrap: "nowrap", whiteSpace: "nowrap", scrollbarWidth: "thin" },
  longLabel: { [`@container (max-width: ${NARROW_PANE_PX}px)`]: { display: "none" } },
  shortLabel: { display: "none", [`@container (max-width: ${NARROW_PANE_PX}px)`]: { display: "inline" } },
  main: { padding: tokens.spacingHorizontalM },
});

export function App({
  actions,
  storage,
  officeLang,
  theme = webLightTheme,
  initialTab = "data",
  deployment,
}: AppProps) {
  const styles = useStyles();
  const [wanted, setLang] = useState<Lang>(officeLang);
  // English is a chunk of its own: the pane stays Japanese for the moment it takes to arrive.
  const [, englishArrived] = useState(0);
  const lang: Lang = wanted === "en" && !english.loaded ? "ja" : wanted;
  useEffect(() => {
    if (wanted === "en" && !english.loaded)
      english.load().then(
        () => englishArrived((n) => n + 1),
        () => undefined, // offline: the pane stays in Japanese
      );
  }, [wanted]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const t = i18n.t;
  const tabList = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // If the list scrolls sideways, keep the selected tab in view (scrollIntoView is missing in jsdom).
    const el = tabList.current?.querySelector<HTMLElement>(`[data-tab="${tab}"]`);
    el?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [tab, lang]);

  const apply = (s: Pick<Settings, "language">) => setLang(s.language === "auto" ? officeLang : s.language);
  useEffect(() => {
    // A stored preference wins over Office's language; failing to read it is not worth an error.
    actions.getSettings().then(apply, () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actions, officeLang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Errors link here (「設定で appId を確認」): the Settings tab, as if the user had picked it.
  const openSettings = useMemo(() => () => setTab("settings"), []);

  const switchLanguage = () => {
    const next: Lang = wanted === "ja" ? "en" : "ja";
    setLang(next);
    actions.saveSettings({ language: next }).catch(() => undefined);
  };

  return (
    // The layout class sits on an inner div: FluentProvider copies its className to every portal
    // mount node, and a min-height of 100vh there drew a white sheet over the page whenever a
    // Dropdown or Dialog opened.
    <FluentProvider theme={theme} lang={lang}>
      <div className={styles.root}>
        <I18nContext.Provider value={i18n}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t("appTitle")}</h1>
            <Button
              size="small"
              appearance="subtle"
              icon={<Translate24Regular />}
              onClick={switchLanguage}
              aria-label={t("switchLanguage")}
            >
              {wanted === "ja" ? "EN" : "日本語"}
            </Button>
          </header>
          <HelpLinks />
          <TabList
            ref={tabList}
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label={t("tabsLabel")}
            size="small"
          >
            {TABS.map(([value, full, short]) => (
              // The accessible name stays the full label whichever label is visible.
              <Tab key={value} value={value} aria-label={t(full)} data-tab={value}>
                <span className={styles.longLabel}>{t(full)}</span>
                <span className={styles.shortLabel} aria-hidden="true">
                  {t(short)}
                </span>
              </Tab>
            ))}
          </TabList>
          <OpenSettingsContext.Provider value={openSettings}>
            <main className={styles.main}>
              {/* The data flow stays mounted so switching tabs does not lose a half-finished load. */}
              <div hidden={tab !== "data"}>
                <DataFlow actions={actions} storage={storage} />
              </div>
              <PanelSuspense>
                {tab === "refresh" && <RefreshPanel actions={actions} />}
                {tab === "subsidy" && (
                  <>
                    <SubsidyPanel actions={actions} />
                    <RdTaxPanel actions={actions} />
                  </>
                )}
                {tab === "settings" && (
                  <SettingsPanel actions={actions} onSaved={apply} deployment={deployment} />
                )}
              </PanelSuspense>
            </main>
          </OpenSettingsContext.Provider>
        </I18nContext.Provider>
      </div>
    </FluentProvider>
  );
}
