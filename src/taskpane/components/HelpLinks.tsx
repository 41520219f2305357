import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  nav: {
    display: "flex",
    flexWrap: "wrap",
    gap: `0 ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
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
      <Link href="docs/getting-started.html" target="_blank" rel="noopener noreferrer">
        {t("gettingStarted")}
      </Link>
      <Link href="docs/functions.html" target="_blank" rel="noopener noreferrer">
        {t("functionReference")}
      </Link>
    </nav>
  );
}
