// Task pane entry: waits for Office, builds the real actions over Excel.run and fetch, and mounts; outside
// Excel it says to open the add-in from Excel instead.
import { webLightTheme } from "@fluentui/react-components";
import { guardFetch } from "../core/net/deployment";
import { configureDataFunctions } from "../functions/data/config";
import { lazy, prefetchInBackground } from "../core/lazy";
import { readDeployment } from "./deployment";
import { english, langFromLocale } from "./i18n";
import { lazyActions } from "./lazyActions";
import { mountTaskpane } from "./mount";
import { PRERENDERED_STATE } from "./prerendered";
import { readSettings, writeSettings } from "./real/settingsStore";
import { showOutsideOffice, waitForExcel } from "./start";

/** How long after mounting the pane the rest of the add-in is fetched in the background. */
const BACKGROUND_DELAY_MS = 2000;

const deployment = readDeployment();
// Every request of this page (pane and, in the shared runtime, the data formulas) is checked against the
// page's CSP first, so a blocked origin fails with CSP_BLOCKED's explanation, not a bare "Failed to fetch".
const fetchChecked = guardFetch((url, init) => window.fetch(url, init), deployment);
configureDataFunctions({ fetch: fetchChecked });

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const office = typeof Office === "undefined" ? undefined : Office;
  const ready = await waitForExcel(office);
  if (ready.kind === "outside") {
    await showOutsideOffice(element, ready.reason);
    return;
  }
  const officeTheme = Office.context?.officeTheme;
  const context = Office.context;
  const storage = window.localStorage;
  // The clients, Excel writers and subsidy engine load with the first action that needs them.
  const impl = lazy(() =>
    Promise.all([
      import(/* webpackChunkName: "pane-actions" */ "./createActions"),
      import(/* webpackChunkName: "pane-actions" */ "./estatPageWorkers"),
    ]).then(([{ createActions }, { createWebPageParsePool }]) =>
      createActions({
        run: (batch) => Excel.run(batch),
        fetch: fetchChecked,
        storage,
        deployment,
        host: {
          host: "Excel",
          platform: context?.platform ? String(context.platform) : ready.platform,
          version: context?.diagnostics?.version ?? null,
          displayLanguage: context?.displayLanguage ?? null,
          isSetSupported: (name, version) => !!context?.requirements?.isSetSupported(name, version),
        },
        probeFetch: (url, init) => window.fetch(url, init),
        parsePool: createWebPageParsePool(),
      }),
    ),
  );
  // Settings (read as the pane starts, for its language) need none of that: same storage, same record.
  const actions = lazyActions(impl, {
    getSettings: async () => readSettings(storage),
    saveSettings: async (patch) => void writeSettings(storage, patch),
  });
  const lang = langFromLocale(Office.context?.displayLanguage);
  // English and the dark theme are chunks of their own, fetched only by those who use them (issue 15).
  const [theme] = await Promise.all([
    officeTheme?.isDarkTheme
      ? import(/* webpackChunkName: "pane-dark" */ "@fluentui/react-components").then((m) => m.webDarkTheme)
      : webLightTheme,
    lang === "en" ? english.load().catch(() => undefined) : undefined,
  ]);
  // The build prerendered the Japanese light-theme first frame (scripts/prerender.mjs): hydrated when that is
  // this pane's state; English or dark Office replaces it with their own first render.
  const hydrate =
    element.dataset.prerendered === PRERENDERED_STATE && lang === "ja" && !officeTheme?.isDarkTheme;
  mountTaskpane(element, actions, { lang, theme, deployment, hydrate });
  // Once the pane has painted, the rest (other tabs and steps, the actions, the functions' lazy parts)
  // downloads in the background, so a network that drops later leaves nothing unloadable.
  setTimeout(() => void prefetchInBackground(), BACKGROUND_DELAY_MS);
}

void start();
