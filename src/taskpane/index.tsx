// Task pane entry: waits for Office, builds the real actions over Excel.run and fetch, and mounts; outside
// Excel it says to open the add-in from Excel instead.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { guardFetch } from "../core/net/deployment";
import { configureDataFunctions } from "../functions/data/runtime";
import { createActions } from "./createActions";
import { readDeployment } from "./deployment";
import { langFromLocale } from "./i18n";
import { mountTaskpane } from "./mount";
import { showOutsideOffice, waitForExcel } from "./start";

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
    showOutsideOffice(element, ready.reason);
    return;
  }
  const officeTheme = Office.context?.officeTheme;
  const context = Office.context;
  const actions = createActions({
    run: (batch) => Excel.run(batch),
    fetch: fetchChecked,
    storage: window.localStorage,
    deployment,
    host: {
      host: "Excel",
      platform: context?.platform ? String(context.platform) : ready.platform,
      version: context?.diagnostics?.version ?? null,
      displayLanguage: context?.displayLanguage ?? null,
      isSetSupported: (name, version) => !!context?.requirements?.isSetSupported(name, version),
    },
    probeFetch: (url, init) => window.fetch(url, init),
  });
  mountTaskpane(element, actions, {
    lang: langFromLocale(Office.context?.displayLanguage),
    theme: officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme,
    deployment,
  });
}

void start();
