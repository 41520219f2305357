import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./common";

/**
 * Asked before saving an appId that just failed 「ID をテスト」: saved anyway, every e-Stat search and load
 * would fail with the same error.
 */
export function AppIdSaveWarning({ onSave, onCancel }: { onSave(): void; onCancel(): void }) {
  const { t } = useI18n();
  const styles = usePaneStyles();
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-labelledby="appid-warning-title">
      <MessageBarBody className={styles.message}>
        <MessageBarTitle id="appid-warning-title">{t("appIdSaveWarningTitle")}</MessageBarTitle>
        {t("appIdSaveWarning")}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onSave}>
          {t("appIdSaveAnyway")}
        </Button>
        <Button onClick={onCancel}>{t("cancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
