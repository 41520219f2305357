import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { OverwriteInfo } from "../actions";
import { useI18n } from "../i18n";
import { useQuestion } from "./useQuestion";

/**
 * confirmOverwrite for the actions: returns a promise the dialog settles.
 * Closing the dialog any other way (Escape, unmount) counts as "no", so nothing is written.
 */
export function useOverwriteConfirm() {
  const { question, ask, answer, pending } = useQuestion<OverwriteInfo, boolean>(false);
  const dialog = <OverwriteDialog info={question} onAnswer={answer} />;
  return { confirm: ask, dialog, pending };
}

export function OverwriteDialog({
  info,
  onAnswer,
}: {
  info: OverwriteInfo | null;
  onAnswer(ok: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={info !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("overwriteTitle")}</DialogTitle>
          <DialogContent>
            {info && (
              <>
                <p>
                  {t("overwriteBody", { sheet: info.sheet, address: info.address, n: info.nonEmptyCells })}
                </p>
                {info.sample && info.sample.length > 0 && (
                  <p>{t("overwriteSample", { values: info.sample.slice(0, 5).join("、") })}</p>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {t("overwriteConfirm")}
            </Button>
            <Button onClick={() => onAnswer(false)}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
