import { Badge } from "@fluentui/react-components";
import type { TableInfo } from "../actions";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./common";

/**
 * 「英語のみ」: the source names its dimensions and codes in English only (OECD), so the Japanese pane shows
 * English names there. Nothing in English mode.
 */
export function EnglishOnlyNote({ info }: { info: Pick<TableInfo, "labelsEnglishOnly"> }) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  if (!info.labelsEnglishOnly || lang !== "ja") return null;
  return (
    <div className={`${styles.row} ${styles.muted}`} data-testid="english-only">
      <Badge appearance="tint" color="informative">
        {t("englishOnlyBadge")}
      </Badge>
      <span>{t("englishOnlyNote")}</span>
    </div>
  );
}
