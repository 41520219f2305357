import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  nav: {
    display: "flex",
    flexWrap: "wrap",
    gap: `0 ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
  },
  // Fluent Link's look on a plain anchor: the header paints first, and Link's styles were 1.5 KiB gz of
  // the page's start-up budget (issue 15).
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "none",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
});

/**
 * 「はじめに」 and the function reference, beside the pane's tabs. Both pages ship with the add-in
 * (dist/docs/, scripts/functionDocs.js) and are addressed relative to the pane's own page, so they work
 * on any host the add-in is served from, the playground included. They open outside the pane.
 */
export function HelpLinks() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={t("helpLinks")}>
      <a className={styles.link} href="docs/getting-started.html" target="_blank" rel="noopener noreferrer">
        {t("gettingStarted")}
      </a>
      <a className={styles.link} href="docs/functions.html" target="_blank" rel="noopener noreferrer">
        {t("functionReference")}
      </a>
    </nav>
  );
}
