// Task pane entry: waits for Office, builds the real actions over Excel.run and fetch, and mounts.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createActions } from "./createActions";
import { langFromLocale } from "./i18n";
import { mountTaskpane } from "./mount";

Office.onReady(() => {
  const element = document.getElementById("root");
  if (!element) return;
  const officeTheme = Office.context?.officeTheme;
  const actions = createActions({
    run: (batch) => Excel.run(batch),
    fetch: (url, init) => window.fetch(url, init),
    storage: window.localStorage,
  });
  mountTaskpane(element, actions, {
    lang: langFromLocale(Office.context?.displayLanguage),
    theme: officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme,
  });
});
